/**
 * Reads every worksheet's used range (values and number formats), the tables, the state sheet
 * and the date system — in two round trips when the workbook fits in one response:
 *
 *  1. the worksheet list, the table list and a DATE(1904,1,1) probe for the date system;
 *  2. each sheet's used-range size together with a top-left window of its values and formats
 *     (sized so that all windows together stay under the budget at a conservative bytes-per-
 *     cell estimate), the whole state sheet, and each table's position.
 *
 * Whatever a window did not cover is read in row blocks sized from the bytes per cell actually
 * seen, packed into further round trips under the budget; a round trip Excel still refuses for
 * its size is split in halves and retried. Sheets Loadline owns (per the state) are not read
 * beyond their window and are left out of the result, as is the state sheet.
 */
import type { WorkbookSnapshot } from '../../app/ports';
import { a1Range } from '../../workbook/address';
import type { CellValue, RawSheet, RawTable } from '../../workbook/grid';
import { decodeState, STATE_SHEET } from '../../workbook/state';
import { toCellValue, toNumberFormat } from './excel-values';
import { isPayloadLimitError, jsonBytes, MAX_CELLS_PER_READ } from './request-budget';
import { supportsExcelApi } from './requirements';

/** Guess of one unseen cell's response size (value plus number format as JSON): generous for short text and numbers. */
const ESTIMATED_CELL_BYTES = 64;
/** Floor for the per-cell estimate learnt from a window, in case the window was unusually sparse. */
const MIN_CELL_BYTES = 24;
/** Width of the first window: wide enough for any input sheet of the contract. */
const WINDOW_COLUMNS = 32;

/** A rectangle on a sheet, zero-based. */
interface Rect { readonly row: number; readonly col: number; readonly rowCount: number; readonly colCount: number }

/** One sheet being read: where its used range is and the grids filled so far. */
interface SheetRead {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly used: Rect;
  readonly values: CellValue[][];
  readonly formats: (string | null)[][];
  /** Estimated response bytes per cell, from the window when there was one. */
  readonly cellBytes: number;
  /** Parts of the used range not yet read, relative to the used range. */
  readonly unread: Rect[];
}

/** A block of rows to read, relative to its sheet's used range. */
interface Block { readonly sheet: SheetRead; readonly rect: Rect }

/** Reads the workbook of the current Office host. */
export async function readWorkbook(budgetBytes: number): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    const dateProbe = supportsExcelApi('1.2') ? context.workbook.functions.date(1904, 1, 1).load('value') : undefined;
    await context.sync();

    const stateWorksheet = worksheets.items.find((s) => sameName(s.name, STATE_SHEET));
    const inputs = worksheets.items.filter((s) => s !== stateWorksheet);
    const stateRange = stateWorksheet?.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    const tableRanges = tables.items
      .filter((t) => !sameName(t.worksheet.name, STATE_SHEET))
      .map((table) => ({ table, range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount') }));

    let windowCells = Math.floor(budgetBytes / (Math.max(1, inputs.length) * ESTIMATED_CELL_BYTES));
    let pending = queueUsedRanges(inputs, windowCells);
    try {
      await context.sync();
    } catch {
      // The windows are only a shortcut: if Excel refused them (too big for one response, or a
      // used range so near the sheet's edge that the window runs off it), size the sheets
      // first and read in blocks after.
      windowCells = 0;
      pending = queueUsedRanges(inputs, 0);
      stateRange?.load('values,rowIndex,columnIndex');
      tableRanges.forEach(({ range }) => range.load('rowIndex,columnIndex,rowCount,columnCount'));
      await context.sync();
    }

    const stateAtA1 = stateRange && !stateRange.isNullObject && stateRange.rowIndex === 0 && stateRange.columnIndex === 0;
    const state = decodeState(stateAtA1 ? stateRange.values.map((row) => row.map(toCellValue)) : undefined);
    const owned = new Set(state.owned.map((o) => o.name.toLowerCase()));
    const reads = pending.filter((p) => !owned.has(p.worksheet.name.toLowerCase())).map((p) => startRead(p, windowCells));
    await readBlocks(context, planBlocks(reads, budgetBytes), budgetBytes);

    const sheets: RawSheet[] = reads.map((r) => ({
      name: r.name, values: r.values, numberFormats: r.formats, originRow: r.used.row, originCol: r.used.col,
    }));
    const byName = new Map(reads.map((r) => [r.name.toLowerCase(), r]));
    const rawTables: RawTable[] = tableRanges.flatMap(({ table, range }) => {
      const read = byName.get(table.worksheet.name.toLowerCase());
      return read ? [sliceTable(read, table.name, range)] : [];
    });
    // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one. Without the
    // probe (a host before ExcelApi 1.2) Loadline assumes 1900, Excel's default everywhere but
    // very old Mac workbooks. Workbook.use1904DateSystem would say it directly, but it is in no
    // released requirement set yet.
    const date1904 = dateProbe !== undefined && dateProbe.value === 0;
    return {
      raw: { sheets, tables: rawTables, date1904 },
      state,
      sheetNames: worksheets.items.map((s) => s.name),
    };
  });
}

