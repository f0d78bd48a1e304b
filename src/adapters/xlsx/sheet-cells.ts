/**
 * The hot path of reading: every cell of a worksheet's XML, in order, with where it sits in the
 * text. A hand-written scanner over `<sheetData>`, not a general XML parser: sheet XML is
 * machine-written and regular, and this is several times faster than building a tree or
 * raising SAX events for every attribute (measured in the README, "The .xlsx door").
 *
 * Rows and cells without an `r` attribute (some producers leave it out) take the position after
 * the previous one, as Excel reads them.
 */

/** One `<c>` element as found. Offsets are into the sheet XML. */
export interface ScannedCell {
  /** Zero-based row and column. */
  readonly row: number;
  readonly col: number;
  /** The `s` attribute (cell format index), 0 when absent. */
  readonly style: number;
  /** The `t` attribute ('n' when absent). */
  readonly type: string;
  /** The raw `<v>` text (entities not yet decoded), or undefined. */
  readonly v: string | undefined;
  /** The inner XML of `<is>` (inline string), or undefined. */
  readonly inline: string | undefined;
  /** True when the cell has a formula. */
  readonly hasFormula: boolean;
  /** Start of `<c`, end of its start tag (just past `>`), and just past `</c>` (= tagEnd when self-closing). */
  readonly start: number;
  readonly tagEnd: number;
  readonly end: number;
}

/** One `<row>` element as found, for the patcher. */
export interface ScannedRow {
  readonly row: number;
  readonly start: number;
  readonly tagEnd: number;
  /** Just past `</row>` (= tagEnd when self-closing). */
  readonly end: number;
  readonly selfClosing: boolean;
  /** Where a cell after the row's last cell would go (before `</row>`). */
  readonly contentEnd: number;
}

/** Where `<sheetData>` is: the insertion point for rows past the last, and whether it is `<sheetData/>`. */
export interface SheetDataBounds {
  readonly prefix: string;
  readonly start: number;
  readonly tagEnd: number;
  readonly contentEnd: number;
  readonly selfClosing: boolean;
}

/** The element prefix of a worksheet ("" or e.g. "x:"), read from its root element. */
export function elementPrefix(xml: string): string {
  return /<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
}

/** The bounds of `<sheetData>`, or undefined when the sheet has none. */
export function sheetDataBounds(xml: string): SheetDataBounds | undefined {
  const prefix = elementPrefix(xml);
  const start = xml.indexOf(`<${prefix}sheetData`);
  if (start < 0) return undefined;
  const tagEnd = xml.indexOf('>', start) + 1;
  const selfClosing = xml[tagEnd - 2] === '/';
  const contentEnd = selfClosing ? tagEnd : xml.indexOf(`</${prefix}sheetData>`, tagEnd);
  return { prefix, start, tagEnd, contentEnd: contentEnd < 0 ? xml.length : contentEnd, selfClosing };
}

const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

/**
 * Where scanCells reports: an object (of a class, for the reader and the patcher) rather than
 * closures. V8 optimises the scan for the function it calls; a new closure per sheet is a new
 * function to it, and threw the optimised scan away on every sheet.
 */
export interface CellSink {
  /** Every cell, in document order. */
  cell(cell: ScannedCell): void;
  /** Every row, after its cells. */
  row?(row: ScannedRow): void;
  /** Whether a row's cells are wanted: those of rows it declines are skipped (the rows are still reported). */
  wantsRow?(row: number): boolean;
}

/**
 * Reports every cell and every row to `sink`, in document order. With `wantsRow`, the patcher
 * reads the cells of only the few rows it edits.
 */
