/**
 * How wide a text is in Calibri 11 at 96 dpi, in pixels, from the glyphs' advance widths
 * (calibri-metrics.ts, generated from Carlito, Calibri's metric twin).
 */
import { CALIBRI_BOLD, CALIBRI_FALLBACK_WIDTH, CALIBRI_REGULAR, CALIBRI_UNITS_PER_EM } from './calibri-metrics';

/** Pixels per em of an 11-point font at 96 dpi: 11 × 96 / 72. */
const PIXELS_PER_EM = (11 * 96) / 72;

/**
 * Width of `text` in pixels when Calibri 11 draws it. Each glyph counts the larger of its exact
 * width and its width rounded to whole pixels: Excel draws hinted glyphs on whole pixels (a digit
 * is 7 px, not 7.43), LibreOffice draws them unhinted, and the column must fit both.
 *
 * @example
 * textWidthPixels('0000', false) // 4 × 7.43 = 29.7
 */
export function textWidthPixels(text: string, bold: boolean): number {
  const table = bold ? CALIBRI_BOLD : CALIBRI_REGULAR;
  const fallback = bold ? CALIBRI_FALLBACK_WIDTH.bold : CALIBRI_FALLBACK_WIDTH.regular;
  let pixels = 0;
  for (const char of text) {
    const exact = ((table[char] ?? fallback) * PIXELS_PER_EM) / CALIBRI_UNITS_PER_EM;
    pixels += Math.max(exact, Math.round(exact));
  }
  return pixels;
}
