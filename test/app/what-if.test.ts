/**
 * What-if: the workbook's own choices give the check's report exactly; each toggle changes what
 * it says it changes.
 */
import fc from 'fast-check';
import { analyse } from '../../src/core/analyse';
import { choicesOf, whatIf } from '../../src/app/what-if';
import { readPlan } from '../../src/workbook/read-plan';
import { plan as grids } from '../helpers/grids';
import { planArbitrary, toWorkbook } from '../helpers/random-plan';

const OPTIONS = { asOf: '2026-03-02', today: '2026-11-23' };

function read(raw: Parameters<typeof readPlan>[0]) {
  const result = readPlan(raw);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('whatIf', () => {
  it("gives the check's report exactly with the workbook's own choices", () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      const { plan, diagnostics } = read(toWorkbook(input));
      expect(JSON.stringify(whatIf(plan, diagnostics, choicesOf(plan), OPTIONS))).toBe(JSON.stringify(analyse(plan, diagnostics, OPTIONS)));
    }), { numRuns: 100 });
  });

  // Ann (40 h) is booked 30 h/week on Atlas (Active) and 20 h/week tentatively on Zeus (Proposed):
  // 50 h a week, 125 %: over-allocated, high.
  const { plan, diagnostics } = read(grids({
    staff: [['Ann', 'T', 'CC', 40, null, 50]],
    projects: [
      ['Atlas', '2026-03-02', '2026-05-29', null, 390, null, null, null, null, null, null, 'Active'],
      ['Zeus', '2026-03-02', '2026-05-29', null, 260, null, null, null, null, null, null, 'Proposed'],
    ],
    assignments: [['Ann', 'Atlas', null, null, 30], ['Ann', 'Zeus', null, null, 20, null, 'Tentative']],
  }));
  const base = choicesOf(plan);
  const project = (report: ReturnType<typeof whatIf>) => report.people[0].project[0];

  it('leaves out tentative bookings, Proposed projects or a chosen project, and moves the threshold', () => {
    expect(project(whatIf(plan, diagnostics, base, OPTIONS))).toBe(50);
    expect(project(whatIf(plan, diagnostics, { ...base, tentativeBookings: false }, OPTIONS))).toBe(30);
    const withoutProposed = whatIf(plan, diagnostics, { ...base, proposedProjects: false }, OPTIONS);
    expect(project(withoutProposed)).toBe(30);
    expect(withoutProposed.projects.map((p) => p.name)).toEqual(['Atlas']);
    expect(project(whatIf(plan, diagnostics, { ...base, excludedProjects: ['Atlas'] }, OPTIONS))).toBe(20);
    // 50 h against 40 h is 125 %: over at 100 %, not at 130 %.
    expect(whatIf(plan, diagnostics, base, OPTIONS).conflicts.some((c) => c.kind === 'OVERALLOCATED')).toBe(true);
    expect(whatIf(plan, diagnostics, { ...base, threshold: 1.3 }, OPTIONS).conflicts.some((c) => c.kind === 'OVERALLOCATED')).toBe(false);
  });
});
