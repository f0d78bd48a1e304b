/** Column widths that fit the content, within bounds. */
import type { PatchValue } from '../patch';

/** Bounds of a fitted width, in characters. */
export interface FitColumnWidthsOptions {
  readonly min?: number;
  readonly max?: number;
}

/** Room for padding and a filter button beside the longest text. */
const PADDING = 2;

/**
 * Widths in characters, one per column, wide enough for the longest cell, clamped to
 * [min, max] (default 8 to 60; long messages stay on one line and are cut off visually, not
 * wrapped, so each row stays one line high).
 *
 * Numbers are measured as their rounded integer part plus 4 characters: room for the thousands
 * separators, decimals, "%" or a currency symbol a number format adds. The exact shown text
 * depends on the number format and the locale, which the builder does not know.
 *
 * @example
 * fitColumnWidths([['Name', 'Hours'], ['Ada Lovelace', 12.5]]) // [14, 8]
 */
export function fitColumnWidths(
  rows: readonly (readonly PatchValue[])[],
  options: FitColumnWidthsOptions = {},
): number[] {
  const min = options.min ?? 8;
  const max = options.max ?? 60;
  const longest: number[] = [];
  for (const row of rows) {
    row.forEach((value, col) => {
      longest[col] = Math.max(longest[col] ?? 0, shownLength(value));
    });
  }
  return Array.from(longest, (length) => Math.min(max, Math.max(min, (length ?? 0) + PADDING)));
}

function shownLength(value: PatchValue): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(Math.round(Math.abs(value))).length + 4;
  if (typeof value === 'boolean') return 5;
  return 0;
}
