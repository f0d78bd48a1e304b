import { buildConflictsSheet } from '../../../src/workbook/report/conflicts-sheet';
import { makeConflict, makeReport, sampleReport } from './fixtures';

describe('buildConflictsSheet', () => {
  const sheet = buildConflictsSheet(sampleReport());

  it('lists conflicts worst first: severity, then kind, then From, then subject', () => {
    // high: OVERALLOCATED Ben (03-02) and =Cy (03-09) by From; then OPS_AT_RISK; then SCHEDULE_SLIP
    //       (kind order beats its earlier From); medium: Ada; low: COVERAGE_GAP before OUTSIDE_PROJECT.
    expect(sheet.values.map((row) => [row[0], row[1], row[2] ?? row[3] ?? row[4]])).toEqual([
      ['Severity', 'Kind', 'Person'],
      ['high', 'OVERALLOCATED', 'Ben'],
      ['high', 'OVERALLOCATED', '=Cy'],
      ['high', 'OPS_AT_RISK', 'Ada'],
      ['high', 'SCHEDULE_SLIP', 'Apollo'],
      ['medium', 'OVERALLOCATED', 'Ada'],
      ['low', 'COVERAGE_GAP', 'Backups'],
      ['low', 'OUTSIDE_PROJECT', '=Cy'],
    ]);
  });

  it('writes every column of a conflict, blanks for absent subjects, and all its cells', () => {
    expect(sheet.values[0]).toEqual(
      ['Severity', 'Kind', 'Person', 'Project', 'Duty', 'From', 'To', 'Hours', 'Message', 'Cells', 'Suggestion'],
    );
    expect(sheet.values[2]).toEqual([
      'high', 'OVERALLOCATED', '=Cy', null, null, '2026-03-09', '2026-03-15', 8,
      '=Cy is at 125 % in 2026-W11', 'Staff!A4, Assignments!E5', null,
    ]);
    expect(sheet.values[6][9]).toBeNull();
  });

  it('links each row to its first source cell, splitting at the last "!" and keeping quotes in names', () => {
    expect(sheet.links).toEqual([
      { row: 1, col: 9, target: { sheet: 'Staff', cell: 'A3' } },
      { row: 2, col: 9, target: { sheet: 'Staff', cell: 'A4' } },
      { row: 3, col: 9, target: { sheet: 'Ops Duties', cell: 'B2' } },
      { row: 4, col: 9, target: { sheet: 'Q1!Plan', cell: 'D2' } },
      { row: 5, col: 9, target: { sheet: "Bob's Plan", cell: 'B3' } },
      // Row 6 (COVERAGE_GAP) names no cell: no link.
      { row: 7, col: 9, target: { sheet: 'Assignments', cell: 'C5' } },
    ]);
  });

  it('puts an autofilter on the header and data, freezes the header and formats hours', () => {
    expect(sheet.autoFilter).toEqual({ row: 0, col: 0, rowCount: 8, colCount: 11 });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.styles).toEqual([{ range: { row: 0, col: 0, rowCount: 1, colCount: 11 }, bold: true, fill: 'D9E1F2' }]);
    expect(sheet.numberFormats).toEqual([{ range: { row: 1, col: 7, rowCount: 7, colCount: 1 }, format: '#,##0.00' }]);
  });

  it('colours high and medium severity words in the highlight colours', () => {
    const severity = { row: 1, col: 0, rowCount: 7, colCount: 1 };
    expect(sheet.conditionalFormats).toEqual([
      { type: 'textEquals', range: severity, text: 'high', fill: 'FFC7CE', fontColor: '9C0006' },
      { type: 'textEquals', range: severity, text: 'medium', fill: 'FFEB9C', fontColor: '9C5700' },
    ]);
  });

  it('breaks ties on the same From date by person, then project, then duty', () => {
    const report = makeReport({
      conflicts: [
        makeConflict({ kind: 'OPS_AT_RISK', severity: 'high', person: 'Ada', duty: 'Payroll' }),
        makeConflict({ kind: 'OPS_AT_RISK', severity: 'high', person: 'Ada', duty: 'Close' }),
        makeConflict({ kind: 'OUTSIDE_PROJECT', severity: 'high', person: 'Zed', project: 'A' }),
        makeConflict({ kind: 'OUTSIDE_PROJECT', severity: 'high', person: 'Abe', project: 'B' }),
      ],
    });
    expect(buildConflictsSheet(report).values.slice(1).map((row) => [row[2], row[3], row[4]])).toEqual([
      ['Ada', null, 'Close'],
      ['Ada', null, 'Payroll'],
      ['Abe', 'B', null],
      ['Zed', 'A', null],
    ]);
  });

  it('writes the best suggestion\'s line, saying how many more there are', () => {
    const suggestion = (text: string) => ({ text, edits: [] });
    const report = makeReport({
      conflicts: [
        makeConflict({ kind: 'OVERALLOCATED', severity: 'high', person: 'Ada', suggestions: [suggestion('Move 8 h/week of P from Ada to Bo in 2026-W10'), suggestion('Other')] }),
        makeConflict({ kind: 'OVERALLOCATED', severity: 'high', person: 'Bo', suggestions: [suggestion('Give Bo\'s booking on P to Cy')] }),
      ],
    });
    expect(buildConflictsSheet(report).values.slice(1).map((row) => row[10])).toEqual([
      'Move 8 h/week of P from Ada to Bo in 2026-W10 (1 more in the task pane)',
      'Give Bo\'s booking on P to Cy',
    ]);
  });

  it('writes only the header, with its autofilter, when there is no conflict', () => {
    const empty = buildConflictsSheet(makeReport());
    expect(empty.values).toHaveLength(1);
    expect(empty.autoFilter).toEqual({ row: 0, col: 0, rowCount: 1, colCount: 11 });
    expect(empty.numberFormats).toEqual([]);
    expect(empty.conditionalFormats).toEqual([]);
    expect(empty.links).toEqual([]);
  });
});
