/**
 * Cell fills: recording a cell's fill, painting a highlight, and putting the recorded fill back.
 *
 * ExcelJS shares one style object between every loaded cell of the same style (and between the
 * cells of a merge), so a fill is never edited in place: each change gives the cell a new style
 * object, or the fill would spread to unrelated cells.
 */
import type { Cell, Fill } from 'exceljs';
import type { Rgb } from '../../workbook/patch';
import type { FillSnapshot } from '../../workbook/state';

/** A solid fill of one colour (6-digit hex RGB), as ExcelJS describes it. */
export function solidFill(rgb: Rgb): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb.toUpperCase()}` } };
}

/**
 * A cell's current fill: ExcelJS's own fill object as `native` (so this door restores it
 * exactly: patterns, theme colours, gradients) and, for other doors, its colour when it is a
 * solid RGB fill, else null.
 */
export function snapshotFill(cell: Cell): FillSnapshot {
  const fill = cell.style?.fill;
  if (!fill) return { color: null };
  return { color: solidRgb(fill), native: JSON.parse(JSON.stringify(fill)) as unknown };
}

/** Gives a cell a new fill (undefined: no fill) without touching the other parts of its style. */
export function setFill(cell: Cell, fill: Fill | undefined): void {
  const { fill: _previous, ...rest } = cell.style ?? {};
  cell.style = fill ? { ...rest, fill } : rest;
}

/**
 * Puts a recorded fill back: the native ExcelJS fill when the snapshot has one, else a solid
 * fill of its colour, else no fill. A snapshot recorded by another door carries its own native
 * description, which is not an ExcelJS fill and falls back to the colour.
 */
export function restoreFill(cell: Cell, snapshot: FillSnapshot): void {
  if (isExcelJsFill(snapshot.native)) {
    setFill(cell, JSON.parse(JSON.stringify(snapshot.native)) as Fill);
  } else if (typeof snapshot.color === 'string' && /^[0-9A-Fa-f]{6}$/.test(snapshot.color)) {
    setFill(cell, solidFill(snapshot.color));
  } else {
    setFill(cell, undefined);
  }
}

function solidRgb(fill: Fill): Rgb | null {
  if (fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  if (typeof argb !== 'string') return null;
  if (/^[0-9A-Fa-f]{8}$/.test(argb)) return argb.slice(2).toUpperCase();
  if (/^[0-9A-Fa-f]{6}$/.test(argb)) return argb.toUpperCase();
  return null;
}

function isExcelJsFill(native: unknown): native is Fill {
  if (typeof native !== 'object' || native === null) return false;
  const type = (native as { type?: unknown }).type;
  return type === 'pattern' || type === 'gradient';
}
