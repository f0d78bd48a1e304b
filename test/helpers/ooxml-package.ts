/**
 * Reads an .xlsx/.xlsm package the way the corpus test needs to judge the door: part hashes,
 * relationship targets, the input sheets' cells and each cell's look, straight from the XML with
 * JSZip and regular expressions. Deliberately independent of the adapter's code, so a mistake in
 * the door cannot hide itself in the test.
 *
 * The regular expressions are enough here because they only look inside SpreadsheetML parts,
 * whose elements (`row`, `c`, `v`, `f`, `is`, `xf`, `fill`, `border`) never nest in themselves.
 */
import { createHash } from 'crypto';
import JSZip from 'jszip';

/** A package opened for reading: every part's bytes by part name (no leading slash). */
export interface Package {
  readonly parts: ReadonlyMap<string, Uint8Array>;
}

/** One cell as stored: its style index and the XML that carries its value. */
export interface StoredCell {
  /** The `s` attribute, 0 when absent. */
  readonly style: number;
  /** The `t` attribute, "n" when absent. */
  readonly type: string;
  /** The text of `<v>`, the whole `<f …>…</f>` element and the whole `<is>…</is>`, or undefined. */
  readonly value: string | undefined;
  readonly formula: string | undefined;
  readonly inline: string | undefined;
}

/** Opens the package in `bytes`; throws if it is not a zip. */
export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async('uint8array'));
  }
  return { parts };
}

/** The SHA-256 of every part, by part name. */
export function partHashes(pkg: Package): Map<string, string> {
  return new Map([...pkg.parts].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]));
}

/** A part's text (UTF-8), or throws naming the missing part. */
export function partText(pkg: Package, name: string): string {
  const bytes = pkg.parts.get(name);
  if (!bytes) throw new Error(`the package has no part ${name}`);
  return Buffer.from(bytes).toString('utf8');
}

/** The value of attribute `name` in the text of one start tag, XML entities left as they are. */
export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * The relationships of `source` ("" for the package itself) as Id → target part name. A target
 * is either absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes) or relative to the source's
 * folder ("worksheets/sheet1.xml", as Excel writes); external targets are left out.
 */
export function relationships(pkg: Package, source: string): Map<string, { type: string; target: string }> {
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${source.slice(folder.length)}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  if (!pkg.parts.has(relsName)) return out;
  for (const [tag] of partText(pkg, relsName).matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(tag, 'TargetMode') === 'External') continue;
    const target = attribute(tag, 'Target') ?? '';
    out.set(attribute(tag, 'Id') ?? '', { type: attribute(tag, 'Type') ?? '', target: resolvePartName(folder, target) });
  }
  return out;
}

function resolvePartName(folder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folder + target;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * The content type of a part: its Override in [Content_Types].xml, else the Default of its
 * extension (part names compare without case, as the packaging rules say).
 */
export function contentType(pkg: Package, part: string): string | undefined {
  const types = partText(pkg, '[Content_Types].xml');
  for (const [tag] of types.matchAll(/<Override\b[^>]*>/g)) {
    if (attribute(tag, 'PartName')?.toLowerCase() === `/${part}`.toLowerCase()) return attribute(tag, 'ContentType');
  }
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const [tag] of types.matchAll(/<Default\b[^>]*>/g)) {
    if (attribute(tag, 'Extension')?.toLowerCase() === extension) return attribute(tag, 'ContentType');
  }
  return undefined;
}

/**
 * What the workbook part points at: each element of workbook.xml with an `r:id` (sheets, pivot
 * caches, external links…) as "element → part", plus each relationship of the workbook as
 * "type → part", so a copy can be checked to keep them all whatever Ids it gives them.
 */
export function workbookLinks(pkg: Package): string[] {
  const workbook = workbookPart(pkg);
  const rels = relationships(pkg, workbook);
  const fromXml = [...partText(pkg, workbook).matchAll(/<([\w:]+)\b[^>]*\sr:id="([^"]*)"[^>]*>/g)]
    .map(([, element, id]) => `${element} → ${rels.get(id)?.target ?? `missing ${id}`}`);
  return [...fromXml, ...[...rels.values()].map((r) => `${r.type} → ${r.target}`)];
}