export function scanCells(xml: string, sink: CellSink): void {
  const bounds = sheetDataBounds(xml);
  if (!bounds || bounds.selfClosing) return;
  const p = bounds.prefix;
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const tags = cellTags(p);
  const { cellOpen } = tags;
  let rowIndex = -1;
  let at = bounds.tagEnd;
  for (;;) {
    const rowStart = xml.indexOf(rowOpen, at);
    if (rowStart < 0 || rowStart >= bounds.contentEnd) return;
    const rowTagEnd = xml.indexOf('>', rowStart) + 1;
    const rowTag = xml.slice(rowStart, rowTagEnd);
    const numbered = ROW_NUMBER.exec(rowTag);
    rowIndex = numbered ? Number(numbered[1]) - 1 : rowIndex + 1;
    const selfClosing = rowTag.endsWith('/>');
    const rowEnd = selfClosing ? rowTagEnd : xml.indexOf(rowClose, rowTagEnd);
    let col = -1;
    let cellAt = rowTagEnd;
    while (!selfClosing && (sink.wantsRow === undefined || sink.wantsRow(rowIndex))) {
      const cellStart = xml.indexOf(cellOpen, cellAt);
      if (cellStart < 0 || cellStart >= rowEnd) break;
      const next = xml.charCodeAt(cellStart + cellOpen.length);
      // `<c` must be the whole name: a space, '>' or '/' follows (not `<col` or `<cfRule`).
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        cellAt = cellStart + 1;
        continue;
      }
      const cell = scanCell(xml, cellStart, tags, rowIndex, col);
      col = cell.col;
      sink.cell(cell);
      cellAt = cell.end;
    }
    const rowEndFull = selfClosing ? rowTagEnd : rowEnd + rowClose.length;
    sink.row?.({ row: rowIndex, start: rowStart, tagEnd: rowTagEnd, end: rowEndFull, selfClosing, contentEnd: selfClosing ? rowTagEnd : rowEnd });
    at = rowEndFull;
  }
}

/** The tags inside `<sheetData>` a cell is read from, with the sheet's element prefix. */
interface CellTags {
  readonly cellOpen: string;
  readonly cellClose: string;
  readonly vOpen: string;
  readonly vClose: string;
  readonly fOpen: string;
  readonly isOpen: string;
  readonly isClose: string;
}

function cellTags(p: string): CellTags {
  return { cellOpen: `<${p}c`, cellClose: `</${p}c>`, vOpen: `<${p}v`, vClose: `</${p}v>`, fOpen: `<${p}f`, isOpen: `<${p}is`, isClose: `</${p}is>` };
}

/**
 * The cell whose `<c` is at `cellStart`, in row `rowIndex` after column `previousCol` (where a
 * cell without `r` goes). A function of its own, called for every cell: V8 optimises it early.
 */
function scanCell(xml: string, cellStart: number, tags: CellTags, rowIndex: number, previousCol: number): ScannedCell {
  const { cellOpen, cellClose, vOpen, vClose, fOpen, isOpen, isClose } = tags;
  const tagEnd = xml.indexOf('>', cellStart) + 1;
  const cellSelfClosing = xml.charCodeAt(tagEnd - 2) === 47;
  const end = cellSelfClosing ? tagEnd : xml.indexOf(cellClose, tagEnd) + cellClose.length;
  let hasRef = false;
  let style = 0;
  let type = 'n';
  // Attributes are matched in place (no copy of the tag), from the tag's start to its end,
  // as /\s([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g would match them, and read where they are:
  // no match arrays, no substrings for the reference and the style.
  for (let at = cellStart + cellOpen.length; at < tagEnd;) {
    if (!rstAttributeAt(xml, at)) {
      at++;
      continue;
    }
    const { name, from, to } = attribute;
    if (name === 114) hasRef = cellRefAt(xml, from, to);
    else if (name === 115) style = integerAt(xml, from, to);
    else type = cellType(xml, from, to);
    at = attribute.end;
  }
  const col = hasRef ? reference.col : previousCol + 1;
  const row = hasRef ? reference.row : rowIndex;
  let v: string | undefined;
  let inline: string | undefined;
  let hasFormula = false;
  if (!cellSelfClosing) {
    // The cell's children, looked at tag by tag inside the cell only (never searching past it).
    const innerEnd = end - cellClose.length;
    for (let at = xml.indexOf('<', tagEnd); at >= 0 && at < innerEnd; at = xml.indexOf('<', at + 1)) {
      if (isTag(xml, at, vOpen)) {
        const vTagEnd = xml.indexOf('>', at) + 1;
        if (xml.charCodeAt(vTagEnd - 2) === 47) continue; // <v/>
        const close = xml.indexOf(vClose, vTagEnd);
        v = xml.slice(vTagEnd, close);
        at = close;
      } else if (isTag(xml, at, fOpen)) {
        hasFormula = true;
      } else if (type === 'inlineStr' && isTag(xml, at, isOpen)) {
        const isTagEnd = xml.indexOf('>', at) + 1;
        const close = xml.lastIndexOf(isClose, innerEnd);
        inline = xml.charCodeAt(isTagEnd - 2) === 47 || close < isTagEnd ? '' : xml.slice(isTagEnd, close);
        at = Math.max(at, close);
      }
    }
  }
  return { row, col, style, type, v, inline, hasFormula, start: cellStart, tagEnd, end };
}

