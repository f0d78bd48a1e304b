/**
 * Flexible work (DESIGN.md "Flexible work"): the Total hours column, its spread in the load view
 * and the interval test, against figures worked out by hand. Status date 2026-03-02 is a Monday,
 * so the horizon's week 0 is 2–8 March 2026.
 */
import { worstFlexWindow } from '../../src/core/flex-feasibility';
import { readPlan } from '../../src/workbook/read-plan';
import { check, personOf, PROJECT_HEADER, STAFF_HEADER, DUTY_HEADER, workbook, type Grid } from '../helpers/grids';

const FLEX_HEADER = ['Person', 'Project', 'From', 'To', 'Total hours', 'Hours per week', 'Status'];
const ann = ['Ann', 'T', 'CC', 40, null, 50];
const bob = ['Bob', 'T', 'CC', 40, null, 50];
// Project P runs 2 Feb – 30 Jun 2026.
const p = ['P', '2026-02-02', '2026-06-30', null, 1000];

function flexPlan(assignments: Grid, extra: { duties?: Grid; holidays?: Grid } = {}) {
  const sheets: Record<string, Grid> = {
    Staff: [STAFF_HEADER, ann, bob], Projects: [PROJECT_HEADER, p], Assignments: [FLEX_HEADER, ...assignments],
  };
  if (extra.duties) sheets['Ops Duties'] = [DUTY_HEADER, ...extra.duties];
  if (extra.holidays) sheets.Holidays = [['Date', 'Name', 'Location'], ...extra.holidays];
  return workbook(sheets);
}

describe('worstFlexWindow (the interval test)', () => {
  const spare = (...hours: number[]) => new Float64Array(hours);

  it('finds the shortfall of one item larger than its window\'s spare hours', () => {
    // 5 days × 8 h = 40 h spare; 50 h to do: 10 h short.
    expect(worstFlexWindow(spare(8, 8, 8, 8, 8), [{ first: 0, last: 4, hours: 50 }]))
      .toEqual({ first: 0, last: 4, need: 50, have: 40, shortfall: 10, items: [0] });
  });

  it('lets work fit within the 0.01 h tolerance and not beyond it', () => {
    expect(worstFlexWindow(spare(8, 8, 8, 8, 8), [{ first: 0, last: 4, hours: 40.01 }])).toBeNull();
    // 40.02 − 40 = 0.02 > 0.01.
    expect(worstFlexWindow(spare(8, 8, 8, 8, 8), [{ first: 0, last: 4, hours: 40.02 }])?.shortfall).toBeCloseTo(0.02, 9);
  });

  it('tests inner windows: a tight early item fails even when the total fits', () => {
    // A: days 0–1, 20 h; B: days 0–4, 20 h; 8 h a day spare.
    // [0,1]: need 20 (A only: B does not lie inside), have 16 → 4 short. [0,4]: need 40, have 40 → fits.
    const worst = worstFlexWindow(spare(8, 8, 8, 8, 8), [{ first: 0, last: 1, hours: 20 }, { first: 0, last: 4, hours: 20 }]);
    expect(worst).toEqual({ first: 0, last: 1, need: 20, have: 16, shortfall: 4, items: [0] });
  });

  it('breaks a tie by the earliest end when the starts are equal', () => {
    // 4 h a day. A [0,0] 6 h, B [1,1] 4 h, C [2,2] 2 h.
    // [0,0]: 6 − 4 = 2 short; [0,1]: 10 − 8 = 2 short (tie, later end); [0,2]: 12 − 12 fits; the rest fit.
    const worst = worstFlexWindow(spare(4, 4, 4), [{ first: 0, last: 0, hours: 6 }, { first: 1, last: 1, hours: 4 }, { first: 2, last: 2, hours: 2 }]);
    expect(worst).toMatchObject({ first: 0, last: 0, shortfall: 2, items: [0] });
  });

  it('breaks a tie by the earliest start', () => {
    // 4 h a day. A [0,0] 6 h (2 short), C [2,2] 6 h (2 short); [0,2]: 12 − 12 fits.
    const worst = worstFlexWindow(spare(4, 4, 4), [{ first: 2, last: 2, hours: 6 }, { first: 0, last: 0, hours: 6 }]);
    expect(worst).toMatchObject({ first: 0, last: 0, shortfall: 2, items: [1] });
  });

  it('takes the largest shortfall over smaller earlier ones', () => {
    // 4 h a day. A [0,0] 5 h (1 short); B [1,2] 12 h: [1,2] 12 − 8 = 4 short; [0,2]: 17 − 12 = 5 short: the largest.
    const worst = worstFlexWindow(spare(4, 4, 4), [{ first: 0, last: 0, hours: 5 }, { first: 1, last: 2, hours: 12 }]);
    expect(worst).toMatchObject({ first: 0, last: 2, need: 17, have: 12, shortfall: 5, items: [0, 1] });
  });
});

