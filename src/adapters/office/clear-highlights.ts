/**
 * Clear highlights: puts every recorded fill back and empties the fill record, keeping the
 * owned-sheet record. Fills and the state rewrite share one request when they fit, so a failure
 * leaves the highlights and their records as they were; when they do not fit, fills go first and
 * the record last (restoring an already restored cell again changes nothing).
 */
import { STATE_SHEET, type LoadlineState } from '../../workbook/state';
import { planFills } from './fill-plan';
import { queueRestores } from './fill-operations';
import { protectedSheetCells, type ProtectedSheetCells } from './protected-cells';
import { OPERATION_BYTES } from './request-budget';
import { RequestPacker, sendRequests } from './request-packer';
import { loadSheetList } from './sheet-list';
import { queueSheetContent } from './sheet-writer';
import { stateContent } from './state-content';
import { WorksheetCache } from './worksheet-cache';

/**
 * Restores the fills recorded in `state`; records on protected sheets stay for a later clear,
 * and those sheets are returned ([] when none).
 */
export async function clearRecordedHighlights(state: LoadlineState, budgetBytes: number): Promise<ProtectedSheetCells[]> {
  if (state.fills.length === 0) return [];
  return Excel.run(async (context) => {
    const sheets = new WorksheetCache(context);
    const book = await loadSheetList(context);
    const fills = planFills(state.fills, [], book);
    const packer = new RequestPacker(budgetBytes);
    queueRestores(packer, fills.restore);
    const hasStateSheet = book.has(STATE_SHEET);
    packer.add(2 * OPERATION_BYTES, (cache) => {
      if (hasStateSheet) {
        cache.get(STATE_SHEET).getRange().clear();
        return;
      }
      const sheet = cache.context.workbook.worksheets.add(STATE_SHEET);
      sheet.visibility = 'VeryHidden';
      cache.set(STATE_SHEET, sheet);
    });
    queueSheetContent(packer, STATE_SHEET, stateContent({ ...state, fills: fills.keep }));
    await sendRequests(sheets, packer.requests());
    return protectedSheetCells(fills);
  });
}
