/**
 * Reads ranges (a sheet's used range, a table) as values and number formats in as few round
 * trips as the budget allows.
 *
 * A range whose size is already known is split into row blocks that fit the budget at an
 * estimated size per cell, and the blocks are packed into round trips. A range of unknown size
 * is sized in the first round trip together with a top-left window of its cells (sized from the
 * budget the known ranges leave); what the window missed is read in blocks sized from the bytes
 * per cell the window showed. A round trip Excel still refuses for its size is split in halves
 * and retried, so the estimates only decide how many round trips there are, never whether the
 * read succeeds.
 */
import { a1Range } from '../../workbook/address';
import type { CellValue } from '../../workbook/grid';
import { toCellValue, toNumberFormat } from './excel-values';
import { isPayloadLimitError, jsonBytes, MAX_CELLS_PER_READ } from './request-budget';

/**
 * Guess of one unseen cell's share of a response: its value and its number format as JSON.
 * Measured on the benchmark organisation: 18 bytes a cell on Staff, 21 on Assignments, 23 on
 * Holidays (a date serial with "yyyy-mm-dd" is 19, a name with "General" about 25, a blank 13).
 * 32 leaves room for longer text; Excel's own limit (5 MB against the 4 MB budget) absorbs a
 * further 25 %, and a refused round trip is split and retried.
 */
export const ESTIMATED_CELL_BYTES = 32;
/** Floor for the per-cell estimate learnt from a window, in case the window was unusually sparse. */
const MIN_CELL_BYTES = 24;
/** Width of a first window: wide enough for any input sheet of the contract. */
const WINDOW_COLUMNS = 32;
/** The properties that say where a range is. */
export const RECT_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';

/** A rectangle on a sheet, zero-based. */
export interface Rect { readonly row: number; readonly col: number; readonly rowCount: number; readonly colCount: number }

/** Something to read: a used range or a table's range, with where it is when that is already known. */
export interface RangeTarget {
  readonly worksheet: Excel.Worksheet;
  /**
   * Where the range is: a rectangle, null when there is nothing to read (an empty sheet), or
   * undefined when unknown (the first round trip then sizes it through `range`).
   */
  readonly known: Rect | null | undefined;
  /** The range itself, for sizing. Never a null object, so a window can be chained from it. */
  readonly range: () => Excel.Range;
}

/** One range being read: its grids, filled as round trips come back. */
export class RangeRead {
  /** Where the range is, once known; null when there is nothing to read. */
  rect: Rect | null | undefined;
  values: CellValue[][] = [];
  formats: (string | null)[][] = [];
  /** Estimated response bytes per cell, learnt from a window when there was one. */
  cellBytes = ESTIMATED_CELL_BYTES;
  /** Parts of the rectangle left to read once the range is placed (after a window: what it missed). */
  unread: Rect[] = [];

  constructor(readonly target: RangeTarget) {
    if (target.known !== undefined) this.place(target.known);
  }

  /** Sets where the range is and makes blank grids of its size, all of it unread. */
  place(rect: Rect | null): void {
    this.rect = rect;
    this.values = rect ? Array.from({ length: rect.rowCount }, () => new Array<CellValue>(rect.colCount).fill(null)) : [];
    this.formats = rect ? Array.from({ length: rect.rowCount }, () => new Array<string | null>(rect.colCount).fill(null)) : [];
    this.unread = rect ? [rect] : [];
  }

  /** Copies a block of Excel values and formats (at `rect`, absolute) into the grids. */
  fill(rect: Rect, excelValues: unknown[][], excelFormats: unknown[][]): void {
    const origin = this.rect as Rect;
    for (let r = 0; r < rect.rowCount; r++) {
      const values = this.values[rect.row - origin.row + r];
      const formats = this.formats[rect.row - origin.row + r];
      for (let c = 0; c < rect.colCount; c++) {
        values[rect.col - origin.col + c] = toCellValue(excelValues[r]?.[c]);
        formats[rect.col - origin.col + c] = toNumberFormat(excelFormats[r]?.[c]);
      }
    }
  }
}

/** A block of rows (or, split further, of columns) of one range, at absolute sheet coordinates. */
interface Block { readonly read: RangeRead; readonly rect: Rect }

/**
 * Reads every target. `queueAlongside` queues whatever else the caller wants from the first
 * round trip (it is called again if that round trip has to be repeated).
 *
 * @returns the reads, in the order of the targets, every grid filled
 */
export async function readRanges(
  context: Excel.RequestContext, targets: readonly RangeTarget[], budgetBytes: number, queueAlongside: () => void = () => undefined,
): Promise<RangeRead[]> {
  const reads = targets.map((target) => new RangeRead(target));
  const unsized = reads.filter((read) => read.rect === undefined);
  const [first = [], ...later] = packBatches(planBlocks(reads, budgetBytes), budgetBytes);
  const spare = budgetBytes - first.reduce((sum, block) => sum + estimatedBytes(block), 0);
  const windowCells = unsized.length === 0 ? 0 : Math.floor(spare / (unsized.length * ESTIMATED_CELL_BYTES));

  queueAlongside();
  const firstRanges = first.map(queueBlock);
  let sizings = unsized.map((read) => queueSizing(read, windowCells));
  try {
    await context.sync();
  } catch {
    // Blocks and windows are read ahead: if Excel refused the round trip (too big for one
    // response after all, a window running off the sheet's edge, a passing fault), size what
    // is unknown on its own and read everything in blocks, split further if still refused.
    queueAlongside();
    sizings = unsized.map((read) => queueSizing(read, 0));
    await context.sync();
    sizings.forEach((sizing) => sizing.apply());
    await readBlocks(context, planBlocks(reads, budgetBytes), budgetBytes);
    return reads;
  }
  first.forEach((block, i) => block.read.fill(block.rect, firstRanges[i].values, firstRanges[i].numberFormat));
  sizings.forEach((sizing) => sizing.apply());
  await readBlocks(context, [...later.flat(), ...planBlocks(unsized, budgetBytes)], budgetBytes);
  return reads;
}

