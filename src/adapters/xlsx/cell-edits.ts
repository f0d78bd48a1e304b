/**
 * Changing a few cells of an existing worksheet in place: the text of every other cell, row and
 * element stays exactly as it was. A highlight changes only a cell's `s` attribute; a Settings
 * edit replaces one cell. A cell that does not exist yet is made, in its row (made too when
 * needed), in the order Excel requires.
 */
import { a1 } from '../../workbook/address';
import type { PatchValue } from '../../workbook/patch';
import { cellXml } from './cell-xml';
import { scanCells, sheetDataBounds, type CellSink, type ScannedCell, type ScannedRow } from './sheet-cells';

/** A cell as found before the edit: its format index and whether it holds anything but attributes. */
export interface ExistingCell {
  readonly style: number;
  readonly empty: boolean;
}

/** What becomes of a cell: a new format (and value, when given), or removal of an empty cell. */
export type CellChange = { readonly style: number; readonly value?: PatchValue } | 'remove';

/** Decides a cell's change from what is there (undefined: the cell does not exist). */
export type CellEdit = (existing: ExistingCell | undefined) => CellChange | undefined;

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The sheet XML with each edit (keyed by zero-based row, then column) applied. */
export function editCells(xml: string, edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>): string {
  if (edits.size === 0) return xml;
  const bounds = sheetDataBounds(xml);
  if (!bounds) return xml;
  const sink = new EditSink(xml, edits);
  scanCells(xml, sink);
  const { splices, rowStarts, seenRows } = sink;
  // New rows, grouped by where they go: before the first existing row below them, or at the end.
  const newRows = new Map<number, string[]>();
  for (const [row, rowEdits] of [...edits].filter(([r]) => !seenRows.has(r)).sort((a, b) => a[0] - b[0])) {
    const cells = [...rowEdits].sort((a, b) => a[0] - b[0]).map(([col, edit]) => newCell(row, col, edit)).filter((c) => c !== '');
    if (cells.length === 0) continue;
    const at = rowStarts.find((r) => r.row > row)?.start ?? bounds.contentEnd;
    newRows.set(at, [...(newRows.get(at) ?? []), `<${bounds.prefix}row r="${row + 1}">${cells.join('')}</${bounds.prefix}row>`]);
  }
  for (const [at, rows] of newRows) {
    if (bounds.selfClosing) splices.push({ start: bounds.start, end: bounds.tagEnd, text: `<${bounds.prefix}sheetData>${rows.join('')}</${bounds.prefix}sheetData>` });
    else splices.push({ start: at, end: at, text: rows.join('') });
  }
  return applySplices(xml, splices);
}

/** The scan's cells of the edited rows, each row's edits made as it ends; where every row starts. */
class EditSink implements CellSink {
  readonly splices: Splice[] = [];
  readonly rowStarts: { row: number; start: number }[] = [];
  readonly seenRows = new Set<number>();
  private rowCells: ScannedCell[] = [];

  constructor(private readonly xml: string, private readonly edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>) {}

  cell(cell: ScannedCell): void {
    if (this.edits.has(cell.row)) this.rowCells.push(cell);
  }

  row(row: ScannedRow): void {
    this.rowStarts.push({ row: row.row, start: row.start });
    const rowEdits = this.edits.get(row.row);
    if (rowEdits) {
      this.seenRows.add(row.row);
      editRow(this.xml, row, this.rowCells, rowEdits, this.splices);
    }
    this.rowCells = [];
  }

  wantsRow(row: number): boolean {
    return this.edits.has(row);
  }
}

function editRow(xml: string, row: ScannedRow, cells: readonly ScannedCell[], rowEdits: ReadonlyMap<number, CellEdit>, splices: Splice[]): void {
  const inserts = new Map<number, string[]>();
  for (const [col, edit] of [...rowEdits].sort((a, b) => a[0] - b[0])) {
    const cell = cells.find((c) => c.col === col && c.row === row.row);
    if (cell) {
      const change = edit({ style: cell.style, empty: isEmptyCell(xml, cell) });
      if (change !== undefined) splices.push({ start: cell.start, end: change === 'remove' || change.value !== undefined ? cell.end : cell.tagEnd, text: changedCell(xml, cell, change) });
      continue;
    }
    const text = newCell(row.row, col, edit);
    if (text === '') continue;
    const next = cells.find((c) => c.col > col);
    const at = next ? next.start : row.contentEnd;
    inserts.set(at, [...(inserts.get(at) ?? []), text]);
  }
  for (const [at, texts] of inserts) {
    if (row.selfClosing) {
      const tag = xml.slice(row.start, row.tagEnd).replace(/\s*\/>$/, '>');
      const name = /^<([\w.:-]+)/.exec(tag)![1];
      splices.push({ start: row.start, end: row.end, text: `${tag}${texts.join('')}</${name}>` });
    } else {
      splices.push({ start: at, end: at, text: texts.join('') });
    }
  }
}

function newCell(row: number, col: number, edit: CellEdit): string {
  const change = edit(undefined);
  if (change === undefined || change === 'remove') return '';
  return cellXml(a1(row, col), change.style, change.value ?? null);
}

function changedCell(xml: string, cell: ScannedCell, change: CellChange): string {
  if (change === 'remove') return '';
  if (change.value !== undefined) return cellXml(a1(cell.row, cell.col), change.style, change.value);
  // Only the s attribute changes, in place, so that restoring the old index gives the old bytes.
  const tag = xml.slice(cell.start, cell.tagEnd);
  const existing = /\ss\s*=\s*("[^"]*"|'[^']*')/;
  if (existing.test(tag)) return change.style === 0 ? tag.replace(existing, '') : tag.replace(existing, ` s="${change.style}"`);
  if (change.style === 0) return tag;
  const ref = /\sr\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
  const at = ref ? ref.index + ref[0].length : /^<[\w.:-]+/.exec(tag)![0].length;
  return `${tag.slice(0, at)} s="${change.style}"${tag.slice(at)}`;
}

/** True when a cell element holds no value, formula or inline text (only attributes). */
function isEmptyCell(xml: string, cell: ScannedCell): boolean {
  if (cell.tagEnd === cell.end) return true;
  return cell.v === undefined && cell.inline === undefined && !cell.hasFormula && /^\s*$/.test(xml.slice(cell.tagEnd, cell.end).replace(/<\/[\w.:-]+>$/, ''));
}

function applySplices(xml: string, splices: Splice[]): string {
  if (splices.length === 0) return xml;
  splices.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const splice of splices) {
    parts.push(xml.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}
