import { buildProjectsSheet } from '../../../src/workbook/report/projects-sheet';
import { makePlan, makeReport, samplePlan, sampleReport } from './fixtures';

describe('buildProjectsSheet', () => {
  const sheet = buildProjectsSheet(samplePlan(), sampleReport());

  it('writes one row per project with RAG words, forecast and earned value', () => {
    expect(sheet.values).toEqual([
      ['Project', 'Scope', 'Coverage', 'Time', 'Forecast finish', 'Slip (working days)', 'Cost',
        'Forecast cost', 'Budget', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC', 'ETC', 'VAC', 'TCPI',
        'P50 finish', 'P80 finish', 'P90 finish', 'On-time chance', 'P80 cost', 'Within-budget chance'],
      ['Apollo', 'red', 0.85, 'amber', '2026-05-08', 6, 'green', 12000.5, 15000,
        5000, 4500, 5200, -500, -700, 0.9, 0.8654, 17333.33, 12133.33, -2333.33, 1.1359,
        '2026-05-08', '2026-05-20', '2026-05-27', 0.3125, 13100, 0.9375],
      // No coverage, forecast, budget, actuals or range: blanks, never 0 or NaN.
      ['Zephyr', 'green', null, 'red', null, null, 'green', 0, null,
        null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null],
    ]);
  });

  it('formats coverage as percent, slip as whole days, money in the Settings currency, indices to 2 decimals', () => {
    const column = (col: number) => ({ row: 1, col, rowCount: 2, colCount: 1 });
    const money = '"€"#,##0.00;[Red]-"€"#,##0.00;"–"';
    expect(sheet.numberFormats).toEqual([
      { range: column(2), format: '0%' },
      { range: column(5), format: '0' },
      { range: column(7), format: money }, { range: column(8), format: money },
      { range: column(9), format: money }, { range: column(10), format: money },
      { range: column(11), format: money }, { range: column(12), format: money },
      { range: column(13), format: money },
      { range: column(14), format: '0.00' }, { range: column(15), format: '0.00' },
      { range: column(16), format: money }, { range: column(17), format: money },
      { range: column(18), format: money },
      { range: column(19), format: '0.00' },
      { range: column(23), format: '0%' }, { range: column(24), format: money }, { range: column(25), format: '0%' },
    ]);
  });

  it('colours the Scope, Time and Cost columns red, amber and green by their words', () => {
    const formats = sheet.conditionalFormats;
    expect(formats).toHaveLength(9);
    expect(formats.slice(0, 3)).toEqual([
      { type: 'textEquals', range: { row: 1, col: 1, rowCount: 2, colCount: 1 }, text: 'red', fill: 'FFC7CE', fontColor: '9C0006' },
      { type: 'textEquals', range: { row: 1, col: 1, rowCount: 2, colCount: 1 }, text: 'amber', fill: 'FFEB9C', fontColor: '9C5700' },
      { type: 'textEquals', range: { row: 1, col: 1, rowCount: 2, colCount: 1 }, text: 'green', fill: 'C6EFCE', fontColor: '006100' },
    ]);
    expect(formats.map((format) => format.range.col)).toEqual([1, 1, 1, 3, 3, 3, 6, 6, 6]);
  });

  it('freezes the header and the Project column and styles the header', () => {
    expect(sheet.freeze).toEqual({ rows: 1, cols: 1 });
    expect(sheet.styles).toEqual([{ range: { row: 0, col: 0, rowCount: 1, colCount: 26 }, bold: true, fill: 'D9E1F2' }]);
  });

  it('uses the plain money format without a currency, and no formats without projects', () => {
    const plain = buildProjectsSheet(makePlan([]), sampleReport());
    expect(plain.numberFormats[2].format).toBe('#,##0.00;[Red]-#,##0.00;"–"');
    const empty = buildProjectsSheet(makePlan([]), makeReport());
    expect(empty.values).toHaveLength(1);
    expect(empty.numberFormats).toEqual([]);
    expect(empty.conditionalFormats).toEqual([]);
  });
});
