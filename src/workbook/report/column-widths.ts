/**
 * Column widths that fit the content as Excel and LibreOffice show it: every cell is measured as
 * its formatted text (the number format applied, as the user sees it) in Calibri 11, bold where
 * the sheet makes it bold, so no cell of a summary sheet ever shows ###.
 */
import type { CellRange, NumberFormatBlock, PatchValue, StyleBlock } from '../patch';
import { CALIBRI_BOLD, CALIBRI_REGULAR } from './calibri-metrics';
import { formatNumber, widensWithMagnitude } from './format-number';
import { textWidthPixels } from './text-width';

/** What the widths are fitted to: the parts of a SheetPatch that decide what a cell shows. */
export interface FitColumnWidthsContent {
  readonly values: readonly (readonly PatchValue[])[];
  readonly numberFormats?: readonly NumberFormatBlock[];
  readonly styles?: readonly StyleBlock[];
  /** Header rows with a filter button in each cell (an autofilter or a table's header row). */
  readonly filterHeaders?: readonly CellRange[];
}

/** Bounds of a fitted width, in characters, and text allowed to run into the empty cells beside. */
export interface FitColumnWidthsOptions {
  readonly min?: number;
  readonly max?: number;
  /** Rows whose text may spill over the blank cells to its right (numbers are still measured). */
  readonly overflowRows?: readonly number[];
}

/** Excel's maximum digit width of Calibri 11 at 96 dpi, in pixels: the unit of column widths. */
const DIGIT_PIXELS = 7;

/** Excel's cell padding: 2 px each side plus the gridline. */
const PADDING_PIXELS = 5;

/** A filter button's width at 100 % zoom. */
const FILTER_BUTTON_PIXELS = 17;

/**
 * Safety margin over the measured width: 4 % for renderers that space glyphs a little wider
 * (LibreOffice's subpixel layout), plus 3 px. A few pixels of white space cost nothing; a ### in
 * a total row costs the reader's trust.
 */
const MARGIN_RATIO = 1.04;
const MARGIN_PIXELS = 3;

/**
 * Widths in characters (Excel's unit: the file's `width`), one per column, wide enough for the
 * widest formatted cell, clamped to [min, max] (default 8 to 60; long messages stay on one line
 * and are cut off visually, not wrapped, so each row stays one line high). Numbers are never cut
 * by `max`: a column holding a number is at least as wide as that number, since a too-narrow
 * number shows ### where text would only be clipped.
 *
 * The width of a column showing `px` pixels of text is Excel's
 * trunc((px + 5) / 7 × 256) / 256 characters (OOXML's column width rule), rounded up.
 *
 * @example
 * fitColumnWidths({ values: [['Name', 'Budget'], ['Ada Lovelace', 39368.61]],
 *   numberFormats: [{ range: { row: 1, col: 1, rowCount: 1, colCount: 1 }, format: '"£"#,##0.00' }] })
 * // [12.92, 11.17]: "Ada Lovelace" 79.2 px, "£39,368.61" 67.5 px, each with margin and padding
 */
