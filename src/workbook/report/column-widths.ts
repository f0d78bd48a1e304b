/**
 * Column widths that fit the content as Excel and LibreOffice show it: every cell is measured as
 * its formatted text (the number format applied, as the user sees it) in Calibri 11, bold where
 * the sheet makes it bold, so no cell of a summary sheet ever shows ###.
 */
import type { CellRange, NumberFormatBlock, PatchValue, StyleBlock } from '../patch';
import { formatNumber } from './format-number';
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
  const textPixels: number[] = [];
  const numberPixels: number[] = [];
  // Capacity alone shows hundreds of thousands of percentages, most of them alike: each
  // (format, bold, value) is formatted and measured once.
  const measured = { regular: new Map<string | null, Map<PatchValue, number>>(), bold: new Map<string | null, Map<PatchValue, number>>() };
  const cacheOf = (format: string | null, bold: boolean): Map<PatchValue, number> => {
    const byFormat = bold ? measured.bold : measured.regular;
    let cache = byFormat.get(format);
    if (!cache) {
      cache = new Map();
      byFormat.set(format, cache);
    }
    return cache;
  };
  content.values.forEach((row, r) => {
    // The few blocks that touch this row, so each cell looks through two or three at most.
    const rowFormats = formats.filter((block) => coversRow(block.range, r));
    const rowBolds = bolds.filter((style) => coversRow(style.range, r));
    const rowFilters = filters.filter((header) => coversRow(header.range, r));
    const textMayOverflow = overflow.has(r);
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === '') continue;
      const format = lastCovering(rowFormats, c)?.format ?? null;
      const bold = lastCovering(rowBolds, c)?.bold === true;
      const cache = cacheOf(format, bold);
      let pixels = cache.get(value);
      if (pixels === undefined) {
        pixels = textWidthPixels(shownText(value, format), bold);
        cache.set(value, pixels);
      }
      if (pixels === 0) continue;
      if (lastCovering(rowFilters, c)) pixels += FILTER_BUTTON_PIXELS;
      if (typeof value === 'number') numberPixels[c] = Math.max(numberPixels[c] ?? 0, pixels);
      else if (!textMayOverflow) textPixels[c] = Math.max(textPixels[c] ?? 0, pixels);
    }
  });
  const columns = Math.max(textPixels.length, numberPixels.length);
  return Array.from({ length: columns }, (_, c) => {
    const text = Math.min(max, Math.max(min, widthOfPixels(textPixels[c] ?? 0)));
    const number = numberPixels[c] === undefined ? 0 : widthOfPixels(numberPixels[c]);
    return Math.max(text, number);
  });
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
