import { buildLedgerSheet, LEDGER_TABLE } from '../../../src/workbook/report/ledger-sheet';
import { makePlan, makeReport, samplePlan, sampleReport } from './fixtures';

describe('buildLedgerSheet', () => {
  const sheet = buildLedgerSheet(samplePlan(), sampleReport());

  it('lists every non-zero amount month by month, in long form, with the month as a date serial', () => {
    // 46082 = 2026-03-01, 46113 = 2026-04-01 (31 days later). Zero amounts (Zephyr's CapEx, the ops
    // row's CapEx, April's idle) give no line; an idle row is typed Idle.
    expect(sheet.values).toEqual([
      ['Month', 'Kind', 'Name', 'Cost centre', 'Type', 'Amount'],
      [46082, 'Project', 'Apollo', 'IT', 'CapEx', 1000],
      [46082, 'Project', 'Apollo', 'IT', 'OpEx', 500],
      [46082, 'Ops', 'Finance', 'Finance', 'OpEx', 800],
      [46082, 'Idle', 'IT', 'IT', 'Idle', 200.5],
      [46082, 'Project', 'Zephyr', null, 'OpEx', 100],
      [46113, 'Project', 'Apollo', 'IT', 'CapEx', 2000],
      [46113, 'Project', 'Apollo', 'IT', 'OpEx', 250],
      [46113, 'Ops', 'Finance', 'Finance', 'OpEx', 800],
      [46113, 'Project', 'Zephyr', null, 'OpEx', 100],
    ]);
  });

  it('holds one table, LoadlineLedger, over the header and the lines, with dates and money formatted', () => {
    expect(sheet.key).toBe('ledger');
    expect(sheet.title).toBe('Finance Ledger');
    expect(sheet.tables).toEqual([{ name: LEDGER_TABLE, range: { row: 0, col: 0, rowCount: 10, colCount: 6 }, style: 'TableStyleMedium2' }]);
    expect(sheet.autoFilter).toBeUndefined();
    expect(sheet.numberFormats).toEqual([
      { range: { row: 1, col: 0, rowCount: 9, colCount: 1 }, format: 'yyyy-mm-dd' },
      { range: { row: 1, col: 5, rowCount: 9, colCount: 1 }, format: '"€"#,##0.00;[Red]-"€"#,##0.00;"–"' },
    ]);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
  });

  it('counts months from 1904 in a workbook on the 1904 date system', () => {
    // 46082 − 1462 = 44620.
    expect(buildLedgerSheet(samplePlan(), sampleReport(), true).values[1][0]).toBe(44620);
  });

  it('keeps one blank data row when there is nothing to list, since Excel needs one in a table', () => {
    const empty = buildLedgerSheet(makePlan([]), makeReport());
    expect(empty.values).toEqual([
      ['Month', 'Kind', 'Name', 'Cost centre', 'Type', 'Amount'],
      [null, null, null, null, null, null],
    ]);
    expect(empty.tables?.[0].range).toEqual({ row: 0, col: 0, rowCount: 2, colCount: 6 });
  });
});