/** A sizing queued in a round trip: `apply` records the size (and the window) once it is back. */
interface Sizing { apply(): void }

/** Queues a range's size and, when windowCells > 0, a top-left window of its cells. */
function queueSizing(read: RangeRead, windowCells: number): Sizing {
  const range = read.target.range().load(RECT_PROPERTIES);
  const columns = Math.max(1, Math.min(WINDOW_COLUMNS, windowCells));
  const rows = Math.floor(windowCells / columns);
  const window = rows > 0
    ? range.getCell(0, 0).getResizedRange(rows - 1, columns - 1).getIntersection(range).load(`values,numberFormat,${RECT_PROPERTIES}`)
    : undefined;
  return {
    apply() {
      const rect = { row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, colCount: range.columnCount };
      read.place(rect);
      if (!window) return;
      const seen = { row: rect.row, col: rect.col, rowCount: window.rowCount, colCount: window.columnCount };
      read.fill(seen, window.values, window.numberFormat);
      read.unread = [];
      if (rect.colCount > seen.colCount) read.unread.push({ ...seen, col: rect.col + seen.colCount, colCount: rect.colCount - seen.colCount });
      if (rect.rowCount > seen.rowCount) read.unread.push({ ...rect, row: rect.row + seen.rowCount, rowCount: rect.rowCount - seen.rowCount });
      // Half again on what the window showed: the rest of a range may hold longer text than its top.
      const observed = (jsonBytes(window.values) + jsonBytes(window.numberFormat)) / (seen.rowCount * seen.colCount);
      read.cellBytes = Math.max(MIN_CELL_BYTES, Math.ceil(observed * 1.5));
    },
  };
}

/** Splits what is unread into row blocks that each fit the budget and Excel's cell limit. */
function planBlocks(reads: readonly RangeRead[], budgetBytes: number): Block[] {
  const blocks: Block[] = [];
  for (const read of reads) {
    for (const part of read.unread) {
      const byBytes = Math.floor(budgetBytes / (part.colCount * read.cellBytes));
      const byCells = Math.floor(MAX_CELLS_PER_READ / part.colCount);
      const rows = Math.max(1, Math.min(byBytes, byCells));
      for (let r = 0; r < part.rowCount; r += rows) {
        blocks.push({ read, rect: { ...part, row: part.row + r, rowCount: Math.min(rows, part.rowCount - r) } });
      }
    }
  }
  return blocks;
}

function estimatedBytes(block: Block): number {
  return block.rect.rowCount * block.rect.colCount * block.read.cellBytes;
}

/** Packs blocks into round trips under the budget, each block into the first with room (first fit). */
function packBatches(blocks: readonly Block[], budgetBytes: number): Block[][] {
  const batches: { blocks: Block[]; bytes: number }[] = [];
  for (const block of blocks) {
    const size = estimatedBytes(block);
    const batch = batches.find((b) => b.bytes + size <= budgetBytes);
    if (batch) {
      batch.blocks.push(block);
      batch.bytes += size;
    } else {
      batches.push({ blocks: [block], bytes: size });
    }
  }
  return batches.map((b) => b.blocks);
}

/** Reads blocks, as many per round trip as the budget allows. */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[], budgetBytes: number): Promise<void> {
  for (const batch of packBatches(blocks, budgetBytes)) await readBatch(context, batch);
}

function queueBlock({ read, rect }: Block): Excel.Range {
  return read.target.worksheet.getRange(a1Range(rect.row, rect.col, rect.rowCount, rect.colCount)).load('values,numberFormat');
}

/** One round trip; if Excel refuses it for its size, the same cells in two halves. */
async function readBatch(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const ranges = blocks.map(queueBlock);
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadLimitError(error) ? halve(blocks) : undefined;
    if (!halves) throw error;
    for (const half of halves) await readBatch(context, half);
    return;
  }
  blocks.forEach((block, i) => block.read.fill(block.rect, ranges[i].values, ranges[i].numberFormat));
}

function halve(blocks: readonly Block[]): Block[][] | undefined {
  if (blocks.length > 1) return [blocks.slice(0, blocks.length >> 1), blocks.slice(blocks.length >> 1)];
  const [{ read, rect }] = blocks;
  if (rect.rowCount >= 2) {
    const top = rect.rowCount >> 1;
    return [[{ read, rect: { ...rect, rowCount: top } }], [{ read, rect: { ...rect, row: rect.row + top, rowCount: rect.rowCount - top } }]];
  }
  if (rect.colCount < 2) return undefined;
  // One row too big for a response (long text in many columns): split it by columns.
  const left = rect.colCount >> 1;
  return [[{ read, rect: { ...rect, colCount: left } }], [{ read, rect: { ...rect, col: rect.col + left, colCount: rect.colCount - left } }]];
}
