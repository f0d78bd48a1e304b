/**
 * Apply and Undo in Excel: input cells and rows written in one Excel.run — one round trip to read
 * what the write depends on (protection, the cells' values, the tables' places), then every value
 * and Loadline's state in a single sync, so Excel's own undo history is never left half-done.
 * Nothing is written when a cell changed since the change was planned, a sheet is protected or
 * a sheet or table is gone.
 */
import type { InputWrite, InputWriteResult } from '../../app/ports';
import type { EditValue } from '../../core/report';
import { holdsWritten } from '../../workbook/apply-edits';
import { a1, a1Range } from '../../workbook/address';
import { encodeState, STATE_SHEET, type AppendedRow } from '../../workbook/state';
import { TEXT_FORMAT, toCellValue } from './excel-values';

/** Writes `write` into the workbook, or changes nothing and says why. */
export async function writeInputs(write: InputWrite): Promise<InputWriteResult> {
  return Excel.run(async (context) => {
    const book = context.workbook;
    const sheetNames = [...new Set([...write.cells.map((c) => c.sheet), ...write.addRows.map((r) => r.sheet), ...write.removeRows.map((r) => r.sheet)])];
    const sheets = new Map(sheetNames.map((name) => {
      const sheet = book.worksheets.getItemOrNullObject(name);
      sheet.load('name');
      sheet.protection.load('protected');
      return [name, sheet] as const;
    }));
    const tableNames = [...new Set([...write.addRows, ...write.removeRows].map((r) => r.table).filter((t): t is string => t !== null))];
    const tables = new Map(tableNames.map((name) => {
      const table = book.tables.getItemOrNullObject(name);
      table.load('name');
      return [name, { table, range: table.getRange().load('rowIndex,columnIndex') }] as const;
    }));
    const stateSheet = book.worksheets.getItemOrNullObject(STATE_SHEET);
    stateSheet.load('name');
    const stateUsed = stateSheet.getUsedRangeOrNullObject(true).load('rowCount,columnCount');
    await context.sync();

    const missing = [...sheetNames.filter((name) => sheets.get(name)?.isNullObject), ...tableNames.filter((name) => tables.get(name)?.table.isNullObject)];
    if (missing.length > 0) return { ok: false, reason: 'missing', sheets: missing };
    const locked = sheetNames.filter((name) => sheets.get(name)?.protection.protected);
    if (locked.length > 0) return { ok: false, reason: 'protected', sheets: locked };

    // Second look, now that every sheet is known to be there: the values the write was planned on.
    const cellRanges = write.cells.map((c) => sheets.get(c.sheet)?.getRange(c.cell).load('values,numberFormat') as Excel.Range);
    const removedRanges = write.removeRows.map((r) => rowRange(sheets.get(r.sheet) as Excel.Worksheet, r).load('values'));
    await context.sync();
    const changed = [
      ...write.cells.filter((c, i) => !holdsWritten(toCellValue(cellRanges[i].values[0][0]), c.expect, write.date1904)).map((c) => `${c.sheet}!${c.cell}`),
      ...write.removeRows.filter((r, i) => !r.values.every((v, k) => v === null || holdsWritten(toCellValue(removedRanges[i].values[0][k]), v, write.date1904)))
        .map((r) => `${r.sheet}!${a1(r.row, r.col)}`),
    ];
    if (changed.length > 0) return { ok: false, reason: 'changed', cells: changed };

    // Every write from here on goes in the one sync at the end.
    write.cells.forEach((c, i) => {
      const textCell = cellRanges[i].numberFormat[0][0] === TEXT_FORMAT;
      cellRanges[i].values = [[typed(c.value, textCell, c.typed)]];
    });
    for (const row of write.removeRows) {
      if (row.table !== null) {
        const { table, range } = tables.get(row.table) as { table: Excel.Table; range: Excel.Range };
        table.rows.getItemAt(row.row - range.rowIndex - 1).delete();
      } else {
        const range = rowRange(sheets.get(row.sheet) as Excel.Worksheet, row);
        range.values = [row.values.map((v) => (v === null ? null : ''))] as unknown as (string | number | boolean)[][];
      }
    }
    for (const row of write.addRows) {
      const values = row.values.map((v) => (v === null ? (row.table !== null ? '' : null) : typed(v, false, true)));
      if (row.table !== null) (tables.get(row.table) as { table: Excel.Table }).table.rows.add(undefined, [values as (string | number | boolean)[]]);
      else rowRange(sheets.get(row.sheet) as Excel.Worksheet, row).values = [values] as unknown as (string | number | boolean)[][];
    }
    writeState(context, stateSheet, stateUsed, encodeState(write.state));
    await context.sync();
    return { ok: true };
  });
}

/** The cells of an appended row on its sheet. */
function rowRange(sheet: Excel.Worksheet, row: AppendedRow): Excel.Range {
  return sheet.getRange(a1Range(row.row, row.col, 1, Math.max(1, row.values.length)));
}

/**
 * What to send through Range.values so Excel stores `value`: blanks as "", numbers and
 * booleans as they are; a suggestion's ISO date (`asTyped`) as typed, so Excel makes it a date;
 * any other text Excel would read as a number, date, boolean or formula behind an apostrophe
 * (Excel's "this is text" prefix), unless the cell is formatted as Text. A date put back by Undo
 * is the serial number it was read as, so it stays a date.
 */
function typed(value: EditValue, textCell: boolean, asTyped: boolean): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string' || textCell) return value;
  if (asTyped && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return wouldBeParsed(value) ? `'${value}` : value;
}

/** True when Excel would turn typed text into something else: a formula, number, percentage, boolean or date. */
function wouldBeParsed(text: string): boolean {
  const trimmed = text.trim();
  return /^[=+\-@']/.test(text) || /^[\d\s.,%$€£¥()-]+$/.test(trimmed) || /^(true|false)$/i.test(trimmed)
    || /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?/.test(trimmed);
}

/** Rewrites the very hidden state sheet (making it when there is none), as text. */
function writeState(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range, grid: string[][]): void {
  let target = sheet;
  if (sheet.isNullObject) {
    target = context.workbook.worksheets.add(STATE_SHEET);
    target.visibility = Excel.SheetVisibility.veryHidden;
  } else if (!used.isNullObject) {
    target.getRange(a1Range(0, 0, used.rowCount, Math.max(used.columnCount, 4))).clear();
  }
  const range = target.getRange(a1Range(0, 0, grid.length, 4));
  range.numberFormat = grid.map((row) => row.map(() => TEXT_FORMAT));
  range.values = grid;
}
