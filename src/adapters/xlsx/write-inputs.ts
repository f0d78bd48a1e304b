/**
 * Apply and Undo on an .xlsx workbook: only the edited cells, the appended rows and the tables
 * they grow are patched (every other byte of the sheet stays as it was), with Loadline's state in
 * the same change. Nothing is written when a cell no longer holds what the change was planned on,
 * a sheet is protected, or a sheet or table is gone.
 */
import type { InputWrite, InputWriteResult } from '../../app/ports';
import { parseIsoDay } from '../../core/calendar';
import type { EditValue } from '../../core/report';
import { a1, parseA1 } from '../../workbook/address';
import { holdsWritten } from '../../workbook/apply-edits';
import { serialFromDay } from '../../workbook/coerce';
import type { CellValue } from '../../workbook/grid';
import type { PatchValue } from '../../workbook/patch';
import { editCells, type CellEdit } from './cell-edits';
import { resolveTarget } from './part-names';
import { readCells } from './read-used-range';
import { isRelType } from './relationships';
import { writeStateSheet } from './state-sheet';
import { withAttributes } from './styles';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';
import { attributes, findElement } from './xml';

/** Excel's built-in short date format (id 14): a date the suggestion writes gets it when its cell has no date format. */
const DATE_FORMAT_ID = '14';
// Serial 0 of the 1904 system is serial 1462 of the 1900 system.
const DAYS_1900_TO_1904 = 1462;

interface TablePart {
  readonly part: string;
  readonly xml: string;
  readonly first: { row: number; col: number };
  readonly last: { row: number; col: number };
}

/** Writes `write` into the workbook, or changes nothing and says why. */
export function writeInputs(workbook: XlsxWorkbook, write: InputWrite): InputWriteResult {
  const names = [...new Set([...write.cells.map((c) => c.sheet), ...write.addRows.map((r) => r.sheet), ...write.removeRows.map((r) => r.sheet)])];
  const sheets = new Map(names.map((name) => [name, workbook.findSheet(name)]));
  const tableNames = [...new Set([...write.addRows, ...write.removeRows].map((r) => r.table).filter((t): t is string => t !== null))];
  const tables = new Map<string, TablePart>();
  for (const row of [...write.addRows, ...write.removeRows]) {
    const sheet = sheets.get(row.sheet);
    if (row.table === null || !sheet || tables.has(row.table)) continue;
    const table = findTable(workbook, sheet, row.table);
    if (table) tables.set(row.table, table);
  }
  const missing = [...names.filter((name) => sheets.get(name)?.part === undefined), ...tableNames.filter((name) => !tables.has(name))];
  if (missing.length > 0) return { ok: false, reason: 'missing', sheets: missing };
  const locked = names.filter((name) => isProtected(workbook.sheetXml(sheets.get(name) as SheetEntry)));
  if (locked.length > 0) return { ok: false, reason: 'protected', sheets: locked };

  const context = { sharedStrings: workbook.sharedStrings(), styles: workbook.styles(), date1904: workbook.date1904 };
  const values = new Map(names.map((name) => {
    const cells = new Map<string, CellValue>();
    for (const cell of readCells(workbook.sheetXml(sheets.get(name) as SheetEntry), context)) cells.set(a1(cell.row, cell.col), cell.value);
    return [name, cells] as const;
  }));
  const valueAt = (sheet: string, row: number, col: number): CellValue => values.get(sheet)?.get(a1(row, col)) ?? null;
  const date1904 = write.date1904;
  const changed = [
    ...write.cells.filter((c) => {
      const at = parseA1(c.cell);
      return !at || !holdsWritten(valueAt(c.sheet, at.row, at.col), c.expect, date1904);
    }).map((c) => `${c.sheet}!${c.cell}`),
    // A row added must land on blank cells at the table's (or sheet's) bottom; one taken away must still hold what was added.
    ...write.addRows.filter((r) => r.values.some((v, k) => v !== null && valueAt(r.sheet, r.row, r.col + k) !== null)
      || (r.table !== null && (tables.get(r.table) as TablePart).last.row + 1 !== r.row)).map((r) => `${r.sheet}!${a1(r.row, r.col)}`),
    ...write.removeRows.filter((r) => !r.values.every((v, k) => v === null || holdsWritten(valueAt(r.sheet, r.row, r.col + k), v, date1904))
      || (r.table !== null && (tables.get(r.table) as TablePart).last.row !== r.row)).map((r) => `${r.sheet}!${a1(r.row, r.col)}`),
  ];
  if (changed.length > 0) return { ok: false, reason: 'changed', cells: changed };

  const styles = workbook.styles();
  const edits = new Map<string, Map<number, Map<number, CellEdit>>>();
  const put = (sheet: string, row: number, col: number, edit: CellEdit) => {
    const bySheet = edits.get(sheet) ?? new Map<number, Map<number, CellEdit>>();
    edits.set(sheet, bySheet);
    const byRow = bySheet.get(row) ?? new Map<number, CellEdit>();
    bySheet.set(row, byRow);
    byRow.set(col, edit);
  };
  const setValue = (value: EditValue, typed: boolean): CellEdit => (existing) => {
    const style = existing?.style ?? 0;
    const day = typed && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseIsoDay(value) : undefined;
    if (day === undefined) return { style, value: value as PatchValue };
    // A date typed in, as Excel stores it: its serial, shown with a date format.
    const isDate = /[dy]/i.test(styles.numberFormatOf(style) ?? '');
    const dateStyle = isDate ? style : styles.add('cellXfs', withAttributes(styles.cellFormat(style), { numFmtId: DATE_FORMAT_ID, applyNumberFormat: '1' }), style);
    return { style: dateStyle, value: serialFromDay(day) - (date1904 ? DAYS_1900_TO_1904 : 0) };
  };
  for (const c of write.cells) {
    const at = parseA1(c.cell) as { row: number; col: number };
    put(c.sheet, at.row, at.col, setValue(c.value, c.typed));
  }
  for (const row of write.removeRows) row.values.forEach((v, k) => { if (v !== null) put(row.sheet, row.row, row.col + k, () => 'remove'); });
  for (const row of write.addRows) row.values.forEach((v, k) => { if (v !== null) put(row.sheet, row.row, row.col + k, setValue(v, true)); });
  for (const [name, sheetEdits] of edits) {
    const sheet = sheets.get(name) as SheetEntry;
    workbook.setSheetXml(sheet, editCells(workbook.sheetXml(sheet), sheetEdits));
  }
  // Tables grow by their added rows and shrink by the removed ones.
  for (const [name, table] of tables) {
    const delta = write.addRows.filter((r) => r.table === name).length - write.removeRows.filter((r) => r.table === name).length;
    if (delta !== 0) workbook.pkg.set(table.part, resizeTable(table, delta));
  }
  writeStateSheet(workbook, write.state);
  return { ok: true };
}

