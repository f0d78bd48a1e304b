import { buildWorkbookPatch } from '../../../src/workbook/report/build-patch';
import type { PatchValue } from '../../../src/workbook/patch';
import { cellsThatDoNotFit } from './fits';
import { samplePlan, sampleReport } from './fixtures';

/** Freezes an object graph so any write by the builder throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('buildWorkbookPatch', () => {
  const patch = buildWorkbookPatch(samplePlan(), sampleReport());

  it('writes the six summary sheets in tab order and activates Conflicts', () => {
    expect(patch.sheets.map((sheet) => [sheet.key, sheet.title])).toEqual([
      ['capacity', 'Capacity'],
      ['conflicts', 'Conflicts'],
      ['projects', 'Projects Check'],
      ['finance', 'OpEx CapEx'],
      ['ledger', 'Finance Ledger'],
      ['issues', 'Input Issues'],
    ]);
    expect(patch.activate).toBe('conflicts');
    // 8 conflict highlights and 1 issue mark (Bob's Plan!C4; the Holidays error names no cell).
    expect(patch.highlights).toHaveLength(9);
    expect(patch.highlights).toContainEqual({ sheet: "Bob's Plan", cell: 'C4', level: 'issue' });
  });

  it('sets the print setup of the four sheets finance and managers print, with the status date', () => {
    const print = new Map(patch.sheets.map((sheet) => [sheet.key, sheet.print]));
    const footer = 'Loadline check, status date 2026-03-04';
    expect(print.get('capacity')).toEqual({ orientation: 'landscape', fitToPagesWide: 1, repeatRows: 2, repeatCols: 1, footer });
    expect(print.get('conflicts')).toEqual({ orientation: 'landscape', fitToPagesWide: 1, repeatRows: 1, repeatCols: 0, footer });
    expect(print.get('projects')).toEqual({ orientation: 'landscape', fitToPagesWide: 1, repeatRows: 1, repeatCols: 1, footer });
    expect(print.get('finance')).toEqual({ orientation: 'landscape', fitToPagesWide: 1, repeatRows: 1, repeatCols: 4, footer });
    expect(print.get('ledger')).toBeUndefined();
    expect(print.get('issues')).toBeUndefined();
  });

  it('gives a deep-equal patch for the same inputs and does not touch them', () => {
    const plan = deepFreeze(samplePlan());
    const report = deepFreeze(sampleReport());
    expect(buildWorkbookPatch(plan, report)).toEqual(buildWorkbookPatch(samplePlan(), sampleReport()));
    expect(report).toEqual(sampleReport());
  });

  it('writes rectangular sheets of plain values with no NaN, Infinity or undefined', () => {
    const isPlain = (value: PatchValue) =>
      value === null || typeof value === 'string' || typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    for (const sheet of patch.sheets) {
      const width = sheet.values[0].length;
      for (const row of sheet.values) {
        expect(row).toHaveLength(width);
        expect(row.every(isPlain)).toBe(true);
      }
    }
  });

  it('keeps every format, style, link and filter inside the written cells', () => {
    for (const sheet of patch.sheets) {
      const rows = sheet.values.length;
      const cols = sheet.values[0].length;
      const ranges = [
        ...sheet.numberFormats.map((block) => block.range),
        ...sheet.styles.map((block) => block.range),
        ...sheet.conditionalFormats.map((format) => format.range),
        ...(sheet.autoFilter ? [sheet.autoFilter] : []),
        ...(sheet.tables ?? []).map((table) => table.range),
        ...sheet.links.map((link) => ({ row: link.row, col: link.col, rowCount: 1, colCount: 1 })),
      ];
      for (const range of ranges) {
        expect(range.rowCount).toBeGreaterThan(0);
        expect(range.colCount).toBeGreaterThan(0);
        expect(range.row + range.rowCount).toBeLessThanOrEqual(rows);
        expect(range.col + range.colCount).toBeLessThanOrEqual(cols);
      }
      expect(sheet.columnWidths).toHaveLength(cols);
      // No ###: every value fits its column (the OpEx CapEx check label may spill over).
      const checkRow = sheet.key === 'finance' ? [rows - 1] : [];
      expect(cellsThatDoNotFit(sheet, { skipTextRows: checkRow })).toEqual([]);
    }
  });
});
