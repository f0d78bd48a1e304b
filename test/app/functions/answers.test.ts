/**
 * The LOADLINE functions against a hand-worked plan. Status date Monday 2 March 2026 (2026-W10);
 * the horizon runs to the Sunday of the week of the projects' end, 31 May: 13 weeks, W10–W22.
 *
 * - Ann, 40 h/week, owns Payroll (10 h/week, High) and is booked 40 h/week on Atlas from 2 to 13
 *   March. W10 and W11: (10 + 40) / 40 = 1.25, spare max(0, 40 − 10 − 40) = 0. W12–W22:
 *   10 / 40 = 0.25, spare 30.
 * - Ben, 20 h/week, booked 20 h/week on Borealis for its whole run: 1.0 every week, spare 0.
 * - Cy, 0 h/week: no capacity, utilisation undefined (#DIV/0!).
 * - Atlas (estimate 200 h): Ann works 40 − 10 = 30 h of her 40 booked hours in W10 and W11
 *   (ops first): 60 effective hours, coverage 60 / 200 = 0.3 → scope red; never reached within
 *   the plan → time red; cost 200 h × £50 = 10,000, under 95 % of 12,000 → cost green.
 * - Borealis (estimate 100 h): Ben works 4 h a day; 100 h on the 25th working day, Friday
 *   3 April 2026 → time green; cost 100 × £40 = 4,000 ≤ 95 % of 5,000 → green.
 * - Conflicts: OVERALLOCATED (Ann), OPS_AT_RISK (Ann, Payroll), SCOPE_AT_RISK and
 *   SCHEDULE_SLIP (Atlas).
 */
import { freeHours, conflictCount, NO_CHECK, projectForecast, projectStatus, utilisation } from '../../../src/app/functions/answers';
import { FigureIndex } from '../../../src/app/functions/figure-index';
import { checkWorkbook } from '../../../src/app/check';
import { checkFiguresOf } from '../../../src/workbook/check-figures';
import { plan } from '../../helpers/grids';

function figuresOfPlan(date1904 = false): FigureIndex {
  const raw = plan({
    staff: [['Ann', 'T', 'CC', 40, null, 50], ['Ben', 'T', 'CC', 20, null, 40], ['Cy', 'T', 'CC', 0]],
    duties: [['Payroll', 'Ann', null, 10, 'Week', null, null, 'High']],
    projects: [['Atlas', '2026-03-02', '2026-05-29', 12000, 200], ['Borealis', '2026-03-02', '2026-05-29', 5000, 100]],
    assignments: [['Ann', 'Atlas', '2026-03-02', '2026-03-13', 40], ['Ben', 'Borealis', null, null, 20]],
  });
  const result = checkWorkbook(raw, { asOf: '2026-03-02', today: '2026-11-23' });
  if (!result.ok) throw new Error(result.message);
  return new FigureIndex(checkFiguresOf(result.report, result.plan.settings, date1904));
}

const index = figuresOfPlan();
// Excel serials (1900 system): 2026-01-01 is 46023, so 4 March (day 63 of the year) is 46085.
const WED_4_MARCH = 46085;

describe('LOADLINE.UTILISATION', () => {
  it('gives the week\'s ratio for an ISO week, an ISO date inside it or a date serial inside it', () => {
    expect(utilisation(index, 'Ann', '2026-W10')).toBe(1.25);
    expect(utilisation(index, 'Ann', '2026-w11')).toBe(1.25);
    expect(utilisation(index, 'Ann', WED_4_MARCH)).toBe(1.25);
    expect(utilisation(index, 'Ann', WED_4_MARCH + 0.75)).toBe(1.25);
    expect(utilisation(index, 'Ann', '2026-03-22')).toBe(0.25);
    expect(utilisation(index, 'Ben', '2026-05-31')).toBe(1);
  });

  it('matches names ignoring case and surrounding spaces, as the check does', () => {
    expect(utilisation(index, '  aNN ', '2026-W12')).toBe(0.25);
  });

  it('is #DIV/0! for a person without capacity that week', () => {
    expect(utilisation(index, 'Cy', '2026-W10')).toEqual({ error: 'divisionByZero', message: 'Cy has no capacity in 2026-W10.' });
  });

  it('is #N/A for an unknown person or a week outside the checked ones', () => {
    expect(utilisation(index, 'Zed', '2026-W10')).toEqual({ error: 'notAvailable', message: 'No person named "Zed" in the latest check.' });
    expect(utilisation(index, 'Ann', '2026-W23')).toEqual({
      error: 'notAvailable', message: 'The week of 2026-06-01 is outside the checked weeks (2026-03-02 to 2026-05-31).',
    });
    expect(utilisation(index, 'Ann', '2026-02-27')).toMatchObject({ error: 'notAvailable' });
  });

  it('is #VALUE! for a week that is not a date or a week, and for a blank name', () => {
    for (const week of ['next week', '2026-W54', '2026-W00', '2026-13-01', true, null, -5]) {
      expect(utilisation(index, 'Ann', week)).toMatchObject({ error: 'invalidValue' });
    }
    expect(utilisation(index, '', '2026-W10')).toEqual({ error: 'invalidValue', message: "Give the person's name as text." });
  });

  it('accepts week 53 only in a year that has one (2026 does: 31 December 2026 is a Thursday)', () => {
    expect(utilisation(index, 'Ann', '2026-W53')).toMatchObject({ error: 'notAvailable' });
    expect(utilisation(index, 'Ann', '2025-W53')).toMatchObject({ error: 'invalidValue' });
  });

  it('reads date serials in the 1904 system when the workbook uses it', () => {
    // The same Wednesday is serial 46085 − 1462 = 44623 in the 1904 system.
    expect(utilisation(figuresOfPlan(true), 'Ann', 44623)).toBe(1.25);
  });
});

