/**
 * Fill colours between Excel's API and Loadline's FillSnapshot ("RRGGBB" or null for no fill).
 */
import type { Rgb } from '../../workbook/patch';
import type { FillSnapshot } from '../../workbook/state';

/**
 * The snapshot of a cell's fill from Range.format.fill. Excel reports a cell with no fill as
 * colour "#FFFFFF", exactly like a white fill; only `tintAndShade` (ExcelApi 1.9) tells them
 * apart: null for no fill, a number for a fill. Without it (an older host) white is taken as no
 * fill — restoring a white cell as unfilled looks the same, minus the gridlines.
 *
 * @param tintAndShade the loaded value, or undefined when the host lacks ExcelApi 1.9
 */
export function fillSnapshot(color: unknown, tintAndShade: unknown): FillSnapshot {
  const rgb = typeof color === 'string' ? color.replace(/^#/, '').toUpperCase() : '';
  if (!/^[0-9A-F]{6}$/.test(rgb)) return { color: null };
  if (tintAndShade === undefined) return { color: rgb === 'FFFFFF' ? null : rgb };
  return { color: tintAndShade === null ? null : rgb };
}

/** A colour as Office.js takes it: "#RRGGBB". */
export function excelColor(rgb: Rgb): string {
  return `#${rgb.replace(/^#/, '').toUpperCase()}`;
}
