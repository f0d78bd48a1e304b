/**
 * The look of a cell Loadline writes (number format, bold, colours, wrap, link underline) and
 * the cell format index each look gets in styles.xml.
 */
import type { Rgb } from '../../workbook/patch';
import { attributes, escapeAttr, findElements } from './xml';
import type { Styles } from './styles';

/** What a written cell looks like; absent parts are the workbook's defaults. */
export interface CellLook {
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly underline?: boolean;
  readonly fontColor?: Rgb;
  readonly fill?: Rgb;
  readonly wrap?: boolean;
}

/** A solid fill of one colour, as styles.xml spells it. */
export function solidFillXml(rgb: Rgb): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** The cell format index of a look (0 for the default look), adding what styles.xml lacks. */
export function cellFormatIndex(styles: Styles, look: CellLook): number {
  const hasFont = look.bold !== undefined || look.underline !== undefined || look.fontColor !== undefined;
  if (look.numFmt === undefined && !hasFont && look.fill === undefined && look.wrap === undefined) return 0;
  const numFmtId = look.numFmt === undefined ? 0 : styles.numberFormatId(look.numFmt);
  const fontId = hasFont ? styles.add('fonts', fontXml(styles.font(0), look)) : 0;
  const fillId = look.fill === undefined ? 0 : styles.add('fills', solidFillXml(look.fill));
  const applied = [
    look.numFmt === undefined ? '' : ' applyNumberFormat="1"',
    hasFont ? ' applyFont="1"' : '',
    look.fill === undefined ? '' : ' applyFill="1"',
    look.wrap === undefined ? '' : ' applyAlignment="1"',
  ].join('');
  const alignment = look.wrap ? '<alignment wrapText="1"/>' : '';
  const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
  return styles.add('cellXfs', alignment === '' ? `${open}/>` : `${open}>${alignment}</xf>`);
}

/**
 * A font like the workbook's default font (size, name, family, scheme) with the look's bold,
 * underline and colour, its children in the order the schema requires.
 */
function fontXml(base: string | undefined, look: CellLook): string {
  const values = new Map<string, string>();
  for (const child of findElements(base ?? '', '(?:sz|name|family|charset|scheme)')) {
    const name = /^<(?:[\w.-]+:)?(\w+)/.exec(child.tag)![1];
    const val = attributes(child.tag).val;
    if (val !== undefined) values.set(name, val);
  }
  const val = (name: string) => (values.has(name) ? `<${name} val="${escapeAttr(values.get(name)!)}"/>` : '');
  return [
    '<font>',
    look.bold ? '<b/>' : '',
    look.underline ? '<u/>' : '',
    val('sz') || '<sz val="11"/>',
    look.fontColor === undefined ? '' : `<color rgb="FF${look.fontColor.toUpperCase()}"/>`,
    val('name') || '<name val="Calibri"/>',
    val('family'),
    val('charset'),
    val('scheme'),
    '</font>',
  ].join('');
}
