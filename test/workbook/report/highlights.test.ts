import { buildHighlights } from '../../../src/workbook/report/highlights';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { makeConflict, sampleConflicts } from './fixtures';

const error = (sheet: string, cell: string): Diagnostic => ({ severity: 'error', code: 'NOT_A_DATE', sheet, cell, message: 'not a date' });

describe('buildHighlights', () => {
  it('fills the cells of high and medium conflicts, worst level wins, sorted by sheet, row, column', () => {
    // Staff!A2: medium (Ada over-allocated) and high (OPS_AT_RISK, written $A$2) → high.
    // Bob's Plan!B3: medium and high (SCHEDULE_SLIP) → high. Staff!F2 only medium.
    // Assignments!C5 is named only by a low conflict → no highlight; "not a cell" is skipped.
    expect(buildHighlights(sampleConflicts())).toEqual([
      { sheet: 'Assignments', cell: 'E5', level: 'high' },
      { sheet: "Bob's Plan", cell: 'B3', level: 'high' },
      { sheet: 'Ops Duties', cell: 'B2', level: 'high' },
      { sheet: 'Q1!Plan', cell: 'D2', level: 'high' },
      { sheet: 'Staff', cell: 'A2', level: 'high' },
      { sheet: 'Staff', cell: 'F2', level: 'medium' },
      { sheet: 'Staff', cell: 'A3', level: 'high' },
      { sheet: 'Staff', cell: 'A4', level: 'high' },
    ]);
  });

  it('keeps high when the medium conflict comes after the high one', () => {
    const highlights = buildHighlights([
      makeConflict({ kind: 'OVERALLOCATED', severity: 'high', cells: ['Staff!B2'] }),
      makeConflict({ kind: 'OVERALLOCATED', severity: 'medium', cells: ['Staff!B2'] }),
    ]);
    expect(highlights).toEqual([{ sheet: 'Staff', cell: 'B2', level: 'high' }]);
  });

  it('orders rows numerically and columns past Z after Z', () => {
    const highlights = buildHighlights([
      makeConflict({ kind: 'OVERALLOCATED', severity: 'medium', cells: ['S!A10', 'S!AA2', 'S!Z2', 'S!A9'] }),
    ]);
    expect(highlights.map((highlight) => highlight.cell)).toEqual(['Z2', 'AA2', 'A9', 'A10']);
  });

  it('unquotes a quoted sheet name', () => {
    const highlights = buildHighlights([
      makeConflict({ kind: 'OVERALLOCATED', severity: 'high', cells: ["'Bob''s Plan'!C3"] }),
    ]);
    expect(highlights).toEqual([{ sheet: "Bob's Plan", cell: 'C3', level: 'high' }]);
  });

  it('marks the cell of every error diagnostic as an input issue, not warnings or cell-less errors', () => {
    const highlights = buildHighlights([], [
      error('Time Off', 'C4'),
      { ...error('Staff', 'D3'), severity: 'warning' },
      error('Holidays', ''),
      error('', 'A1'),
      error('Staff', '$B$7'),
      error('Time Off', 'C4'),
    ]);
    expect(highlights).toEqual([
      { sheet: 'Staff', cell: 'B7', level: 'issue' },
      { sheet: 'Time Off', cell: 'C4', level: 'issue' },
    ]);
  });

  it('keeps both the conflict highlight and the issue mark of a cell named by both, issue first', () => {
    const highlights = buildHighlights(
      [makeConflict({ kind: 'OVERALLOCATED', severity: 'medium', cells: ['Staff!A2'] })],
      [error('Staff', 'A2')],
    );
    expect(highlights).toEqual([
      { sheet: 'Staff', cell: 'A2', level: 'issue' },
      { sheet: 'Staff', cell: 'A2', level: 'medium' },
    ]);
  });
});
