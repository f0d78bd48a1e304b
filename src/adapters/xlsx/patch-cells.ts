/**
 * The cells a SheetPatch makes, row by row: which cells exist, what they hold and how they look.
 * Both ways of writing a summary sheet (as ExcelJS cells now, or as XML when the workbook is
 * saved; see write-sheet-patch.ts) take their cells from here, so they write the same file.
 */
import type { Style } from 'exceljs';
import { quoteSheetName } from '../../workbook/address';
import type { CellRange, InternalLink, PatchValue, SheetPatch, StyleBlock } from '../../workbook/patch';
import { solidFill } from './fills';

/** The font colour of Excel's built-in "Hyperlink" cell style. */
const LINK_COLOR = 'FF0563C1';

/** A link cell's value as ExcelJS takes it: the text shown and the `#Sheet!A1` it opens. */
export interface LinkValue {
  readonly text: string;
  readonly hyperlink: string;
}

/**
 * One row of a patch (zero-based `index`), indexed by zero-based column. A cell exists when it has
 * a link, a value other than null or '' (blank cells are not written), or a style. `styles` holds
 * the cell's whole style; the same object is shared by every cell styled alike.
 */
export interface PatchRow {
  readonly index: number;
  readonly values: readonly PatchValue[];
  readonly links: readonly (LinkValue | undefined)[];
  readonly styles: readonly (Partial<Style> | undefined)[];
}

/** The reference a link cell points to, e.g. `#'Ops Duties'!B4`. */
export function linkAddress(link: InternalLink): string {
  return `#${quoteSheetName(link.target.sheet)}!${link.target.cell}`;
}

/** True when a value is written as a cell value (null and '' leave the cell blank). */
export function isWrittenValue(value: PatchValue | undefined): value is string | number | boolean {
  return value !== null && value !== undefined && value !== '';
}

/** One cell a patch row writes: its zero-based column and what it holds. */
export interface WrittenCell {
  readonly col: number;
  readonly link: LinkValue | undefined;
  readonly value: PatchValue | undefined;
  readonly style: Partial<Style> | undefined;
}

/** Calls `visit` for each cell of a row that exists: one with a link, a written value or a style, left to right. */
export function forEachWrittenCell(row: PatchRow, visit: (cell: WrittenCell) => void): void {
  const width = Math.max(row.values.length, row.links.length, row.styles.length);
  for (let col = 0; col < width; col++) {
    const link = row.links[col];
    const value = row.values[col];
    const style = row.styles[col];
    if (link || isWrittenValue(value) || style) visit({ col, link, value, style });
  }
}

/**
 * Calls `visit` for every row from A1 to the last row the patch touches, in order. A cell's
 * style is made from nothing in the order the patch lists its parts: the blue underlined font of
 * a link (Excel's Hyperlink style), then each number format block, then each style block, so a
 * later block wins over an earlier one and a style block may restyle a link.
 *
 * @example
 * // values [['Name', 'Week 1'], ['Ann', 0.8]], a '0%' block on B2
 * // visits row 0 (A1, B1: values, no style), then row 1 (A2: value; B2: 0.8 with { numFmt: '0%' })
 */