interface PendingSheet {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly window?: Excel.Range;
}

/** Queues each sheet's used-range size and, when windowCells > 0, a top-left window of its cells. */
function queueUsedRanges(worksheets: readonly Excel.Worksheet[], windowCells: number): PendingSheet[] {
  const columns = Math.max(1, Math.min(WINDOW_COLUMNS, windowCells));
  const rows = Math.floor(windowCells / columns);
  return worksheets.map((worksheet) => {
    // getUsedRange (not ...OrNullObject) so the window can be chained: an empty sheet gives A1.
    const used = worksheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const window = rows > 0
      ? used.getCell(0, 0).getResizedRange(rows - 1, columns - 1).getIntersection(used).load('values,numberFormat,rowCount,columnCount')
      : undefined;
    return { worksheet, used, window };
  });
}

/** Grids for a sheet, filled from its window, with what remains to read. */
function startRead(pending: PendingSheet, windowCells: number): SheetRead {
  const { used, window } = pending;
  const rect = { row: used.rowIndex, col: used.columnIndex, rowCount: used.rowCount, colCount: used.columnCount };
  const values: CellValue[][] = Array.from({ length: rect.rowCount }, () => new Array<CellValue>(rect.colCount).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rect.rowCount }, () => new Array<string | null>(rect.colCount).fill(null));
  if (!window || windowCells === 0) {
    return { name: pending.worksheet.name, worksheet: pending.worksheet, used: rect, values, formats, cellBytes: ESTIMATED_CELL_BYTES, unread: [{ row: 0, col: 0, rowCount: rect.rowCount, colCount: rect.colCount }] };
  }
  const seen = { rowCount: window.rowCount, colCount: window.columnCount };
  fill(values, formats, { row: 0, col: 0, ...seen }, window.values, window.numberFormat);
  const observed = (jsonBytes(window.values) + jsonBytes(window.numberFormat)) / (seen.rowCount * seen.colCount);
  const unread: Rect[] = [];
  if (rect.colCount > seen.colCount) unread.push({ row: 0, col: seen.colCount, rowCount: seen.rowCount, colCount: rect.colCount - seen.colCount });
  if (rect.rowCount > seen.rowCount) unread.push({ row: seen.rowCount, col: 0, rowCount: rect.rowCount - seen.rowCount, colCount: rect.colCount });
  // Half again on what the window showed: the rest of a sheet may hold longer text than its top.
  const cellBytes = Math.max(MIN_CELL_BYTES, Math.ceil(observed * 1.5));
  return { name: pending.worksheet.name, worksheet: pending.worksheet, used: rect, values, formats, cellBytes, unread };
}

