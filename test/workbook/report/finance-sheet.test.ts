import { cellsThatDoNotFit } from './fits';
import { buildFinanceSheet } from '../../../src/workbook/report/finance-sheet';
import { makePlan, makeReport, samplePlan, sampleReport } from './fixtures';

describe('buildFinanceSheet', () => {
  const sheet = buildFinanceSheet(samplePlan(), sampleReport());

  it('writes projects (CapEx and OpEx), then operations, then idle, then totals and the check', () => {
    // Zephyr comes after the ops and idle rows in the report but is grouped with the projects.
    // Check, March: 1000 + 1400 + 200.5 − 2300.5 − 300 = 0.
    // Check, April: 2000 + 1150 + 0 − 3149.99 − 0 = 0.01 (the fixture's paid figure is a cent short).
    expect(sheet.values).toEqual([
      ['Kind', 'Name', 'Cost centre', 'Type', '2026-03', '2026-04'],
      ['Project', 'Apollo', 'IT', 'CapEx', 1000, 2000],
      ['Project', 'Apollo', 'IT', 'OpEx', 500, 250],
      ['Project', 'Zephyr', null, 'CapEx', 0, 0],
      ['Project', 'Zephyr', null, 'OpEx', 100, 100],
      ['Operations', 'Finance', 'Finance', 'OpEx', 800, 800],
      ['Idle', 'IT', 'IT', 'Idle', 200.5, 0],
      ['Total', null, null, 'CapEx', 1000, 2000],
      ['Total', null, null, 'OpEx', 1400, 1150],
      ['Total', null, null, 'Idle', 200.5, 0],
      ['Total', null, null, 'Paid', 2300.5, 3149.99],
      ['Total', null, null, 'Other costs', 300, 0],
      ['Check', 'CapEx + OpEx + Idle − Paid − Other', null, null, 0, 0.01],
    ]);
  });

  it('shows an exact 0 in the check when amounts add up only up to float noise', () => {
    // 0.1 + 0.2 − 0.3 is 5.6e-17 in floating point; in cents it is 10 + 20 − 30 = 0.
    const report = makeReport({
      finance: {
        months: ['2026-03'],
        rows: [],
        totals: { capex: [0.1], opex: [0.2], idle: [0], paid: [0.3], other: [0] },
      },
    });
    const values = buildFinanceSheet(makePlan([]), report).values;
    expect(values[values.length - 1]).toEqual(['Check', 'CapEx + OpEx + Idle − Paid − Other', null, null, 0]);
  });

  it('formats every amount in the currency and styles header, totals and check rows', () => {
    expect(sheet.numberFormats).toEqual([{ range: { row: 1, col: 4, rowCount: 12, colCount: 2 }, format: '"€"#,##0.00;[Red]-"€"#,##0.00;"–"' }]);
    expect(sheet.styles).toEqual([
      { range: { row: 0, col: 0, rowCount: 1, colCount: 6 }, bold: true, fill: 'D9E1F2' },
      { range: { row: 7, col: 0, rowCount: 5, colCount: 6 }, bold: true, fill: 'F2F2F2' },
      { range: { row: 12, col: 0, rowCount: 1, colCount: 6 }, fontColor: '7F7F7F' },
    ]);
  });

  it('freezes the header and the four label columns, and does not size a column to the check label', () => {
    expect(sheet.freeze).toEqual({ rows: 1, cols: 4 });
    // Every label and amount fits ("€3,149.99" in bold totals); the check label may spill over.
    expect(cellsThatDoNotFit(sheet, { skipTextRows: [12] })).toEqual([]);
    // Name holds "Apollo", "Zephyr", "Finance", the bold header "Name" (and the check label, not
    // measured: 34 characters, about 28 wide): about 8 characters.
    expect(sheet.columnWidths[1]).toBeLessThan(10);
  });

  it('writes labels and totals rows but no amount format when the horizon has no month', () => {
    const empty = buildFinanceSheet(makePlan([]), makeReport());
    expect(empty.values).toHaveLength(7);
    expect(empty.numberFormats).toEqual([]);
  });
});
