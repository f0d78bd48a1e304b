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