/** Splits what is unread into row blocks that each fit the budget and Excel's cell limit. */
function planBlocks(reads: readonly SheetRead[], budgetBytes: number): Block[] {
  const blocks: Block[] = [];
  for (const sheet of reads) {
    for (const part of sheet.unread) {
      const byBytes = Math.floor(budgetBytes / (part.colCount * sheet.cellBytes));
      const byCells = Math.floor(MAX_CELLS_PER_READ / part.colCount);
      const rows = Math.max(1, Math.min(byBytes, byCells));
      for (let r = 0; r < part.rowCount; r += rows) {
        blocks.push({ sheet, rect: { ...part, row: part.row + r, rowCount: Math.min(rows, part.rowCount - r) } });
      }
    }
  }
  return blocks;
}

/** Reads blocks, as many per round trip as the budget allows. */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[], budgetBytes: number): Promise<void> {
  let batch: Block[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = block.rect.rowCount * block.rect.colCount * block.sheet.cellBytes;
    if (batch.length > 0 && bytes + size > budgetBytes) {
      await readBatch(context, batch);
      batch = [];
      bytes = 0;
    }
    batch.push(block);
    bytes += size;
  }
  if (batch.length > 0) await readBatch(context, batch);
}

/** One round trip; if Excel refuses it for its size, the same cells in two halves. */
async function readBatch(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const ranges = blocks.map(({ sheet, rect }) => sheet.worksheet
    .getRange(a1Range(sheet.used.row + rect.row, sheet.used.col + rect.col, rect.rowCount, rect.colCount))
    .load('values,numberFormat'));
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadLimitError(error) ? halve(blocks) : undefined;
    if (!halves) throw error;
    for (const half of halves) await readBatch(context, half);
    return;
  }
  blocks.forEach(({ sheet, rect }, i) => fill(sheet.values, sheet.formats, rect, ranges[i].values, ranges[i].numberFormat));
}

function halve(blocks: readonly Block[]): Block[][] | undefined {
  if (blocks.length > 1) return [blocks.slice(0, blocks.length >> 1), blocks.slice(blocks.length >> 1)];
  const [{ sheet, rect }] = blocks;
  if (rect.rowCount >= 2) {
    const top = rect.rowCount >> 1;
    return [[{ sheet, rect: { ...rect, rowCount: top } }], [{ sheet, rect: { ...rect, row: rect.row + top, rowCount: rect.rowCount - top } }]];
  }
  if (rect.colCount < 2) return undefined;
  // One row too big for a response (long text in many columns): split it by columns.
  const left = rect.colCount >> 1;
  return [[{ sheet, rect: { ...rect, colCount: left } }], [{ sheet, rect: { ...rect, col: rect.col + left, colCount: rect.colCount - left } }]];
}

/** Copies a block of Excel values and formats into a sheet's grids at `rect`. */
function fill(values: CellValue[][], formats: (string | null)[][], rect: Rect, excelValues: unknown[][], excelFormats: unknown[][]): void {
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.colCount; c++) {
      values[rect.row + r][rect.col + c] = toCellValue(excelValues[r]?.[c]);
      formats[rect.row + r][rect.col + c] = toNumberFormat(excelFormats[r]?.[c]);
    }
  }
}

/** A table's block cut from its sheet's grids (cells outside the used range are blank). */
function sliceTable(sheet: SheetRead, name: string, range: Excel.Range): RawTable {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < range.rowCount; r++) {
    const row = range.rowIndex + r - sheet.used.row;
    const valueRow: CellValue[] = [];
    const formatRow: (string | null)[] = [];
    for (let c = 0; c < range.columnCount; c++) {
      const col = range.columnIndex + c - sheet.used.col;
      valueRow.push(sheet.values[row]?.[col] ?? null);
      formatRow.push(sheet.formats[row]?.[col] ?? null);
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { name, sheet: sheet.name, values, numberFormats, originRow: range.rowIndex, originCol: range.columnIndex };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