describe('LOADLINE.FREEHOURS', () => {
  it('adds whole weeks\' spare hours', () => {
    // W12, Mon 16 – Sun 22 March: 30; W12–W22: 11 weeks × 30 = 330.
    expect(freeHours(index, 'Ann', '2026-03-16', '2026-03-22')).toBe(30);
    expect(freeHours(index, 'Ann', '2026-03-02', '2026-05-31')).toBe(330);
  });

  it('counts a partial week pro rata by its working weekdays inside the range', () => {
    // Wed 11 – Wed 18 March: W11 has no spare; W12 Mon 16, Tue 17, Wed 18 = 3 of 5 days: 30 × 3 / 5 = 18.
    expect(freeHours(index, 'Ann', '2026-03-11', '2026-03-18')).toBe(18);
    // A weekend alone has no working day: 0.
    expect(freeHours(index, 'Ann', '2026-03-21', '2026-03-22')).toBe(0);
    // Wed 18 March as a serial (46023 + 76) for both ends: 30 × 1 / 5 = 6.
    expect(freeHours(index, 'Ann', 46099, 46099)).toBe(6);
  });

  it('counts nothing outside the checked weeks', () => {
    // Thu 28 – Fri 29 May are the last working days checked: 30 × 2 / 5 = 12; June is not checked.
    expect(freeHours(index, 'Ann', '2026-05-28', '2026-06-30')).toBe(12);
    expect(freeHours(index, 'Ann', '2027-01-01', '2027-02-01')).toMatchObject({ error: 'notAvailable' });
  });

  it('is #VALUE! when from is after to or a date is not a date, #N/A for an unknown person', () => {
    expect(freeHours(index, 'Ann', '2026-03-20', '2026-03-16')).toEqual({ error: 'invalidValue', message: '"from" (2026-03-20) is after "to" (2026-03-16).' });
    expect(freeHours(index, 'Ann', 'soon', '2026-03-16')).toMatchObject({ error: 'invalidValue' });
    expect(freeHours(index, 'Zed', '2026-03-16', '2026-03-20')).toMatchObject({ error: 'notAvailable' });
  });

  it('is 0 for someone fully booked', () => {
    expect(freeHours(index, 'Ben', '2026-03-02', '2026-05-31')).toBe(0);
  });
});

describe('LOADLINE.CONFLICTS', () => {
  it('counts the conflicts about a person, a project or a duty', () => {
    expect(conflictCount(index, 'Ann')).toBe(2);
    expect(conflictCount(index, 'payroll')).toBe(1);
    expect(conflictCount(index, 'Atlas')).toBe(2);
    expect(conflictCount(index, 'Borealis')).toBe(0);
    expect(conflictCount(index, 'Ben')).toBe(0);
  });

  it('is #N/A for a name the check does not know, #VALUE! for none', () => {
    expect(conflictCount(index, 'Zed')).toEqual({ error: 'notAvailable', message: 'No person, checked project or duty is named "Zed" in the latest check.' });
    expect(conflictCount(index, null)).toMatchObject({ error: 'invalidValue' });
  });
});

describe('LOADLINE.STATUS', () => {
  it("gives the project's RAG on scope, time or cost", () => {
    expect(['scope', 'time', 'cost'].map((aspect) => projectStatus(index, 'Atlas', aspect))).toEqual(['red', 'red', 'green']);
    expect(projectStatus(index, 'borealis', ' Time ')).toBe('green');
  });

  it('is #VALUE! for another aspect and #N/A for an unknown project', () => {
    expect(projectStatus(index, 'Atlas', 'budget')).toEqual({ error: 'invalidValue', message: 'Ask for "scope", "time" or "cost".' });
    expect(projectStatus(index, 'Ann', 'scope')).toMatchObject({ error: 'notAvailable' });
  });
});

describe('LOADLINE.FORECAST', () => {
  it('gives the forecast finish as a date serial and the forecast cost as money', () => {
    // Friday 3 April 2026: day 93 of the year → 46023 + 92 = 46115; 1904 system: 46115 − 1462.
    expect(projectForecast(index, 'Borealis', 'finish')).toBe(46115);
    expect(projectForecast(figuresOfPlan(true), 'Borealis', 'finish')).toBe(44653);
    expect(projectForecast(index, 'Borealis', 'cost')).toBe(4000);
    expect(projectForecast(index, 'Atlas', 'COST')).toBe(10000);
  });

  it('is #VALUE! for anything but finish or cost, #N/A for an unknown project', () => {
    expect(projectForecast(index, 'Atlas', 'end')).toMatchObject({ error: 'invalidValue' });
    expect(projectForecast(index, 'Gamma', 'cost')).toMatchObject({ error: 'notAvailable' });
  });
});

describe('before any check', () => {
  it('says how to get one', () => {
    expect(NO_CHECK).toEqual({ error: 'notAvailable', message: 'Loadline has not checked this workbook yet: open Loadline and choose Check capacity.' });
  });
});
