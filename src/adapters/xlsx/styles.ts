/**
 * styles.xml: the number format of each cell style for reading, and for writing the styles
 * Loadline needs appended to the lists (fonts, fills, borders, cell formats, number formats,
 * differential formats). Existing entries are never renumbered or changed, so every cell of
 * the user's keeps its look; an entry Loadline needs that is already there (from an earlier
 * check) is found and reused, so checking twice gives the same styles as checking once.
 */
import { BUILTIN_FORMATS, builtinFormatId } from './builtin-formats';
import { attributes, escapeAttr, findElement, findElements } from './xml';

/** The lists of styles.xml Loadline appends to, in the order the schema puts them. */
type ListName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const ITEM: Record<ListName, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
/** Every child of <styleSheet> in schema order, to know where a missing list goes. */
const SCHEMA_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A minimal styles part, for a package that has none (Excel always writes one; some tools do not). */
export const DEFAULT_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface List {
  readonly items: string[];
  readonly originalCount: number;
  /** Item XML → first index, built when first needed. */
  lookup?: Map<string, number>;
}

/** The styles of one workbook: read once, appended to, rendered when saving. */
export class Styles {
  private readonly lists: Record<ListName, List>;
  private readonly formatCodes = new Map<number, string>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    const read = (name: ListName): List => {
      const list = findElement(xml, name);
      const items = list ? findElements(list.inner, ITEM[name]).map((item) => list.inner.slice(item.start, item.end)) : [];
      return { items, originalCount: items.length };
    };
    this.lists = { numFmts: read('numFmts'), fonts: read('fonts'), fills: read('fills'), borders: read('borders'), cellXfs: read('cellXfs'), dxfs: read('dxfs') };
    for (const numFmt of this.lists.numFmts.items) {
      const a = attributes(numFmt);
      const id = Number(a.numFmtId);
      if (Number.isInteger(id)) {
        this.formatCodes.set(id, a.formatCode ?? '');
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
  }

  /** True when Loadline added anything. */
  get changed(): boolean {
    return (Object.keys(this.lists) as ListName[]).some((name) => this.lists[name].items.length > this.lists[name].originalCount);
  }

  /** How many cell formats there are (valid `s` values are below it). */
  get cellFormatCount(): number {
    return this.lists.cellXfs.items.length;
  }

  /** The number format code of a cell format, as the reader expects it: null for General. */
  numberFormatOf(xfIndex: number): string | null {
    const xf = this.lists.cellXfs.items[xfIndex];
    if (xf === undefined) return null;
    const id = Number(/\snumFmtId\s*=\s*["'](\d+)["']/.exec(xf)?.[1] ?? 0);
    const code = this.formatCodes.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || code === '' || code === 'General' ? null : code;
  }

  /** The XML of a cell format (`<xf …>`); index 0 when out of range, as Excel reads a bad `s`. */
  cellFormat(xfIndex: number): string {
    return this.lists.cellXfs.items[xfIndex] ?? this.lists.cellXfs.items[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  fill(index: number): string | undefined {
    return this.lists.fills.items[index];
  }

  border(index: number): string | undefined {
    return this.lists.borders.items[index];
  }

  font(index: number): string | undefined {
    return this.lists.fonts.items[index];
  }

  /** The index of this exact item, appended when there is none; `preferred` wins when it holds the same XML. */
  add(name: 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs', xml: string, preferred?: number): number {
    const list = this.lists[name];
    if (preferred !== undefined && list.items[preferred] === xml) return preferred;
    if (!list.lookup) {
      list.lookup = new Map();
      list.items.forEach((item, i) => { if (!list.lookup!.has(item)) list.lookup!.set(item, i); });
    }
    const found = list.lookup.get(xml);
    if (found !== undefined) return found;
    list.items.push(xml);
    list.lookup.set(xml, list.items.length - 1);
    return list.items.length - 1;
  }

  /** The id of a number format code: a built-in id, an existing custom one, or a new one. */
  numberFormatId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, existing] of this.formatCodes) if (existing === code) return id;
    const id = this.nextFormatId++;
    this.formatCodes.set(id, code);
    this.lists.numFmts.items.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** styles.xml with Loadline's entries appended and the counts updated. */
  render(): string {
    let xml = this.xml;
    for (const name of Object.keys(this.lists) as ListName[]) {
      const list = this.lists[name];
      if (list.items.length === list.originalCount) continue;
      const added = list.items.slice(list.originalCount).join('');
      const existing = findElement(xml, name);
      if (existing) {
        const open = existing.tag.replace(/\/>$/, '>').replace(/\scount\s*=\s*["']\d*["']/, '');
        const withCount = open.replace(/>$/, ` count="${list.items.length}">`);
        const closeTag = `</${/^<([\w.:-]+)/.exec(existing.tag)![1]}>`;
        xml = xml.slice(0, existing.start) + withCount + existing.inner + added + closeTag + xml.slice(existing.end);
      } else {
        xml = insertList(xml, name, `<${name} count="${list.items.length}">${added}</${name}>`);
      }
    }
    return xml;
  }
}

/** Inserts a list element before the first list that follows it in the schema, else at the end. */
function insertList(xml: string, name: ListName, element: string): string {
  for (const later of SCHEMA_ORDER.slice(SCHEMA_ORDER.indexOf(name) + 1)) {
    const found = findElement(xml, later);
    if (found) return xml.slice(0, found.start) + element + xml.slice(found.start);
  }
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + element + xml.slice(close);
}

/** The pattern of one attribute (`fillId="3"`), made once per name. */
const attributePatterns = new Map<string, RegExp>();
function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`)));
  return pattern;
}

/** A cell format's XML with attributes set (added when missing), everything else as it was. */
export function withAttributes(xf: string, values: Readonly<Record<string, string>>): string {
  let result = xf;
  for (const [name, value] of Object.entries(values)) {
    const pattern = attributePattern(name);
    if (pattern.test(result)) result = result.replace(pattern, ` ${name}="${value}"`);
    else result = result.replace(/^<([\w.:-]+)/, `<$1 ${name}="${value}"`);
  }
  return result;
}

/** A cell format's XML without the named attributes (to compare two formats but for them). */
export function withoutAttributes(xf: string, names: readonly string[]): string {
  let result = xf;
  for (const name of names) result = result.replace(attributePattern(name), '');
  return result;
}

/** An attribute of a cell format as a number (0 when absent). */
export function numericAttribute(xf: string, name: string): number {
  const match = attributePattern(name).exec(xf);
  const value = match ? Number(match[1].slice(1, -1)) : 0;
  return Number.isInteger(value) ? value : 0;
}
