import { fitColumnWidths } from '../../../src/workbook/report/column-widths';
import { moneyFormat } from '../../../src/workbook/report/currency-format';
import { parseSourceCell } from '../../../src/workbook/report/source-cell';
import { groupUtilisation, teamUtilisations } from '../../../src/workbook/report/team-totals';
import { makePersonReport } from './fixtures';

describe('parseSourceCell', () => {
  it('splits at the last "!" so a sheet name may contain one', () => {
    expect(parseSourceCell('Q1!Plan!C7')).toEqual({ sheet: 'Q1!Plan', cell: 'C7', row: 6, col: 2 });
  });

  it('keeps an apostrophe inside a bare name and unquotes a quoted one', () => {
    expect(parseSourceCell("Bob's Plan!B3")).toMatchObject({ sheet: "Bob's Plan", cell: 'B3' });
    expect(parseSourceCell("'Bob''s Plan'!B3")).toMatchObject({ sheet: "Bob's Plan", cell: 'B3' });
  });

  it('normalises absolute addresses', () => {
    expect(parseSourceCell('Staff!$AA$10')).toEqual({ sheet: 'Staff', cell: 'AA10', row: 9, col: 26 });
  });

  it('returns undefined for text that names no cell', () => {
    expect(parseSourceCell('Staff')).toBeUndefined();
    expect(parseSourceCell('!A1')).toBeUndefined();
    expect(parseSourceCell('Staff!A0')).toBeUndefined();
    expect(parseSourceCell('Staff!A1:B2')).toBeUndefined();
  });
});

describe('moneyFormat', () => {
  it('quotes a symbol and spaces a letter code', () => {
    expect(moneyFormat('€')).toBe('"€"#,##0.00');
    expect(moneyFormat('$')).toBe('"$"#,##0.00');
    expect(moneyFormat(' CHF ')).toBe('"CHF "#,##0.00');
    expect(moneyFormat('US$')).toBe('"US$"#,##0.00');
  });

  it('drops double quotes and falls back to the plain format when nothing is left', () => {
    expect(moneyFormat('"€"')).toBe('"€"#,##0.00');
    expect(moneyFormat('""')).toBe('#,##0.00');
    expect(moneyFormat('  ')).toBe('#,##0.00');
    expect(moneyFormat(null)).toBe('#,##0.00');
  });
});

describe('fitColumnWidths', () => {
  it('fits the longest text plus 2, numbers as their integer digits plus 4, within bounds', () => {
    // A: "Ada Lovelace" 12 + 2 = 14; B: 12.5 → "13" 2 + 4 = 6 > "Hours" 5, + 2 = 8;
    // C: 1234567 → 7 + 4 + 2 = 13; D: nothing → the minimum 8; E: 70 characters → the maximum 60.
    const rows = [['Name', 'Hours', 'Amount', null, 'x'.repeat(70)], ['Ada Lovelace', 12.5, -1234567, null, null]];
    expect(fitColumnWidths(rows)).toEqual([14, 8, 13, 8, 60]);
    expect(fitColumnWidths(rows, { min: 4, max: 10 })).toEqual([10, 8, 10, 4, 10]);
  });
});

describe('groupUtilisation', () => {
  it('divides summed demand by summed capacity, not the mean of ratios', () => {
    // capacities 40 and 20, demand 30 and 25: 55 / 60 = 0.91666… → 0.9167
    // (the mean of the ratios 0.75 and 1.25 would be 1).
    const people = [
      makePersonReport('A', 'T', { capacity: [40], ops: [10], project: [20], utilization: [0.75] }),
      makePersonReport('B', 'T', { capacity: [20], ops: [5], project: [20], utilization: [1.25] }),
    ];
    expect(groupUtilisation(people, 1)).toEqual([0.9167]);
  });

  it('is null in a week without capacity, even with demand', () => {
    const people = [makePersonReport('A', 'T', { capacity: [0], ops: [5], project: [0], utilization: [null] })];
    expect(groupUtilisation(people, 1)).toEqual([null]);
  });

  it('groups named teams in text order and leaves out people without a team', () => {
    const week = { capacity: [10], ops: [0], project: [5], utilization: [0.5] };
    const teams = teamUtilisations([
      makePersonReport('A', 'ops', week), makePersonReport('B', null, week),
      makePersonReport('C', 'Apps', week), makePersonReport('D', '', week),
    ], 1);
    // Code-unit order: capital "A" before lower-case "o".
    expect(teams).toEqual([{ team: 'Apps', utilisation: [0.5] }, { team: 'ops', utilisation: [0.5] }]);
  });
});
