import { fitColumnWidths } from '../../../src/workbook/report/column-widths';
import fc from 'fast-check';
import { CALIBRI_BOLD, CALIBRI_FALLBACK_WIDTH, CALIBRI_REGULAR } from '../../../src/workbook/report/calibri-metrics';
import { textWidthPixels } from '../../../src/workbook/report/text-width';

const range = (row: number, col: number, rowCount = 1, colCount = 1) => ({ row, col, rowCount, colCount });

describe('textWidthPixels', () => {
  it('adds the glyphs’ advance widths at 11 pt and 96 dpi, each at least its whole-pixel width', () => {
    // A digit is 1038 of 2048 units: 1038 / 2048 × 14.667 px = 7.434 px (more than Excel's hinted 7).
    expect(textWidthPixels('0000', false)).toBeCloseTo(4 * 7.4336, 3);
    // "," is 511 units = 3.66 px, drawn on 4 whole pixels: it counts 4.
    expect(textWidthPixels(',', false)).toBe(4);
  });

  it('measures bold wider than regular, and unknown characters at the widest known width', () => {
    expect(textWidthPixels('Name', true)).toBeGreaterThan(textWidthPixels('Name', false));
    // Fallback 1854 units = 13.28 px, wider than "W" (1822 units).
    expect(textWidthPixels('漢', false)).toBeCloseTo((1854 * 14.6667) / 2048, 2);
  });

  it('gives, to the last bit, the sum over the characters (a surrogate pair is one) of each glyph drawn on whole pixels', () => {
    // The definition, character by character, against the table the function builds once.
    const byDefinition = (text: string, bold: boolean) => {
      const table = bold ? CALIBRI_BOLD : CALIBRI_REGULAR;
      const fallback = bold ? CALIBRI_FALLBACK_WIDTH.bold : CALIBRI_FALLBACK_WIDTH.regular;
      let pixels = 0;
      for (const char of text) {
        const exact = ((table[char] ?? fallback) * ((11 * 96) / 72)) / 2048;
        pixels += Math.max(exact, Math.round(exact));
      }
      return pixels;
    };
    expect(textWidthPixels('€1–2 😀x\uD800', false)).toBe(byDefinition('€1–2 😀x\uD800', false));
    const text = fc.array(fc.oneof(fc.constantFrom(...Object.keys(CALIBRI_REGULAR), '😀', '漢', '\uDC00', '\uD83D'), fc.string()), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.boolean(), (value, bold) => textWidthPixels(value, bold) === byDefinition(value, bold)));
  });
});

describe('fitColumnWidths', () => {
  it('fits each column to its widest formatted value in Calibri 11, in Excel width units', () => {
    // A: "Ada Lovelace" = 79.18 px → × 1.04 margin + 3 + 5 padding = 90.35 px → / 7 = 12.907
    //    → × 256 rounded up = 3305 / 256 = 12.910 → 12.92 (rounded up to 1/100).
    // B: 39368.61 shows "£39,368.61": £ and 7 digits 8 × 7.4336 + "," 4 + "." 4 = 67.47 px
    //    → 70.17 + 8 = 78.17 px → 11.167 → 2859 / 256 = 11.168 → 11.17.
    const widths = fitColumnWidths({
      values: [['Name', 'Budget'], ['Ada Lovelace', 39368.61]],
      numberFormats: [{ range: range(1, 1), format: '"£"#,##0.00;[Red]-"£"#,##0.00;"–"' }],
    });
    expect(widths).toEqual([12.92, 11.17]);
  });

  it('measures a number as its format shows it, not as its digits', () => {
    const plain = fitColumnWidths({ values: [[1234567.5]] }, { min: 0 });
    const money = fitColumnWidths({ values: [[1234567.5]], numberFormats: [{ range: range(0, 0), format: '"CHF "#,##0.00' }] }, { min: 0 });
    // "1234567.5" vs "CHF 1,234,567.50": 4 more glyphs, two commas and a space.
    expect(money[0]).toBeGreaterThan(plain[0] + 4);
  });

  it('measures bold cells in bold and leaves room for a filter button in filtered headers', () => {
    const values = [['Cost centre'], ['x']];
    const plain = fitColumnWidths({ values }, { min: 0 })[0];
    const bold = fitColumnWidths({ values, styles: [{ range: range(0, 0), bold: true }] }, { min: 0 })[0];
    const filtered = fitColumnWidths({ values, styles: [{ range: range(0, 0), bold: true }], filterHeaders: [range(0, 0)] }, { min: 0 })[0];
    expect(bold).toBeGreaterThan(plain);
    // 17 px of button × 1.04 = 17.7 px ≈ 2.5 characters.
    expect(filtered - bold).toBeCloseTo(17.68 / 7, 1);
  });

  it('clamps text to [min, max] but never cuts a number, which would show ###', () => {
    const long = 'x'.repeat(200);
    const widths = fitColumnWidths({ values: [[long, null, 'a'], [null, null, 1e15]] }, { min: 4, max: 10 });
    expect(widths[0]).toBe(10);
    expect(widths[1]).toBe(4);
    // 1e15 in General is "1000000000000000": 16 digits × 7.43 = 119 px ≈ 18.7 characters > 10.
    expect(widths[2]).toBeGreaterThan(18);
  });

  it('lets text of an overflow row spill over, but still fits its numbers', () => {
    const values = [['Check', 'CapEx + OpEx + Idle − Paid − Other', 123456789]];
    const widths = fitColumnWidths({ values }, { min: 0, overflowRows: [0] });
    expect(widths[1]).toBe(0);
    expect(widths[2]).toBeGreaterThan(9);
  });

  it('sizes a column to its widest number, not its largest: 1e21 shows "1e+21", shorter than 9e20', () => {
    // Under "0" 9e20 shows 21 digits: 21 × 7.43359 = 156.11 px → × 1.04 + 8 = 170.35 px → / 7 × 256
    // = 6229.9 → 6230 / 256 = 24.336 → 24.34. 1e21 shows "1e+21" (toFixed's exponent form), far
    // narrower, so the column is as wide as for 9e20 alone; the negatives likewise. Column B:
    // "-" is 627 units = 4.49 px, "-900…0" 160.60 px → 175.02 px → 6400.8 → 6401 / 256 = 25.004 → 25.01.
    const numberFormats = [{ range: range(0, 0, 3, 2), format: '0' }];
    expect(fitColumnWidths({ values: [[1e21, -1e21], [9e20, -9e20], [5, -5]], numberFormats })).toEqual([24.34, 25.01]);
  });
});