export function forEachPatchRow(patch: SheetPatch, visit: (row: PatchRow) => void): void {
  const styles = new SharedStyles();
  const changes: StyleChange[] = [
    ...patch.numberFormats.map((block): StyleChange => ({
      range: block.range, key: `numFmt ${block.format}`, make: () => ({ numFmt: block.format }),
    })),
    ...patch.styles.map((block, i): StyleChange => ({
      range: block.range, key: `block ${i}`, make: (before) => styleBlockChanges(before, block),
    })),
  ];
  const changesByRow = bucketByRow(changes, (change) => change.range);
  const linksByRow = bucketByRow(patch.links, (link) => ({ row: link.row, col: link.col, rowCount: 1, colCount: 1 }));
  const rowCount = Math.max(patch.values.length, changesByRow.length, linksByRow.length);
  for (let r = 0; r < rowCount; r++) {
    const values = patch.values[r] ?? [];
    const links: (LinkValue | undefined)[] = [];
    const rowStyles: (Partial<Style> | undefined)[] = [];
    for (const link of linksByRow[r] ?? []) {
      const value = values[link.col];
      // ExcelJS treats a link with empty text as an unknown value, so a blank cell shows its target.
      const text = isWrittenValue(value) ? String(value) : `${link.target.sheet}!${link.target.cell}`;
      links[link.col] = { text, hyperlink: linkAddress(link) };
      rowStyles[link.col] = styles.restyle(rowStyles[link.col], 'link', linkFont);
    }
    for (const { range, key, make } of changesByRow[r] ?? []) {
      for (let c = range.col; c < range.col + range.colCount; c++) rowStyles[c] = styles.restyle(rowStyles[c], key, make);
    }
    visit({ index: r, values, links, styles: rowStyles });
  }
}

/** A change to the style of every cell of a range; `key` names the change exactly. */
interface StyleChange {
  readonly range: CellRange;
  readonly key: string;
  readonly make: (before: Partial<Style>) => Partial<Style>;
}

/**
 * Style objects shared between the cells that end up styled alike.
 *
 * ExcelJS gives every new cell a style object of its own, and when saving looks each cell's
 * object up in a WeakMap to find its style number, working the number out afresh (by rendering
 * the style as XML) for every object it has not seen. With one object per cell, a summary sheet
 * of 1.7 million cells costs that much work, a WeakMap of that many entries (slow for the garbage
 * collector) and a style object per cell. Cells that start alike and receive the same change
 * share one object instead, as ExcelJS's own reader shares the styles of loaded cells. A style
 * object is therefore never edited in place (see fills.ts): every change makes another object.
 */
class SharedStyles {
  /** Stands for "no style yet". */
  private readonly empty: Partial<Style> = {};
  /** Style before a change → change key → style after it. */
  private readonly after = new WeakMap<Partial<Style>, Map<string, Partial<Style>>>();

  /**
   * The style `make(before)` turns `before` into, the same object for the same style before and
   * the same `key`. Equal keys must mean equal changes.
   */
  restyle(before: Partial<Style> | undefined, key: string, make: (before: Partial<Style>) => Partial<Style>): Partial<Style> {
    const base = before ?? this.empty;
    let byKey = this.after.get(base);
    if (!byKey) this.after.set(base, (byKey = new Map()));
    let style = byKey.get(key);
    if (!style) byKey.set(key, (style = { ...base, ...make(base) }));
    return style;
  }
}

function linkFont(before: Partial<Style>): Partial<Style> {
  return { font: { ...before.font, color: { argb: LINK_COLOR }, underline: true } };
}

function styleBlockChanges(before: Partial<Style>, block: StyleBlock): Partial<Style> {
  const style: Partial<Style> = {};
  if (block.bold !== undefined || block.fontColor !== undefined) {
    style.font = { ...before.font };
    if (block.bold !== undefined) style.font.bold = block.bold;
    if (block.fontColor !== undefined) style.font.color = { argb: `FF${block.fontColor.toUpperCase()}` };
  }
  if (block.fill !== undefined) style.fill = solidFill(block.fill);
  if (block.wrap !== undefined) style.alignment = { ...before.alignment, wrapText: block.wrap };
  return style;
}

/** The items touching each row, in their original order; rows no item touches are holes. */
function bucketByRow<T>(items: readonly T[], rangeOf: (item: T) => CellRange): T[][] {
  const buckets: T[][] = [];
  for (const item of items) {
    const { row, rowCount } = rangeOf(item);
    for (let r = row; r < row + rowCount; r++) (buckets[r] ??= []).push(item);
  }
  return buckets;
}
