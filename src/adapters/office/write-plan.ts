/**
 * Applies a WritePlan (see app/ports.ts) so that a failure at any round trip leaves either the
 * workbook as it was or as the plan wants it:
 *
 *  1. read: the sheet list (one round trip) and the current fill of every cell to highlight;
 *  2. write: every new summary sheet (with its print setup and tables, the tables under
 *     temporary names) and the new state sheet under temporary, very hidden names, in requests
 *     packed up to the budget;
 *  3. commit, in one request: restore the old highlights, paint the new ones, delete the sheets
 *     being replaced or removed, rename the temporary sheets into place (keeping their tabs),
 *     freeze panes, give the tables their names, swap in the state sheet, activate.
 *
 * If anything fails before the commit ends, the temporary sheets are deleted and nothing the user
 * can see has changed. When the fill changes are too many for one request (tens of thousands of
 * cells), the commit first swaps in a state that records both the old and the new fills, then
 * changes fills request by request, then swaps in the exact state: a failure in between leaves
 * extra records (restoring a cell already restored changes nothing) but never a highlight without
 * its record.
 *
 * A summary sheet to replace or remove that the user has protected stops the write before it
 * starts (ProtectedSheetsError); highlights on a protected input sheet are left as they are and
 * returned, so the user can be told.
 */
import type { WritePlan } from '../../app/ports';
import { STATE_SHEET, type FillSnapshot, type LoadlineState, type RecordedFill } from '../../workbook/state';
import { deleteWorksheet } from './delete-sheet';
import { planFills } from './fill-plan';
import { queueBorderRestores, queueHighlights, queueRestores } from './fill-operations';
import type { PlannedHighlight } from './fill-plan';
import { readFillSnapshots, type CellSnapshot } from './fill-snapshots';
import { protectedSheetCells, type ProtectedSheetCells } from './protected-cells';
import { ProtectedSheetsError } from './protected-sheets-error';
import { OPERATION_BYTES } from './request-budget';
import { RequestPacker, sendRequests, type Operation, type PackedRequest } from './request-packer';
import { loadSheetList, type SheetList } from './sheet-list';
import { sheetPositions } from './sheet-positions';
import { queuePrintSetup } from './print-setup';
import { applyFreezePanes, queueSheetContent } from './sheet-writer';
import { planTables, queueTables, renameTables } from './sheet-tables';
import { stateContent } from './state-content';
import { deleteTemporarySheets, isLeftoverTemporarySheet, temporaryNames } from './temporary-sheets';
import { WorksheetCache } from './worksheet-cache';

/**
 * Applies `plan` to the workbook of the current Office host; returns the protected input sheets
 * whose highlights it left as they were ([] when none).
 */
export async function applyWritePlan(plan: WritePlan, budgetBytes: number): Promise<ProtectedSheetCells[]> {
  return Excel.run(async (context) => {
    const sheets = new WorksheetCache(context);
    const book = await loadSheetList(context);
    const locked = [...plan.sheets.map((s) => s.name), ...plan.removeSheets].flatMap((name) => {
      const sheet = book.find(name);
      return sheet?.isProtected ? [sheet.name] : [];
    });
    if (locked.length > 0) throw new ProtectedSheetsError(locked);
    // A highlight on a sheet this write replaces would be recorded against the new sheet's cells.
    const rewritten = new Set([...plan.sheets.map((s) => s.name), ...plan.removeSheets, STATE_SHEET].map((n) => n.toLowerCase()));
    const highlights = plan.highlights.filter((h) => !rewritten.has(h.sheet.toLowerCase()));
    const fills = planFills(plan.restoreFills, highlights, book);
    // A cell's fill is read unless a previous run recorded it; its border too when it gets an
    // issue mark and no earlier mark recorded it (Loadline's border is on it only then).
    const unknown = fills.highlights.flatMap((h) => {
      const fill = !h.recordedOriginal;
      const border = h.issue && h.recordedOriginal?.border === undefined;
      return fill || border ? [{ highlight: h, request: { sheet: h.sheet, cell: h.cell, fill, border } }] : [];
    });
    const snapshots = await readFillSnapshots(sheets, unknown.map((u) => u.request), budgetBytes);
    const snapshotOf = new Map(unknown.map((u, i) => [u.highlight, snapshots[i]]));
    const newFills: RecordedFill[] = fills.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell, original: recordOf(h, snapshotOf.get(h)) }));
    const owned = plan.sheets.map((s) => ({ name: s.name, key: s.patch.key }));
    const figures = plan.figures ? { figures: plan.figures } : {};
    const finalState: LoadlineState = { owned, fills: [...newFills, ...fills.keep], ...figures, applied: plan.applied ?? [] };

    const fillPacker = new RequestPacker(budgetBytes);
    queueRestores(fillPacker, fills.restore);
    queueBorderRestores(fillPacker, fills.restoreBorders);
    queueHighlights(fillPacker, fills.highlights);
    const fillRequests = fillPacker.requests();
    const fillBytes = fillRequests.reduce((sum, r) => sum + r.bytes, 0);
    const swapBytes = (6 * plan.sheets.length + plan.removeSheets.length + 4) * OPERATION_BYTES;
    const atomic = fillBytes + swapBytes <= budgetBytes;

    const temps = temporaryNames(plan.sheets.length + (atomic ? 1 : 2), book.sheets.map((s) => s.name));
    const stateTemp = temps[plan.sheets.length];
    const exactStateTemp = atomic ? undefined : temps[plan.sheets.length + 1];
    const unionState: LoadlineState = {
      owned,
      fills: [...newFills, ...fills.restore.map(({ sheet, cell, original }) => ({ sheet, cell, original })), ...fills.keep],
      ...figures,
      applied: plan.applied ?? [],
    };

    const writer = new RequestPacker(budgetBytes);
    const leftovers = book.sheets.filter(isLeftoverTemporarySheet).map((s) => s.name);
    writer.add((leftovers.length + 2 * temps.length) * OPERATION_BYTES, (cache) => {
      for (const name of leftovers) deleteWorksheet(cache.get(name), 'VeryHidden');
      for (const name of temps) {
        const sheet = cache.context.workbook.worksheets.add(name);
        sheet.visibility = 'VeryHidden';
        cache.set(name, sheet);
      }
    });
    plan.sheets.forEach((sheet, i) => {
      queueSheetContent(writer, temps[i], sheet.patch);
      queuePrintSetup(writer, temps[i], sheet.patch.print);
    });
    const replacedSheets = new Set([...plan.sheets.map((s) => s.name), ...plan.removeSheets].map((n) => n.toLowerCase()));
    const tables = planTables(plan.sheets.map((s) => s.patch), temps, book.tables, replacedSheets);
    queueTables(writer, tables);
    queueSheetContent(writer, stateTemp, stateContent(atomic ? finalState : unionState));
    if (exactStateTemp) queueSheetContent(writer, exactStateTemp, stateContent(finalState));

    const commit = [...commitOperations(plan, book, temps, leftovers), ...renameTables(tables)];
    try {
      await sendRequests(sheets, writer.requests());
      const fillOperations = atomic ? fillRequests.flatMap((r) => r.operations) : [];
      await sendRequests(sheets, [single([...fillOperations, ...commit, swapState(stateTemp, book.find(STATE_SHEET)?.visibility), ...activation(plan, book)])]);
      if (exactStateTemp) {
        await sendRequests(sheets, fillRequests);
        await sendRequests(sheets, [single([swapState(exactStateTemp, 'VeryHidden')])]);
      }
    } catch (error) {
      await deleteTemporarySheets(context, temps);
      throw error;
    }
    return protectedSheetCells(fills);
  });
}