describe('Total hours in the reader', () => {
  it('reads Total hours, Effort, Effort hours and Hours total as an effort total', () => {
    for (const header of ['Total hours', 'Effort', 'Effort hours', 'Hours total']) {
      const read = readPlan(workbook({
        Staff: [STAFF_HEADER, ann], Projects: [PROJECT_HEADER, p],
        Assignments: [['Person', 'Project', header], ['Ann', 'P', 120]],
      }));
      if (!read.ok) throw new Error(read.message);
      expect(read.plan.assignments[0].booking).toEqual({ totalHours: 120 });
    }
  });

  it('keeps a plain "Hours" header meaning hours per week', () => {
    const read = readPlan(workbook({
      Staff: [STAFF_HEADER, ann], Projects: [PROJECT_HEADER, p], Assignments: [['Person', 'Project', 'Hours'], ['Ann', 'P', 12]],
    }));
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.assignments[0].booking).toEqual({ hoursPerWeek: 12 });
  });

  it('reports AMBIGUOUS_EFFORT at Assignments!E2 and skips the row when both kinds of figure are given', () => {
    const read = readPlan(flexPlan([['Ann', 'P', null, null, 100, 10]]));
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.assignments).toHaveLength(0);
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS_EFFORT', severity: 'error', sheet: 'Assignments', cell: 'E2' }));
  });
});

describe('flexible work in the load view', () => {
  it('spreads Total hours evenly over the available working days of the window', () => {
    // 40 h over 2–13 March (10 working days) with Wednesday 4 March a public holiday: 9 days, 40/9 h a day.
    // Week 0: 4 days × 40/9 = 17.78 h; week 1: 5 × 40/9 = 22.22 h.
    const report = check(flexPlan([['Ann', 'P', '2026-03-02', '2026-03-13', 40]], { holidays: [['2026-03-04', 'Holiday', null]] }));
    expect(personOf(report, 'Ann').project.slice(0, 3)).toEqual([17.78, 22.22, 0]);
    // Effective hours treat it as a booking: Ann is free otherwise, so all 40 h count for P.
    expect(report.projects[0].effectiveHours).toBeCloseTo(40, 6);
  });

  it('books inside the horizon only the share of days that fall inside it', () => {
    // 100 h over 23 Feb – 6 Mar: 10 available days, 10 h a day; 5 of them are in the horizon: 50 h in week 0.
    const report = check(flexPlan([['Ann', 'P', '2026-02-23', '2026-03-06', 100]]));
    expect(personOf(report, 'Ann').project[0]).toBe(50);
  });
});

describe('FLEX_INFEASIBLE', () => {
  it('reports the shortfall of a window clipped by the horizon, with the Total hours cell', () => {
    // As above: 50 h inside the horizon on 2–6 March, 8 h × 5 = 40 h spare → 10 h short.
    const report = check(flexPlan([['Ann', 'P', '2026-02-23', '2026-03-06', 100]]));
    const flex = report.conflicts.filter((c) => c.kind === 'FLEX_INFEASIBLE');
    expect(flex).toEqual([expect.objectContaining({
      severity: 'high', person: 'Ann', from: '2026-03-02', to: '2026-03-06', hours: 10, cells: ['Assignments!E2'],
    })]);
  });

  it('counts duties and weekly bookings against the spare hours', () => {
    // Bob: 8 h a day, duty 10 h/week (2 h a day), weekly booking 20 h/week (4 h a day): 2 h a day spare.
    // Flexible 60 h over 2–13 March: spare 10 days × 2 = 20 h → 40 h short.
    const report = check(flexPlan([
      ['Bob', 'P', '2026-03-02', '2026-03-13', null, 20],
      ['Bob', 'P', '2026-03-02', '2026-03-13', 60],
    ], { duties: [['Desk', 'Bob', null, 10, 'Week']] }));
    const flex = report.conflicts.find((c) => c.kind === 'FLEX_INFEASIBLE');
    expect(flex).toMatchObject({ person: 'Bob', from: '2026-03-02', to: '2026-03-13', hours: 40, cells: ['Assignments!E3'] });
  });

  it('reports nothing when the work fits, and picks the worst of two windows', () => {
    // Ann: A = 30 h on 2–6 Mar (40 h spare: fits); B = 45 h on 9–13 Mar (40 h spare: 5 short);
    // together 2–13 Mar: 75 h against 80 h: fits. Worst: 9–13 March, 5 h.
    const report = check(flexPlan([
      ['Ann', 'P', '2026-03-02', '2026-03-06', 30],
      ['Ann', 'P', '2026-03-09', '2026-03-13', 45],
    ]));
    const flex = report.conflicts.filter((c) => c.kind === 'FLEX_INFEASIBLE');
    expect(flex).toEqual([expect.objectContaining({ from: '2026-03-09', to: '2026-03-13', hours: 5, cells: ['Assignments!E3'] })]);
    const fits = check(flexPlan([['Ann', 'P', '2026-03-02', '2026-03-13', 80]]));
    expect(fits.conflicts.filter((c) => c.kind === 'FLEX_INFEASIBLE')).toEqual([]);
  });
});
