/**
 * Excel's built-in number formats: a cell style names them by id only (styles.xml lists just the
 * custom ones, from 164 up). The codes are those of ECMA-376 Part 1, 18.8.30, spelled as the
 * ExcelJS door reported them, so a workbook reads the same through the new door as the old.
 */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00',
  9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  27: '[$-404]e/m/d', 30: 'm/d/yy', 36: '[$-404]e/m/d',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: '[$-404]e/m/d', 57: '[$-404]e/m/d', 59: 't0', 60: 't0.00', 61: 't#,##0', 62: 't#,##0.00',
  67: 't0%', 68: 't0.00%', 69: 't# ?/?', 70: 't# ??/??',
};

/** The id of a built-in format with exactly this code, if any (Loadline then need not add one). */
export function builtinFormatId(code: string): number | undefined {
  for (const [id, builtin] of Object.entries(BUILTIN_FORMATS)) {
    // 14 and 22 are locale-dependent in Excel: never reuse them for an explicit code.
    if (builtin === code && id !== '14' && id !== '22') return Number(id);
  }
  return undefined;
}