/** True when a worksheet's XML protects the sheet (<sheetProtection sheet="1">). */
function isProtected(xml: string): boolean {
  const element = findElement(xml, 'sheetProtection');
  if (!element) return false;
  const sheet = attributes(element.tag).sheet;
  return sheet === '1' || sheet === 'true';
}

/** The table part named `name` on a worksheet, with its range. */
function findTable(workbook: XlsxWorkbook, sheet: SheetEntry, name: string): TablePart | undefined {
  if (sheet.part === undefined) return undefined;
  for (const rel of workbook.relationships(sheet.part)) {
    if (rel.external || !isRelType(rel.type, 'table')) continue;
    const part = resolveTarget(sheet.part, rel.target);
    const xml = workbook.pkg.text(part);
    const root = xml === undefined ? undefined : findElement(xml, 'table');
    if (!xml || !root) continue;
    const a = attributes(root.tag);
    if ((a.name ?? a.displayName) !== name) continue;
    const [from, to = from] = (a.ref ?? '').split(':');
    const first = parseA1(from ?? '');
    const last = parseA1(to ?? '');
    if (first && last) return { part, xml, first, last };
  }
  return undefined;
}

/** The table XML with its range (and its autofilter's) `delta` rows longer. */
function resizeTable(table: TablePart, delta: number): string {
  const ref = (last: { row: number; col: number }) => `${a1(table.first.row, table.first.col)}:${a1(last.row, last.col)}`;
  const before = ref(table.last);
  const after = ref({ row: table.last.row + delta, col: table.last.col });
  return table.xml.replace(/(<(?:[\w-]+:)?(?:table|autoFilter)\b[^>]*\sref\s*=\s*")([^"]*)(")/g, (whole, open: string, value: string, close: string) => (value === before ? `${open}${after}${close}` : whole));
}

