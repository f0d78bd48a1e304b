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
  const table = bold ? (boldPixels ??= glyphPixels(CALIBRI_BOLD, CALIBRI_FALLBACK_WIDTH.bold)) : (regularPixels ??= glyphPixels(CALIBRI_REGULAR, CALIBRI_FALLBACK_WIDTH.regular));
  const fallback = table[table.length - 1];
  let pixels = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character (no Calibri width here): the fallback, once.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    pixels += code < table.length - 1 ? table[code] : fallback;
  }
  return pixels;
}

/**
 * Each character's drawn width in pixels, by UTF-16 code unit, up to the highest character the
 * metrics know; the last slot holds the fallback. Worked out once: the summary sheets measure
 * hundreds of thousands of characters, and a property lookup per character cost more than the sum.
 */
function glyphPixels(widths: Readonly<Record<string, number>>, fallbackUnits: number): Float64Array {
  const drawn = (units: number) => {
    const exact = (units * PIXELS_PER_EM) / CALIBRI_UNITS_PER_EM;
    return Math.max(exact, Math.round(exact));
  };
  const chars = Object.keys(widths);
  const size = Math.max(...chars.map((char) => char.charCodeAt(0))) + 1;
  const table = new Float64Array(size + 1).fill(drawn(fallbackUnits));
  for (const char of chars) if (char.length === 1) table[char.charCodeAt(0)] = drawn(widths[char]);
  return table;
}

let regularPixels: Float64Array | undefined;
let boldPixels: Float64Array | undefined;
