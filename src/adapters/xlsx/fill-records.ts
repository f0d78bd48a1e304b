/**
 * What this door records of a cell before marking it, and how any door's record is put back.
 *
 * The record (FillSnapshot) keeps `color` for every door, and as `native` this door's own
 * description: the cell's format index and the XML of its fill (and, for an input-issue mark,
 * its border). Restoring goes back to the very same format index while styles.xml still has it
 * (so a check and a clear give back the cell's original bytes); if Excel has renumbered the
 * formats since (it compacts them when it saves), the cell keeps its current format with the
 * recorded fill and border put back. Records written by the ExcelJS door (an ExcelJS fill object)
 * and by the Office door (a colour) are restored from what they hold.
 */
import type { FillSnapshot } from '../../workbook/state';
import type { ExistingCell } from './cell-edits';
import { solidFillXml } from './cell-styles';
import { numericAttribute, withAttributes, withoutAttributes, type Styles } from './styles';
import { attributes, findElement } from './xml';

/** This door's `native` record. */
export interface XlsxNative {
  /** The cell's format index, and the fill it had. */
  readonly xf: number;
  readonly fillId: number;
  readonly fill: string;
  /** True when the cell did not exist: it is removed again when restored to an empty default cell. */
  readonly absent?: true;
}

/** This door's `border` record (input-issue marks only). */
export interface XlsxBorder {
  readonly borderId: number;
  readonly border: string;
}

const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

/** The record of a cell before a mark; `withBorder` for an input-issue mark. */
export function recordCell(styles: Styles, existing: ExistingCell | undefined, withBorder: boolean): FillSnapshot {
  const xf = existing?.style ?? 0;
  const format = styles.cellFormat(xf);
  const fillId = numericAttribute(format, 'fillId');
  const fill = styles.fill(fillId) ?? NO_FILL;
  const native: XlsxNative = { xf, fillId, fill, ...(existing === undefined ? { absent: true as const } : {}) };
  const snapshot: FillSnapshot = { color: solidColor(fill), native };
  if (!withBorder) return snapshot;
  const borderId = numericAttribute(format, 'borderId');
  const border: XlsxBorder = { borderId, border: styles.border(borderId) ?? NO_BORDER };
  return { ...snapshot, border };
}

/** The format index a cell goes back to, or 'remove' for a cell that did not exist before. */
export function restoredFormat(styles: Styles, existing: ExistingCell | undefined, snapshot: FillSnapshot): number | 'remove' {
  const current = styles.cellFormat(existing?.style ?? 0);
  const native = isXlsxNative(snapshot.native) ? snapshot.native : undefined;
  let style: number;
  if (native && native.xf < styles.cellFormatCount && sameButFillAndBorder(styles.cellFormat(native.xf), current)) {
    style = native.xf;
  } else {
    const fillId = styles.add('fills', native?.fill ?? foreignFillXml(snapshot), native?.fillId);
    let format = withAttributes(current, { fillId: String(fillId) });
    if ('border' in snapshot) {
      const border = isXlsxBorder(snapshot.border) ? snapshot.border : undefined;
      format = withAttributes(format, { borderId: String(styles.add('borders', border?.border ?? fileBordersXml(snapshot.border), border?.borderId)) });
    }
    style = styles.add('cellXfs', format);
  }
  return native?.absent && style === 0 && (existing === undefined || existing.empty) ? 'remove' : style;
}

function sameButFillAndBorder(a: string, b: string): boolean {
  const strip = (xf: string) => withoutAttributes(xf, ['fillId', 'applyFill', 'borderId', 'applyBorder']);
  return strip(a) === strip(b);
}