/** True when the tag starting at `at` is exactly `open` ("<v", "<x:f"): its name ends there. */
function isTag(xml: string, at: number, open: string): boolean {
  if (!xml.startsWith(open, at)) return false;
  const next = xml.charCodeAt(at + open.length);
  return next === 62 || next === 32 || next === 47 || next === 9 || next === 10 || next === 13;
}

/** The column and row (zero-based) the last successful cellRefAt read. */
const reference = { col: 0, row: 0 };

/**
 * Reads a cell's `r` ("B4", "$B$4"), the text from `from` to `to`, into `reference`; false when it
 * is not one: what /^\$?([A-Za-z]{1,3})\$?(\d+)$/ accepts, read in place without a regex or a
 * substring (a sheet has millions of cells).
 */
function cellRefAt(text: string, from: number, to: number): boolean {
  let at = from < to && text.charCodeAt(from) === 36 ? from + 1 : from;
  let col = 0;
  const lettersStart = at;
  for (; at < to && at - lettersStart < 4; at++) {
    const code = text.charCodeAt(at) | 32; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const letters = at - lettersStart;
  if (letters < 1 || letters > 3) return false;
  if (at < to && text.charCodeAt(at) === 36) at++;
  const digitsStart = at;
  let row = 0;
  for (; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
    row = row * 10 + (code - 48);
  }
  if (at === digitsStart) return false;
  // Past 15 digits the sum above loses exactness; Number() rounds as the regex's caller did.
  reference.col = col - 1;
  reference.row = (to - digitsStart > 15 ? Number(text.slice(digitsStart, to)) : row) - 1;
  return true;
}

/** `Number(text) || 0` of the text from `from` to `to`, without a substring when it is plain digits (a style index). */
function integerAt(text: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return Number(text.slice(from, to)) || 0;
  let value = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return Number(text.slice(from, to)) || 0;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** The `t` attribute's value from `from` to `to`: the types Excel writes as shared constants, anything else as found. */
function cellType(text: string, from: number, to: number): string {
  const length = to - from;
  const first = text.charCodeAt(from);
  if (length === 1) {
    if (first === 115) return 's';
    if (first === 110) return 'n';
    if (first === 98) return 'b';
    if (first === 101) return 'e';
    if (first === 100) return 'd';
  } else if (length === 3 && text.startsWith('str', from)) return 'str';
  else if (length === 9 && text.startsWith('inlineStr', from)) return 'inlineStr';
  return text.slice(from, to);
}

/** The last successful rstAttributeAt match: the name as a char code, the value's bounds and where the match ends. */
const attribute = { name: 0, from: 0, to: 0, end: 0 };

/**
 * Matches the r, s or t attribute whose leading white space is at `at` into `attribute`; false
 * when there is none: one match of /\s([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/ anchored at `at`.
 */
function rstAttributeAt(xml: string, at: number): boolean {
  if (!isSpace(xml.charCodeAt(at))) return false;
  const name = xml.charCodeAt(at + 1);
  if (name !== 114 && name !== 115 && name !== 116) return false;
  let i = at + 2;
  while (isSpace(xml.charCodeAt(i))) i++;
  if (xml.charCodeAt(i) !== 61) return false;
  i++;
  while (isSpace(xml.charCodeAt(i))) i++;
  const quote = xml.charCodeAt(i);
  if (quote !== 34 && quote !== 39) return false;
  const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
  if (close < 0) return false;
  attribute.name = name;
  attribute.from = i + 1;
  attribute.to = close;
  attribute.end = close + 1;
  return true;
}

/** Whether a char code is white space as a regex's \s sees it. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && /\s/.test(String.fromCharCode(code));
}
