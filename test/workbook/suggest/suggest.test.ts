/**
 * Suggestions, one hand-worked plan per kind. Status date 2026-03-02 is a Monday (2026-W10), so
 * week 0 is 2–8 March 2026; everyone works 40 h a week, 8 h a day, Monday to Friday.
 */
import { checkWorkbook } from '../../../src/app/check';
import type { Conflict, Report } from '../../../src/core/report';
import { applyEdits } from '../../../src/workbook/apply-edits';
import { judge } from '../../../src/core/suggestion-law';
import type { RawWorkbook } from '../../../src/workbook/grid';
import { ASSIGNMENT_HEADER, DUTY_HEADER, PROJECT_HEADER, STAFF_HEADER, workbook, type Grid } from '../../helpers/grids';

const OPTIONS = { asOf: '2026-03-02', today: '2026-11-23' };

function checked(raw: RawWorkbook): Report {
  const result = checkWorkbook(raw, OPTIONS);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

function conflictOf(report: Report, kind: Conflict['kind']): Conflict {
  const found = report.conflicts.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${report.conflicts.map((c) => c.kind).join(', ')}`);
  return found;
}

/** Applies a suggestion to the grids and checks again in full: the law must hold. */
function expectLaw(raw: RawWorkbook, report: Report, conflict: Conflict): void {
  for (const suggestion of conflict.suggestions) {
    if (suggestion.edits.length === 0) continue;
    const after = checkWorkbook(applyEdits(raw, suggestion.edits), { ...OPTIONS, suggest: false });
    if (!after.ok) throw new Error(after.message);
    expect(judge(conflict, report.conflicts, after.report.conflicts).passes).toBe(true);
  }
}

// Staff columns: Name, Team, Cost centre, Hours per week, FTE, Hourly rate, ...
const staff = (name: string, team: string): (string | number | null)[] => [name, team, 'CC', 40, null, 50];

function sheets(rows: { staff: Grid; projects?: Grid; assignments?: Grid; duties?: Grid; timeOff?: Grid; assignmentHeader?: string[] }): RawWorkbook {
  const out: Record<string, Grid> = {
    Staff: [STAFF_HEADER, ...rows.staff],
    Projects: [PROJECT_HEADER, ...(rows.projects ?? [])],
    Assignments: [rows.assignmentHeader ?? ASSIGNMENT_HEADER, ...(rows.assignments ?? [])],
  };
  if (rows.duties) out['Ops Duties'] = [DUTY_HEADER, ...rows.duties];
  if (rows.timeOff) out['Time Off'] = [['Person', 'From', 'To', 'Hours'], ...rows.timeOff];
  return workbook(out);
}

describe('suggestions for OVERALLOCATED', () => {
  // P runs Mon 2 March – Fri 29 May 2026: 13 weeks (W10–W22). Ann is booked 50 h/week on it.
  const raw = sheets({
    staff: [staff('Ann', 'Red'), staff('Bob', 'Red'), staff('Cy', 'Blue')],
    projects: [['P', '2026-03-02', '2026-05-29', null, 650]],
    assignments: [['Ann', 'P', null, null, 50]],
  });
  const report = checked(raw);
  const over = conflictOf(report, 'OVERALLOCATED');

  it('moves the excess to a team mate with the spare hours, as exact edits', () => {
    // 50 − 40 = 10 h over each of 13 weeks: 130 h. Bob (Red team) is free; Cy is in another team.
    expect(over).toMatchObject({ person: 'Ann', from: '2026-03-02', to: '2026-05-31', hours: 130 });
    expect(over.suggestions).toEqual([{
      text: 'Move 10 h/week of P from Ann to Bob in 2026-W10–W22',
      edits: [
        { sheet: 'Assignments', cell: 'E2', before: 50, after: 40 },
        { sheet: 'Assignments', append: { Person: 'Bob', Project: 'P', From: '2026-03-02', To: '2026-05-29', 'Hours per week': 10 } },
      ],
    }]);
  });

  it('removes the conflict when applied, and creates no new one', () => {
    const after = checked(applyEdits(raw, over.suggestions[0].edits));
    expect(after.conflicts.filter((c) => c.kind === 'OVERALLOCATED')).toEqual([]);
    expectLaw(raw, report, over);
  });

  it('offers stretching a booking to the project End before moving hours when that removes more', () => {
    // Ann: 50 h/week on P for 2–27 March (4 weeks, 20 working days) while P runs to 29 May (65 days).
    // Stretched: 50 × 20 / 65 = 15.38 h/week to 29 May: no week over → all 4 × 10 = 40 h removed, 2 edits.
    // Moving 10 h/week to Bob also removes 40 h but takes 2 edits as well: ranked by the lower peak (Ann 38 %, vs 100 %).
    const short = sheets({
      staff: [staff('Ann', 'Red'), staff('Bob', 'Red')],
      projects: [['P', '2026-03-02', '2026-05-29', null, 650]],
      assignments: [['Ann', 'P', '2026-03-02', '2026-03-27', 50]],
    });
    const shortReport = checked(short);
    const conflict = conflictOf(shortReport, 'OVERALLOCATED');
    expect(conflict.hours).toBe(40);
    expect(conflict.suggestions.map((s) => s.text)).toEqual([
      'Stretch Ann\'s booking on P to 29 May 2026 at 15.38 h/week (about the same total)',
      'Move 10 h/week of P from Ann to Bob in 2026-W10–W13',
    ]);
    expect(conflict.suggestions[0].edits).toEqual([
      { sheet: 'Assignments', cell: 'D2', before: '2026-03-27', after: '2026-05-29' },
      { sheet: 'Assignments', cell: 'E2', before: 50, after: 15.38 },
    ]);
    expectLaw(short, shortReport, conflict);
  });
});

describe('suggestions for OPS_AT_RISK', () => {
  // Ann owns Payroll (Critical, 10 h/week) and is booked 40 h/week on P for 2–13 March (W10–W11,
  // 10 working days) while P runs to 29 May: 50 h against 40 h, so Payroll is at risk: 20 h.
  const raw = sheets({
    staff: [staff('Ann', 'Red'), staff('Bob', 'Red')],
    projects: [['P', '2026-03-02', '2026-05-29', null, 400]],
    assignments: [['Ann', 'P', '2026-03-02', '2026-03-13', 40]],
    duties: [['Payroll', 'Ann', null, 10, 'Week', null, null, 'Critical']],
  });
  const report = checked(raw);
  const risk = conflictOf(report, 'OPS_AT_RISK');

  it('relieves the owner; a shift that only moves the risk two weeks on is not offered', () => {
    expect(risk).toMatchObject({ duty: 'Payroll', person: 'Ann', from: '2026-03-02', to: '2026-03-15', hours: 20, severity: 'high' });
    // Stretched to 29 May: 40 × 10 / 65 = 6.15 h/week, Ann at 16.15 h of 40 (40 %): all 20 h go.
    // Moving 10 h/week to Bob also removes 20 h with 2 edits, but leaves Ann at 100 %: second.
    // Shifting two weeks (to 16–27 March) would make Payroll at risk in W12–W13, a new high
    // conflict: the law keeps it out.
    expect(risk.suggestions.map((s) => s.text)).toEqual([
      'Stretch Ann\'s booking on P to 29 May 2026 at 6.15 h/week (about the same total)',
      'Move 10 h/week of P from Ann to Bob in 2026-W10–W11',
    ]);
    expectLaw(raw, report, risk);
  });
});

describe('suggestions for COVERAGE_GAP', () => {
  // Desk: 10 h/week, Critical, owned by Ann, no backup; Ann is on leave 9–13 March (W11): 10 h uncovered.
  const raw = sheets({
    staff: [staff('Ann', 'Red'), staff('Bob', 'Red'), staff('Cy', 'Red')],
    projects: [['P', '2026-03-02', '2026-05-29', null, 200]],
    assignments: [['Cy', 'P', null, null, 20]],
    duties: [['Desk', 'Ann', null, 10, 'Week', null, null, 'Critical']],
    timeOff: [['Ann', '2026-03-09', '2026-03-13', null]],
  });
  const report = checked(raw);
  const gap = conflictOf(report, 'COVERAGE_GAP');

  it('names a backup who is there that week, the least loaded first', () => {
    // Bob and Cy both cover the 10 h; Cy is booked 20 h/week on P, so Bob's peak (25 %) is lower than Cy's (75 %).
    expect(gap).toMatchObject({ duty: 'Desk', from: '2026-03-09', to: '2026-03-15', hours: 10 });
    expect(gap.suggestions.map((s) => s.text)).toEqual([
      'Name Bob as backup for Desk: covers 10 h in 2026-W11',
      'Name Cy as backup for Desk: covers 10 h in 2026-W11',
    ]);
    expect(gap.suggestions[0].edits).toEqual([{ sheet: 'Ops Duties', cell: 'C2', before: null, after: 'Bob' }]);
    expectLaw(raw, report, gap);
  });
});

describe('suggestions for projects short of hours', () => {
  // Q: 100 h estimated, 2–27 March (4 weeks, 20 working days), nobody booked. Bob is free.
  const raw = sheets({
    staff: [staff('Bob', 'Red')],
    projects: [['Q', '2026-03-02', '2026-03-27', null, 100]],
  });
  const report = checked(raw);

  it('books a person with spare capacity for enough hours a week to close the gap', () => {
    // 100 h over 20 days: 100 × 5 / 20 = 25 h/week, within Bob's 40 h: 25 × 20 / 5 = 100 h.
    const none = conflictOf(report, 'NO_ASSIGNMENTS');
    const booking = {
      text: 'Book Bob on Q for 25 h/week from 2 Mar 2026 to 27 Mar 2026 (about 100 h)',
      edits: [{ sheet: 'Assignments', append: { Person: 'Bob', Project: 'Q', From: '2026-03-02', To: '2026-03-27', 'Hours per week': 25 } }],
    };
    expect(none.suggestions).toEqual([booking]);
    expect(conflictOf(report, 'SCOPE_AT_RISK').suggestions).toEqual([booking]);
    expectLaw(raw, report, none);
    expectLaw(raw, report, conflictOf(report, 'SCOPE_AT_RISK'));
  });

  it('gives, as information, the finish the current staffing supports', () => {
    // Ann works 10 h/week on Q (2 h a day): 40 h by 27 March of 100. The other 60 h at 2 h a day
    // take 30 more working days: Friday 8 May 2026, 30 working days after End.
    const slow = sheets({
      staff: [staff('Ann', 'Red')],
      projects: [['Q', '2026-03-02', '2026-03-27', null, 100]],
      assignments: [['Ann', 'Q', null, null, 10]],
    });
    const slip = conflictOf(checked(slow), 'SCHEDULE_SLIP');
    expect(slip.suggestions.at(-1)).toEqual({
      text: 'For information: with the people booked now, Q can finish on 8 May 2026 (30 working days after its End of 27 Mar 2026)',
      edits: [],
    });
  });
});

describe('suggestions for FLEX_INFEASIBLE', () => {
  // Ann: 100 h of flexible work on P over 23 Feb – 6 Mar: 10 available days, 10 h a day; 5 of them
  // (50 h) fall in the horizon, against 40 h spare: 10 h short.
  const raw = sheets({
    staff: [staff('Ann', 'Red'), staff('Bob', 'Red')],
    projects: [['P', '2026-02-02', '2026-06-30', null, 1000]],
    assignments: [['Ann', 'P', '2026-02-23', '2026-03-06', null, null, null, 100]],
  });
  const report = checked(raw);
  const flex = conflictOf(report, 'FLEX_INFEASIBLE');

  it('widens the window first (the whole shortfall goes), then moves hours to a team mate', () => {
    // Widened to 30 June: 100 h over 90 available days fits. Moving 10 h to Bob leaves Ann 90 h:
    // 9 h a day, 45 h in the horizon against 40 h: 5 h short still (5 h removed).
    expect(flex.hours).toBe(10);
    expect(flex.suggestions.map((s) => s.text)).toEqual([
      'Give Ann until 30 Jun 2026 for the 100 h of flexible work on P',
      'Move 10 h of Ann\'s flexible work on P to Bob (23 Feb 2026–6 Mar 2026)',
    ]);
    expect(flex.suggestions[1].edits).toEqual([
      { sheet: 'Assignments', cell: 'H2', before: 100, after: 90 },
      { sheet: 'Assignments', append: { Person: 'Bob', Project: 'P', From: '2026-02-23', To: '2026-03-06', 'Total hours': 10 } },
    ]);
    expectLaw(raw, report, flex);
  });
});

describe('suggestions in general', () => {
  it('are the same for the same plan, and absent on kinds without them', () => {
    const raw = sheets({
      staff: [staff('Ann', 'Red'), staff('Bob', 'Red')],
      projects: [['P', '2026-03-02', '2026-05-29', null, 650, null, null, null, null, null, null, null]],
      assignments: [['Ann', 'P', null, null, 50], ['Bob', 'P', '2026-05-04', '2026-06-12', 5]],
    });
    const first = checked(raw);
    expect(JSON.stringify(checked(raw))).toBe(JSON.stringify(first));
    expect(first.conflicts.find((c) => c.kind === 'OUTSIDE_PROJECT')?.suggestions).toEqual([]);
  });
});