export function fitColumnWidths(content: FitColumnWidthsContent, options: FitColumnWidthsOptions = {}): number[] {
  const min = options.min ?? 8;
  const max = options.max ?? 60;
  const formats = content.numberFormats ?? [];
  const bolds = (content.styles ?? []).filter((style) => style.bold !== undefined);
  const filters = (content.filterHeaders ?? []).map((range) => ({ range }));
  const overflow = new Set(options.overflowRows ?? []);
  const meter = new WidthMeter(max);
  // Rows covered by the same blocks (all of Capacity's week rows) share what each column's cells
  // show: worked out once per column for the run of such rows, not once per cell.
  let covering: { formats: NumberFormatBlock[]; bolds: StyleBlock[]; filters: { range: CellRange }[] } | undefined;
  let looks: CellLook[] = [];
  for (let r = 0; r < content.values.length; r++) {
    // The few blocks that touch this row, so each column looks through two or three at most.
    const rowFormats = formats.filter((block) => coversRow(block.range, r));
    const rowBolds = bolds.filter((style) => coversRow(style.range, r));
    const rowFilters = filters.filter((header) => coversRow(header.range, r));
    if (!covering || !sameItems(covering.formats, rowFormats) || !sameItems(covering.bolds, rowBolds) || !sameItems(covering.filters, rowFilters)) {
      covering = { formats: rowFormats, bolds: rowBolds, filters: rowFilters };
      looks = [];
    }
    meter.measureRow(content.values[r], looks, covering, overflow.has(r));
  }
  const { textPixels, numberPixels } = meter;
  meter.extremes.forEach((column, c) => {
    for (const entry of column) {
      const candidates = [entry.positive, entry.negative].filter((value) => value !== 0);
      if (entry.zero) candidates.push(0);
      for (const value of candidates) {
        let pixels = textWidthPixels(formatNumber(value, entry.format), entry.bold);
        if (pixels === 0) continue;
        if (entry.filter) pixels += FILTER_BUTTON_PIXELS;
        numberPixels[c] = Math.max(numberPixels[c] ?? 0, pixels);
      }
    }
  });
  const columns = Math.max(textPixels.length, numberPixels.length);
  return Array.from({ length: columns }, (_, c) => {
    const text = Math.min(max, Math.max(min, widthOfPixels(textPixels[c] ?? 0)));
    const number = numberPixels[c] === undefined ? 0 : widthOfPixels(numberPixels[c]);
    return Math.max(text, number);
  });
}

/**
 * The widest text and number met per column, cell by cell. Capacity alone shows hundreds of
 * thousands of percentages. Text, and numbers under General or a date format, are formatted and
 * measured once per (format, bold, value). A number under a format whose text only widens with
 * |value| (widensWithMagnitude) is not formatted at all as it is met: digits all have one width
 * in Calibri, so the widest text of a column's positive numbers is that of its largest one,
 * likewise for negatives; only those and a zero are measured, at the end (`extremes`).
 */
class WidthMeter {
  readonly textPixels: number[] = [];
  readonly numberPixels: number[] = [];
  readonly extremes: Extremes[][] = [];
  /** Columns whose text is already as wide as `max` allows: more text cannot widen them, so it is not measured. */
  private readonly textFull: boolean[] = [];
  private readonly measured = { regular: new Map<string | null, Map<PatchValue, number>>(), bold: new Map<string | null, Map<PatchValue, number>>() };
  private readonly magnitudeFormats = new Map<string, boolean>();

  /** `maxWidth`: the widest a column is made for text, in characters. */
  constructor(private readonly maxWidth: number) {}