/** A fill from another door's record: an ExcelJS pattern fill, else the solid colour, else none. */
function foreignFillXml(snapshot: FillSnapshot): string {
  const native = snapshot.native as { type?: unknown; pattern?: unknown; fgColor?: unknown; bgColor?: unknown } | undefined;
  if (native && native.type === 'pattern' && typeof native.pattern === 'string' && /^\w+$/.test(native.pattern)) {
    const colours = colourXml('fgColor', native.fgColor) + colourXml('bgColor', native.bgColor);
    return `<fill><patternFill patternType="${native.pattern}"${colours === '' ? '/>' : `>${colours}</patternFill>`}</fill>`;
  }
  if (typeof snapshot.color === 'string' && /^[0-9A-Fa-f]{6}$/.test(snapshot.color)) return solidFillXml(snapshot.color);
  return NO_FILL;
}

/**
 * A border recorded by another door, as styles.xml writes it. The Office door (and the ExcelJS
 * door before) record the file's own description: `{ left?: { style: "thin", color?: { argb } },
 * right?, top?, bottom? }`, null for no border; anything else reads as no border.
 */
function fileBordersXml(recorded: unknown): string {
  if (typeof recorded !== 'object' || recorded === null) return NO_BORDER;
  const edges = ['left', 'right', 'top', 'bottom'].map((edge) => {
    const line = (recorded as Record<string, unknown>)[edge] as { style?: unknown; color?: { argb?: unknown } } | undefined;
    const style = typeof line?.style === 'string' && /^[A-Za-z]+$/.test(line.style) ? line.style : undefined;
    if (!style || style === 'none') return `<${edge}/>`;
    const argb = typeof line?.color?.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(line.color.argb) ? line.color.argb.toUpperCase() : undefined;
    return `<${edge} style="${style}">${argb ? `<color rgb="${argb}"/>` : ''}</${edge}>`;
  });
  return `<border>${edges.join('')}<diagonal/></border>`;
}

/** An ExcelJS colour ({ argb } / { theme, tint } / { indexed }) as a styles.xml colour element. */
function colourXml(tag: string, colour: unknown): string {
  if (typeof colour !== 'object' || colour === null) return '';
  const c = colour as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof c.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(c.argb)) parts.push(` rgb="${c.argb.toUpperCase()}"`);
  if (typeof c.theme === 'number') parts.push(` theme="${c.theme}"`);
  if (typeof c.tint === 'number') parts.push(` tint="${c.tint}"`);
  if (typeof c.indexed === 'number') parts.push(` indexed="${c.indexed}"`);
  return parts.length === 0 ? '' : `<${tag}${parts.join('')}/>`;
}

/** "RRGGBB" of a solid fill given as an RGB colour; null for no fill, patterns and theme colours. */
function solidColor(fill: string): string | null {
  const pattern = findElement(fill, 'patternFill');
  if (!pattern || attributes(pattern.tag).patternType !== 'solid') return null;
  const fg = findElement(pattern.inner, 'fgColor');
  const rgb = fg ? attributes(fg.tag).rgb : undefined;
  if (!rgb || !/^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) return null;
  return rgb.slice(-6).toUpperCase();
}

function isXlsxNative(native: unknown): native is XlsxNative {
  if (typeof native !== 'object' || native === null) return false;
  const n = native as Partial<XlsxNative>;
  return Number.isInteger(n.xf) && Number.isInteger(n.fillId) && isOneElement(n.fill, 'fill');
}

function isXlsxBorder(border: unknown): border is XlsxBorder {
  if (typeof border !== 'object' || border === null) return false;
  const b = border as Partial<XlsxBorder>;
  return Number.isInteger(b.borderId) && isOneElement(b.border, 'border');
}

/**
 * True when a recorded text is one plain element of that name: the record comes from the
 * workbook, and only a well-formed fill or border may go into styles.xml.
 */
function isOneElement(xml: unknown, name: string): xml is string {
  if (typeof xml !== 'string' || xml.length > 4_000 || /<[!?]|]]>/.test(xml)) return false;
  const open = xml.match(new RegExp(`<${name}[\\s/>]`, 'g'))?.length ?? 0;
  return open === 1 && new RegExp(`^<${name}(\\s[^>]*)?(/>|>[^]*</${name}>)$`).test(xml);
}