/** The workbook part's name, from the package relationships ("xl/workbook.xml" usually). */
export function workbookPart(pkg: Package): string {
  const office = [...relationships(pkg, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  if (!office) throw new Error('the package has no officeDocument relationship');
  return office.target;
}

/** The workbook's sheets in order: name, state ("visible" when absent) and worksheet part. */
export function sheets(pkg: Package): { name: string; state: string; part: string }[] {
  const workbook = workbookPart(pkg);
  const rels = relationships(pkg, workbook);
  return [...partText(pkg, workbook).matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => ({
    name: unescapeXml(attribute(tag, 'name') ?? ''),
    state: attribute(tag, 'state') ?? 'visible',
    part: rels.get(attribute(tag, 'r:id') ?? '')?.target ?? '',
  }));
}

/** The styles part's name, from the workbook's relationships. */
export function stylesPart(pkg: Package): string {
  const styles = [...relationships(pkg, workbookPart(pkg)).values()].find((r) => r.type.endsWith('/styles'));
  if (!styles) throw new Error('the workbook has no styles part');
  return styles.target;
}

/**
 * Every `<c>` of a worksheet part by A1 address. Rows and cells without an `r` attribute (Google
 * Sheets and Numbers leave them out) follow the previous one, as the specification says.
 */
export function storedCells(pkg: Package, part: string): Map<string, StoredCell> {
  const cells = new Map<string, StoredCell>();
  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(partText(pkg, part))?.[1] ?? '';
  let rowNumber = 0;
  for (const row of sheetData.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    rowNumber = Number(attribute(row[1], 'r') ?? rowNumber + 1);
    let column = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attribute(cell[1], 'r');
      column = ref ? columnNumber(ref) : column + 1;
      const body = cell[2] ?? '';
      cells.set(`${columnLetters(column)}${rowNumber}`, {
        style: Number(attribute(cell[1], 's') ?? 0),
        type: attribute(cell[1], 't') ?? 'n',
        value: /<v>([\s\S]*?)<\/v>/.exec(body)?.[1],
        formula: /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/.exec(body)?.[0],
        inline: /<is>[\s\S]*?<\/is>/.exec(body)?.[0],
      });
    }
  }
  return cells;
}

/**
 * Every `<row>` start tag of a worksheet part by row number, without its `r` (the position) and
 * `spans` (a hint of which columns hold cells, which a new styled cell may widen): what is left
 * is the row's height, hidden state, outline level and style.
 */
export function storedRows(pkg: Package, part: string): Map<number, string> {
  const rows = new Map<number, string>();
  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(partText(pkg, part))?.[1] ?? '';
  let rowNumber = 0;
  for (const [, attributes] of sheetData.matchAll(/<row\b([^>]*?)\/?>/g)) {
    rowNumber = Number(attribute(attributes, 'r') ?? rowNumber + 1);
    rows.set(rowNumber, attributes.replace(/\s+(?:r|spans)="[^"]*"/g, '').trim());
  }
  return rows;
}

/**
 * A worksheet part with the content of `<sheetData>` cut out: everything the door must not touch,
 * save one thing. Which tab is selected (`tabSelected` on `<sheetView>`) is left out too: the
 * annotated copy opens on Loadline's Conflicts sheet, and Excel wants exactly the active sheet's
 * tab selected (two selected tabs would group the sheets for editing).
 */
export function outsideSheetData(pkg: Package, part: string): string {
  return partText(pkg, part)
    .replace(/<sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetData>)/, '<sheetData/>')
    .replace(/(<sheetView\b[^>]*?)\s+tabSelected="[^"]*"/g, '$1');
}

/** Where two texts first differ, with a little context from each, for a readable failure. */
export function firstDifference(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i += 1;
  return `at ${i}: "${before.slice(Math.max(0, i - 40), i + 60)}" became "${after.slice(Math.max(0, i - 40), i + 60)}"`;
}

/**
 * What a style index looks like: its fill, border, font and number format, each as the XML the
 * styles part holds (whitespace between tags removed), so two packages' styles can be compared
 * even when their indexes differ.
 */
export function styleLooks(pkg: Package): (style: number) => string {
  const styles = partText(pkg, stylesPart(pkg)).replace(/>\s+</g, '><');
  const list = (container: string, element: string): string[] => {
    const body = new RegExp(`<${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${container}>)`).exec(styles)?.[1] ?? '';
    return [...body.matchAll(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, 'g'))].map((m) => m[0]);
  };
  const xfs = list('cellXfs', 'xf');
  const fills = list('fills', 'fill');
  const borders = list('borders', 'border');
  const fonts = list('fonts', 'font');
  const numFmts = new Map(list('numFmts', 'numFmt').map((tag) => [attribute(tag, 'numFmtId'), attribute(tag, 'formatCode')]));
  return (style) => {
    const xf = xfs[style] ?? '';
    const id = (name: string) => Number(attribute(xf, name) ?? 0);
    const numFmtId = attribute(xf, 'numFmtId') ?? '0';
    return JSON.stringify({
      fill: fills[id('fillId')], border: borders[id('borderId')], font: fonts[id('fontId')],
      numFmt: numFmts.get(numFmtId) ?? `builtin ${numFmtId}`,
    });
  };
}

function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