/** Shows the new sheets, deletes replaced and removed ones, renames the new ones into their tabs, freezes panes. */
function commitOperations(plan: WritePlan, book: SheetList, temps: readonly string[], leftovers: readonly string[]): Operation[] {
  const newNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const replaced = new Map<string, string>();
  const added: string[] = [];
  for (const { name } of plan.sheets) {
    const old = book.find(name);
    if (old) replaced.set(old.name.toLowerCase(), name);
    else added.push(name);
  }
  const removed = plan.removeSheets.map((name) => book.find(name)).flatMap((s) => (s && !newNames.has(s.name.toLowerCase()) ? [s.name] : []));
  const skipped = new Set([STATE_SHEET.toLowerCase(), ...leftovers.map((n) => n.toLowerCase())]);
  const current = book.sheets.map((s) => s.name).filter((name) => !skipped.has(name.toLowerCase()));
  // Each new sheet follows the summary sheet before it in the patch (Loadline's tab order).
  const after = new Map(plan.sheets.slice(1).map((sheet, i) => [sheet.name, plan.sheets[i].name]));
  const positions = sheetPositions(current, replaced, new Set(removed.map((n) => n.toLowerCase())), added, after);

  const operations: Operation[] = [];
  // Visible first: Excel refuses to delete the last visible sheet.
  plan.sheets.forEach((_, i) => operations.push((cache) => { cache.get(temps[i]).visibility = 'Visible'; }));
  for (const name of [...replaced.keys(), ...removed.map((n) => n.toLowerCase())]) {
    const old = book.find(name);
    operations.push((cache) => deleteWorksheet(cache.get(old?.name ?? name), old?.visibility));
  }
  plan.sheets.forEach(({ name }, i) => operations.push((cache) => {
    const sheet = cache.get(temps[i]);
    sheet.name = name;
    cache.set(name, sheet);
  }));
  for (const { name, position } of positions) operations.push((cache) => { cache.get(name).position = position; });
  for (const { name, patch } of plan.sheets) operations.push((cache) => applyFreezePanes(cache.get(name), patch.freeze));
  return operations;
}

/**
 * Replaces the state sheet with the temporary one, which is already very hidden. `oldVisibility`
 * is the old state sheet's visibility, undefined when there is none.
 */
function swapState(temp: string, oldVisibility: string | undefined): Operation {
  return (cache) => {
    if (oldVisibility !== undefined) deleteWorksheet(cache.get(STATE_SHEET), oldVisibility);
    const sheet = cache.get(temp);
    sheet.name = STATE_SHEET;
    cache.set(STATE_SHEET, sheet);
  };
}

function activation(plan: WritePlan, book: SheetList): Operation[] {
  const name = plan.activate;
  if (name === undefined) return [];
  const isNew = plan.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!isNew && book.find(name)?.visibility !== 'Visible') return [];
  return [(cache) => cache.get(name).activate()];
}

/**
 * The record of a highlighted cell: its original fill (recorded by an earlier run, else read now)
 * and, for an input-issue mark, its original border (null: none).
 */
function recordOf(highlight: PlannedHighlight, read: CellSnapshot | undefined): FillSnapshot {
  const fill = highlight.recordedOriginal ?? read?.fill ?? { color: null };
  const { border: _earlier, ...original } = fill;
  if (!highlight.issue) return original;
  const border = highlight.recordedOriginal?.border !== undefined ? highlight.recordedOriginal.border : read?.border;
  const none = border === undefined || border === null || (typeof border === 'object' && Object.keys(border).length === 0);
  return { ...original, border: none ? null : border };
}

function single(operations: Operation[]): PackedRequest {
  return { bytes: operations.length * OPERATION_BYTES, operations };
}