  /** Measures one row's cells; `looks` (per column) is shared by a run of rows the same blocks cover, and filled in here. */
  measureRow(
    row: readonly PatchValue[], looks: CellLook[],
    covering: { readonly formats: readonly NumberFormatBlock[]; readonly bolds: readonly StyleBlock[]; readonly filters: readonly { range: CellRange }[] },
    textMayOverflow: boolean,
  ): void {
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === '') continue;
      const look = looks[c] ?? (looks[c] = this.lookOf(c, covering));
      const extreme = look.extreme;
      if (extreme && typeof value === 'number' && Math.abs(value) < FIXED_NOTATION_LIMIT) {
        if (value > 0) extreme.positive = Math.max(extreme.positive, value);
        else if (value < 0) extreme.negative = Math.min(extreme.negative, value);
        else extreme.zero = true;
        continue;
      }
      this.measureCell(c, value, look, textMayOverflow);
    }
  }

  private measureCell(c: number, value: PatchValue, look: CellLook, textMayOverflow: boolean): void {
    // Text that may overflow, or that meets a full column, cannot change a width (Conflicts'
    // messages: a column reaches `max` within a few rows).
    if (typeof value !== 'number' && (textMayOverflow || this.textFull[c])) return;
    const cache = this.cacheOf(look.format, look.bold);
    let pixels = cache.get(value);
    if (pixels === undefined) {
      pixels = textWidthPixels(shownText(value, look.format), look.bold);
      cache.set(value, pixels);
    }
    if (pixels === 0) return;
    if (look.filter) pixels += FILTER_BUTTON_PIXELS;
    if (typeof value === 'number') this.numberPixels[c] = Math.max(this.numberPixels[c] ?? 0, pixels);
    else if (pixels > (this.textPixels[c] ?? 0)) {
      this.textPixels[c] = pixels;
      if (widthOfPixels(pixels) >= this.maxWidth) this.textFull[c] = true;
    }
  }

  /** What column `c` shows under the blocks covering a run of rows. */
  private lookOf(
    c: number,
    covering: { readonly formats: readonly NumberFormatBlock[]; readonly bolds: readonly StyleBlock[]; readonly filters: readonly { range: CellRange }[] },
  ): CellLook {
    const format = lastCovering(covering.formats, c)?.format ?? null;
    const bold = lastCovering(covering.bolds, c)?.bold === true;
    const filter = lastCovering(covering.filters, c) !== undefined;
    let extreme: Extremes | undefined;
    if (this.byMagnitude(format)) {
      const column = (this.extremes[c] ??= []);
      extreme = column.find((e) => e.format === format && e.bold === bold && e.filter === filter);
      if (!extreme) column.push((extreme = { format: format as string, bold, filter, positive: 0, negative: 0, zero: false }));
    }
    return { format, bold, filter, extreme };
  }

  private cacheOf(format: string | null, bold: boolean): Map<PatchValue, number> {
    const byFormat = bold ? this.measured.bold : this.measured.regular;
    let cache = byFormat.get(format);
    if (!cache) {
      cache = new Map();
      byFormat.set(format, cache);
    }
    return cache;
  }

  private byMagnitude(format: string | null): boolean {
    if (!TABULAR_DIGITS || format === null) return false;
    let widens = this.magnitudeFormats.get(format);
    if (widens === undefined) this.magnitudeFormats.set(format, (widens = widensWithMagnitude(format)));
    return widens;
  }
}

/** The largest positive and most negative number met, and whether a zero was, under one (format, bold, filter) in a column. */
interface Extremes {
  readonly format: string;
  readonly bold: boolean;
  readonly filter: boolean;
  positive: number;
  negative: number;
  zero: boolean;
}

/**
 * Below this magnitude a number is written in plain digits whatever its format (a percentage
 * is × 100; toFixed turns to exponent notation from 1e21), so its text widens with it. Larger
 * (and non-finite) numbers are measured one by one.
 */
const FIXED_NOTATION_LIMIT = 1e18;

/** Whether every digit has one width, regular and bold: what lets the widest number stand for the rest. */
const TABULAR_DIGITS = [CALIBRI_REGULAR, CALIBRI_BOLD].every((table) => [...'0123456789'].every((digit) => table[digit] === table['0']));

/** What a column's cells show in a run of rows covered by the same blocks. */
interface CellLook {
  readonly format: string | null;
  readonly bold: boolean;
  readonly filter: boolean;
  /** Where its numbers' extremes are kept, when its format widens with magnitude. */
  readonly extreme: Extremes | undefined;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function coversRow(range: CellRange, row: number): boolean {
  return row >= range.row && row < range.row + range.rowCount;
}

/** The last block (the one that wins) covering column `col`, of blocks already known to cover the row. */
function lastCovering<B extends { readonly range: CellRange }>(blocks: readonly B[], col: number): B | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const { range } = blocks[i];
    if (col >= range.col && col < range.col + range.colCount) return blocks[i];
  }
  return undefined;
}

/** Excel's column width for text `pixels` wide, margin and padding included, rounded up to 1/100. */
function widthOfPixels(pixels: number): number {
  if (pixels <= 0) return 0;
  const padded = pixels * MARGIN_RATIO + MARGIN_PIXELS + PADDING_PIXELS;
  const characters = Math.ceil((padded / DIGIT_PIXELS) * 256) / 256;
  return Math.ceil(characters * 100) / 100;
}

/** The text a cell shows: numbers through their format, booleans as Excel writes them. */
function shownText(value: PatchValue, format: string | null): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, format) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}
