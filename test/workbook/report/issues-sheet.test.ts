import { buildIssuesSheet } from '../../../src/workbook/report/issues-sheet';
import { makeReport, sampleReport } from './fixtures';

describe('buildIssuesSheet', () => {
  const sheet = buildIssuesSheet(sampleReport());

  it('writes every diagnostic in the report order', () => {
    expect(sheet.values).toEqual([
      ['Severity', 'Code', 'Sheet', 'Cell', 'Message'],
      ['warning', 'MISSING_RATE', 'Staff', 'D3', 'Ben has no hourly rate: his hours cost 0.'],
      ['error', 'SHEET_MISSING', 'Holidays', null, 'No Holidays sheet.'],
      ['error', 'NOT_A_DATE', "Bob's Plan", 'C4', '"soon" is not a date.'],
    ]);
  });

  it('links the Cell column to the cell when there is one', () => {
    expect(sheet.links).toEqual([
      { row: 1, col: 3, target: { sheet: 'Staff', cell: 'D3' } },
      { row: 3, col: 3, target: { sheet: "Bob's Plan", cell: 'C4' } },
    ]);
  });

  it('does not link a cell without a sheet or an address that is not a cell', () => {
    const report = makeReport({
      diagnostics: [
        { severity: 'error', code: 'SHEET_MISSING', sheet: '', cell: 'A1', message: 'No Staff sheet.' },
        { severity: 'error', code: 'HEADER_NOT_FOUND', sheet: 'Staff', cell: 'A1:C1', message: 'No header.' },
      ],
    });
    expect(buildIssuesSheet(report).links).toEqual([]);
  });

  it('colours severities, filters and freezes the header', () => {
    const severity = { row: 1, col: 0, rowCount: 3, colCount: 1 };
    expect(sheet.conditionalFormats).toEqual([
      { type: 'textEquals', range: severity, text: 'error', fill: 'FFC7CE', fontColor: '9C0006' },
      { type: 'textEquals', range: severity, text: 'warning', fill: 'FFEB9C', fontColor: '9C5700' },
    ]);
    expect(sheet.autoFilter).toEqual({ row: 0, col: 0, rowCount: 4, colCount: 5 });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.styles).toEqual([{ range: { row: 0, col: 0, rowCount: 1, colCount: 5 }, bold: true, fill: 'D9E1F2' }]);
  });
});
