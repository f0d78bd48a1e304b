/**
 * Applying a WritePlan, and clearing highlights, on an .xlsx workbook by patching its package.
 */
import type { WritePlan } from '../../app/ports';
import { STATE_SHEET, type LoadlineState } from '../../workbook/state';
import { assertWritablePlan } from './assert-writable-plan';
import { paintHighlights, restoreFills } from './highlights';
import { resolveTarget } from './part-names';
import { isRelType } from './relationships';
import { writeStateSheet } from './state-sheet';
import { writeWorksheet } from './write-worksheet';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';
import { attributes, findElement } from './xml';

/**
 * Applies a plan in the order WritePlan documents: restore the previous run's marks, record and
 * mark the highlighted cells, remove and rewrite Loadline's sheets, write the state sheet,
 * activate a sheet. The plan is checked first and a bad plan throws before anything changes.
 * Input sheets change only in the `s` attribute of marked cells (and the tab selection).
 */
export function applyWritePlan(workbook: XlsxWorkbook, plan: WritePlan): void {
  assertWritablePlan(workbook, plan);
  restoreFills(workbook, plan.restoreFills);
  const fills = paintHighlights(workbook, plan.highlights);
  for (const name of plan.removeSheets) {
    const sheet = workbook.findSheet(name);
    if (sheet) workbook.removeSheet(sheet);
  }
  const activate = plan.activate?.toLowerCase();
  const written = new Set(plan.sheets.map(({ name }) => name.toLowerCase()));
  const takenTableNames = tableNames(workbook, workbook.sheets.filter((sheet) => !written.has(sheet.name.toLowerCase())));
  for (const { name, patch } of plan.sheets) {
    // New summary sheets go before the very hidden state sheet, which stays the last tab.
    const sheet = writeWorksheet(workbook, name, patch, {
      replace: workbook.findSheet(name),
      before: workbook.findSheet(STATE_SHEET),
      tabSelected: name.toLowerCase() === activate,
      takenTableNames,
    });
    for (const table of tableNames(workbook, [sheet])) takenTableNames.add(table);
  }
  writeStateSheet(workbook, {
    owned: plan.sheets.map(({ name, patch }) => ({ name, key: patch.key })),
    fills,
    ...(plan.figures ? { figures: plan.figures } : {}),
    applied: plan.applied ?? [],
  });
  if (activate !== undefined) activateSheet(workbook, workbook.sheets.findIndex((sheet) => sheet.name.toLowerCase() === activate));
  else keepActiveTabVisible(workbook);
}

/**
 * Restores every recorded mark and records that none is left; the owned sheets stay recorded.
 * A workbook with no state sheet and nothing recorded is left alone.
 */
export function clearRecordedHighlights(workbook: XlsxWorkbook, state: LoadlineState): void {
  restoreFills(workbook, state.fills);
  if (state.fills.length > 0 || workbook.findSheet(STATE_SHEET)) writeStateSheet(workbook, { ...state, fills: [] });
}

/**
 * Makes the tab at `index` the one Excel opens on. Excel groups every selected tab, so any other
 * tab marked selected in its sheet view is deselected (the only change to those sheets).
 */
function activateSheet(workbook: XlsxWorkbook, index: number): void {
  workbook.activeSheet = index;
  workbook.sheets.forEach((sheet, i) => {
    // Sheets Loadline (re)wrote have no element as read, and are written selected or not already.
    if (i === index || sheet.part === undefined || sheet.element === undefined) return;
    const xml = workbook.sheetXml(sheet);
    // The sheet views come before the cells: look only there, not through a large sheet's data.
    const dataAt = xml.search(/<(?:[\w.-]+:)?sheetData[\s/>]/);
    const views = findElement(dataAt < 0 ? xml : xml.slice(0, dataAt), 'sheetViews');
    if (!views || !/\stabSelected\s*=\s*["'](1|true)["']/.test(views.inner)) return;
    const inner = views.inner.replace(/\stabSelected\s*=\s*["'](1|true)["']/g, '');
    workbook.setSheetXml(sheet, xml.slice(0, views.start) + views.tag + inner + xml.slice(views.start + views.tag.length + views.inner.length));
  });
}

/**
 * Moves the active tab to the first visible sheet when it points at a hidden sheet or past the
 * last one (after sheets before it were removed). Excel shows a hidden active tab as an empty window.
 */
function keepActiveTabVisible(workbook: XlsxWorkbook): void {
  const active = workbook.sheets[workbook.activeSheet];
  if (active && active.state === 'visible') return;
  const firstVisible = workbook.sheets.findIndex((sheet) => sheet.state === 'visible');
  if (firstVisible >= 0) workbook.activeSheet = firstVisible;
}

/** The names of the tables on these sheets. */
function tableNames(workbook: XlsxWorkbook, sheets: readonly SheetEntry[]): Set<string> {
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.part === undefined) continue;
    for (const rel of workbook.relationships(sheet.part)) {
      if (rel.external || !isRelType(rel.type, 'table')) continue;
      const root = findElement(workbook.pkg.text(resolveTarget(sheet.part, rel.target)) ?? '', 'table');
      const name = root ? attributes(root.tag).name : undefined;
      if (name) names.add(name);
    }
  }
  return names;
}
