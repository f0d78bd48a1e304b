/**
 * Shared test data for the Office adapter tests: a fake installed per test, a small summary
 * sheet patch, and a picture of a workbook to compare "before" and "after".
 */
import { createExcelFake, type ExcelFake, type ExcelFakeOptions } from '../../fakes/excel-fake';
import type { SheetPatch } from '../../../src/workbook/patch';
import { decodeState, STATE_SHEET, type LoadlineState } from '../../../src/workbook/state';

let uninstall: (() => void) | undefined;

/** Creates a fake workbook and installs its Excel and Office globals (removed after the test). */
export function installFake(options: ExcelFakeOptions): ExcelFake {
  uninstall?.();
  const fake = createExcelFake(options);
  uninstall = fake.install(globalThis);
  return fake;
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** A small Conflicts sheet: header, two rows (one a name starting with "="), a link, a RAG format. */
export function conflictsPatch(overrides: Partial<SheetPatch> = {}): SheetPatch {
  return {
    key: 'conflicts',
    title: 'Conflicts',
    values: [
      ['Kind', 'Person', 'Hours', 'From', 'Cell'],
      ['OVERALLOCATED', 'Ada', 12.5, 46083, 'Staff!A2'],
      ['COVERAGE_GAP', '=evil', 4, 46090, 'Staff!A3'],
    ],
    numberFormats: [{ range: { row: 1, col: 3, rowCount: 2, colCount: 1 }, format: 'yyyy-mm-dd' }],
    styles: [{ range: { row: 0, col: 0, rowCount: 1, colCount: 5 }, bold: true, fill: 'DDEBF7' }],
    columnWidths: [18, 12],
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: [{ type: 'textEquals', range: { row: 1, col: 0, rowCount: 2, colCount: 1 }, text: 'OVERALLOCATED', fill: 'FFC7CE', fontColor: '9C0006' }],
    links: [{ row: 1, col: 4, target: { sheet: 'Staff', cell: 'A2' } }],
    ...overrides,
  };
}

/** Everything a user could see of a workbook: tabs in order with visibility, values and fills. */
export function workbookImage(fake: ExcelFake): unknown {
  return fake.sheetNames().map((name) => {
    const sheet = fake.sheet(name);
    return { name, visibility: sheet.visibility, values: sheet.values(), fills: sheet.fills(), freeze: sheet.freeze };
  });
}

/** The state Loadline recorded in the fake workbook (EMPTY_STATE when there is none). */
export function recordedState(fake: ExcelFake): LoadlineState {
  return decodeState(fake.hasSheet(STATE_SHEET) ? fake.sheet(STATE_SHEET).values() : undefined);
}
