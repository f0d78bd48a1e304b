/**
 * The no-### rule as a test helper: every number of a sheet, formatted as the sheet formats it
 * and drawn in Calibri 11 (bold where the sheet is bold), fits its column as Excel draws it
 * (width × 7 px, of which 5 px are padding); and text up to the 60-character cap fits too.
 */
import type { SheetPatch } from '../../../src/workbook/patch';
import { formatNumber } from '../../../src/workbook/report/format-number';
import { textWidthPixels } from '../../../src/workbook/report/text-width';

const inside = (range: { row: number; col: number; rowCount: number; colCount: number }, row: number, col: number) =>
  row >= range.row && row < range.row + range.rowCount && col >= range.col && col < range.col + range.colCount;

/** Cells whose shown text does not fit their column: [] when the sheet shows no ###. */
export function cellsThatDoNotFit(sheet: SheetPatch, options: { skipTextRows?: number[] } = {}): string[] {
  const misfits: string[] = [];
  sheet.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === null || typeof value === 'boolean') return;
    if (typeof value === 'string' && (options.skipTextRows ?? []).includes(r)) return;
    const format = [...sheet.numberFormats].reverse().find((block) => inside(block.range, r, c))?.format ?? null;
    const bold = [...sheet.styles].reverse().find((style) => style.bold !== undefined && inside(style.range, r, c))?.bold ?? false;
    const shown = typeof value === 'number' ? formatNumber(value, format) : value;
    const textPixels = textWidthPixels(shown, bold);
    const columnPixels = sheet.columnWidths[c] * 7 - 5;
    const capped = typeof value === 'string' && sheet.columnWidths[c] >= 60;
    if (textPixels > columnPixels && !capped) misfits.push(`${r},${c} "${shown}" ${textPixels.toFixed(1)} px > ${columnPixels.toFixed(1)} px`);
  }));
  return misfits;
}
