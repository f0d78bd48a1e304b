/**
 * Which tab Excel shows when the workbook opens.
 */
import type { Workbook, WorkbookView, Worksheet, WorksheetView } from 'exceljs';
import { isSameSheetName } from './worksheets';

/** A sheet's view; ExcelJS reads and writes `tabSelected` but its typings leave it out. */
type SheetView = Partial<WorksheetView> & { tabSelected?: boolean };

/** Excel's default window, used when the workbook has no view of its own yet. */
const DEFAULT_VIEW: WorkbookView = { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: 'visible' };

/**
 * Makes the named sheet the one Excel opens on. Only the sheets' "selected" flags and the
 * workbook's active tab change: Excel groups every selected tab, so the previously selected one
 * is deselected.
 */
export function activateWorksheet(workbook: Workbook, name: string): void {
  const worksheets = workbook.worksheets;
  const index = worksheets.findIndex((worksheet) => isSameSheetName(worksheet.name, name));
  if (index < 0 || worksheets[index].state !== 'visible') {
    throw new Error(`Cannot activate sheet "${name}": there is no visible sheet of that name.`);
  }
  selectTab(workbook, worksheets, index);
}

/**
 * Moves the active tab to the first visible sheet when it points at a hidden sheet or past the
 * last one (which happens when sheets before it were deleted). Excel shows a hidden active tab
 * as an empty window.
 */
export function keepActiveTabVisible(workbook: Workbook): void {
  const worksheets = workbook.worksheets;
  const view = workbook.views?.[0];
  if (!view) return; // Excel opens on the first visible sheet by itself
  const active = worksheets[view.activeTab ?? 0];
  if (active && active.state === 'visible') return;
  const firstVisible = worksheets.findIndex((worksheet) => worksheet.state === 'visible');
  if (firstVisible >= 0) selectTab(workbook, worksheets, firstVisible);
}

function selectTab(workbook: Workbook, worksheets: readonly Worksheet[], index: number): void {
  const views = workbook.views ?? [];
  const base = views[0] ?? DEFAULT_VIEW;
  const firstSheet = Math.min(base.firstSheet ?? 0, index);
  workbook.views = [{ ...base, activeTab: index, firstSheet }, ...views.slice(1)];
  worksheets.forEach((worksheet, i) => setTabSelected(worksheet, i === index));
}

function setTabSelected(worksheet: Worksheet, selected: boolean): void {
  const [first, ...rest] = (worksheet.views ?? []) as SheetView[];
  if (Boolean(first?.tabSelected) === selected) return;
  // Replace the view object rather than edit it: a loaded sheet's view may be shared.
  const view: SheetView = first ?? { state: 'normal' };
  worksheet.views = [{ ...view, tabSelected: selected }, ...rest] as Partial<WorksheetView>[];
}
