/**
 * Applying a WritePlan, and clearing highlights, on an in-memory ExcelJS workbook.
 */
import type { Workbook } from 'exceljs';
import { a1, parseA1 } from '../../workbook/address';
import { HIGHLIGHT_FILL, type Highlight, type HighlightLevel } from '../../workbook/patch';
import type { LoadlineState, RecordedFill } from '../../workbook/state';
import type { WritePlan } from '../../app/ports';
import { activateWorksheet, keepActiveTabVisible } from './activate-sheet';
import { assertWritablePlan } from './assert-writable-plan';
import { restoreFill, setFill, snapshotFill, solidFill } from './fills';
import { hasStateSheet, writeStateSheet } from './state-sheet';
import { removeWorksheet, replaceWorksheet, worksheetLookup } from './worksheets';
import { writeSheetPatch } from './write-sheet-patch';

/**
 * Applies a plan in the order WritePlan documents: restore the previous run's fills, record and
 * paint the highlights, remove and rewrite Loadline's sheets, write the state sheet, activate a
 * sheet. The plan is checked first and a bad plan throws before anything changes. Input values,
 * formulas, number formats and every other part of an input cell's style are left as they were.
 * The summary sheets' cells are made only when the workbook is saved (see cells-on-save.ts):
 * until then those worksheets hold their layout (widths, panes, rules, filter) and no cells.
 */
export function applyWritePlan(workbook: Workbook, plan: WritePlan): void {
  assertWritablePlan(workbook, plan);
  restoreFills(workbook, plan.restoreFills);
  const fills = paintHighlights(workbook, plan.highlights);
  for (const name of plan.removeSheets) removeWorksheet(workbook, name);
  // Nothing reads the summary sheets back before the workbook is saved, and Capacity alone can
  // hold millions of cells: they are made while saving, not kept in memory.
  for (const { name, patch } of plan.sheets) writeSheetPatch(replaceWorksheet(workbook, name), patch, 'on save');
  writeStateSheet(workbook, {
    owned: plan.sheets.map(({ name, patch }) => ({ name, key: patch.key })),
    fills,
    ...(plan.figures ? { figures: plan.figures } : {}),
    applied: plan.applied ?? [],
  });
  if (plan.activate !== undefined) activateWorksheet(workbook, plan.activate);
  else keepActiveTabVisible(workbook);
}

/**
 * Restores every recorded fill and records that none is left; the owned sheets stay recorded.
 * A workbook with no state sheet and nothing recorded is left alone.
 */
export function clearRecordedHighlights(workbook: Workbook, state: LoadlineState): void {
  restoreFills(workbook, state.fills);
  if (state.fills.length > 0 || hasStateSheet(workbook)) writeStateSheet(workbook, { ...state, fills: [] });
}

/**
 * Puts recorded fills back. Records whose sheet or cell no longer exists are skipped: the state
 * is only a record. Later records are restored first, so when one cell was recorded twice the
 * earlier (original) fill wins.
 */
function restoreFills(workbook: Workbook, fills: readonly RecordedFill[]): void {
  const findWorksheet = worksheetLookup(workbook);
  for (let i = fills.length - 1; i >= 0; i--) {
    const { sheet, cell, original } = fills[i];
    const worksheet = findWorksheet(sheet);
    const position = parseA1(cell);
    if (!worksheet || !position) continue;
    const target = worksheet.findCell(position.row + 1, position.col + 1);
    if (target) restoreFill(target, original);
    else if (original.color !== null || original.native !== undefined) {
      restoreFill(worksheet.getCell(position.row + 1, position.col + 1), original);
    }
  }
}

/**
 * Records each highlighted cell's fill, then fills it. A cell named by several highlights is
 * recorded once, before Loadline touched it, and gets the most severe colour.
 */
function paintHighlights(workbook: Workbook, highlights: readonly Highlight[]): RecordedFill[] {
  const recorded: RecordedFill[] = [];
  const levels = new Map<string, HighlightLevel>();
  const findWorksheet = worksheetLookup(workbook);
  for (const highlight of highlights) {
    const worksheet = findWorksheet(highlight.sheet);
    const position = parseA1(highlight.cell);
    if (!worksheet || !position) continue; // ruled out by assertWritablePlan
    const address = a1(position.row, position.col);
    const key = `${worksheet.name}\u0000${address}`;
    const previous = levels.get(key);
    if (previous === 'high' || previous === highlight.level) continue;
    const cell = worksheet.getCell(position.row + 1, position.col + 1);
    if (previous === undefined) recorded.push({ sheet: worksheet.name, cell: address, original: snapshotFill(cell) });
    levels.set(key, highlight.level);
    setFill(cell, solidFill(HIGHLIGHT_FILL[highlight.level]));
  }
  return recorded;
}
