/**
 * The re-check of a suggestion equals a full re-run on every subject it speaks for: random plans,
 * random changes (an assignment's hours, person or dates changed; an assignment appended; a duty's
 * backup changed), and the conflicts about the re-check's people, duties and projects compared with
 * those of a full analysis of the changed plan.
 */
import fc from 'fast-check';
import { analyseInDetail } from '../../src/core/analyse';
import { isoDate } from '../../src/core/calendar';
import { applyPlanChange, isInScope as inScope, Rechecker, type PlanChange } from '../../src/core/recheck';
import type { Assignment, Duty, Plan } from '../../src/core/model';
import type { Conflict } from '../../src/core/report';
import { readPlan } from '../../src/workbook/read-plan';
import { planArbitrary, toWorkbook } from '../helpers/random-plan';

const OPTIONS = { asOf: '2026-03-04', today: '2026-11-23' };
const BASE = 20514; // 2026-03-02

const changeArbitrary = fc.record({
  replace: fc.option(fc.record({
    index: fc.nat(20), person: fc.option(fc.nat(4), { nil: null }), hours: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
    total: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    from: fc.option(fc.integer({ min: -20, max: 90 }), { nil: null }), length: fc.integer({ min: 0, max: 60 }),
  }), { nil: null }),
  append: fc.array(fc.record({
    person: fc.nat(4), project: fc.nat(2), hours: fc.integer({ min: 0, max: 40 }), flexible: fc.boolean(),
    from: fc.option(fc.integer({ min: -20, max: 90 }), { nil: null }), length: fc.integer({ min: 0, max: 60 }), tentative: fc.boolean(),
  }), { maxLength: 2 }),
  backup: fc.option(fc.record({ duty: fc.nat(3), person: fc.option(fc.nat(4), { nil: null }) }), { nil: null }),
});

type ChangeInput = typeof changeArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The change as a PlanChange on a read plan (indices wrap round what the plan has). */
function toChange(plan: Plan, input: ChangeInput): PlanChange {
  const people = plan.people.map((p) => p.name);
  const replace = new Map<number, Assignment>();
  if (input.replace && plan.assignments.length > 0) {
    const r = input.replace;
    const index = r.index % plan.assignments.length;
    const old = plan.assignments[index];
    replace.set(index, {
      ...old,
      person: r.person === null ? old.person : people[r.person % people.length],
      booking: r.total !== null ? { totalHours: r.total } : r.hours !== null ? { hoursPerWeek: r.hours } : old.booking,
      from: r.from === null ? old.from : BASE + r.from, to: r.from === null ? old.to : BASE + r.from + r.length,
    });
  }
  const append: Assignment[] = input.append.map((a) => ({
    person: people[a.person % people.length], project: plan.projects[a.project % plan.projects.length].name,
    from: a.from === null ? null : BASE + a.from, to: a.from === null ? null : BASE + a.from + a.length,
    booking: a.flexible ? { totalHours: a.hours * 10 } : { hoursPerWeek: a.hours }, status: a.tentative ? 'Tentative' : 'Confirmed', cells: {},
  }));
  const duties = new Map<number, Duty>();
  if (input.backup && plan.duties.length > 0) {
    const index = input.backup.duty % plan.duties.length;
    const duty = plan.duties[index];
    const backup = input.backup.person === null ? null : people[input.backup.person % people.length];
    duties.set(index, { ...duty, backup: backup === duty.owner ? null : backup });
  }
  return { replace, append, duties };
}

const key = (c: Conflict) => `${c.kind}|${c.severity}|${c.person ?? ''}|${c.project ?? ''}|${c.duty ?? ''}|${c.from}|${c.to}`;

describe('Rechecker', () => {
  it('gives the conflicts of a full re-run for every subject in its scope', () => {
    fc.assert(fc.property(planArbitrary, changeArbitrary, (planInput, changeInput) => {
      const read = readPlan(toWorkbook(planInput));
      if (!read.ok) throw new Error(read.message);
      const base = analyseInDetail(read.plan, [], OPTIONS);
      const change = toChange(read.plan, changeInput);
      const result = new Rechecker(read.plan, base, OPTIONS).recheck(change);
      const full = analyseInDetail(applyPlanChange(read.plan, change), [], OPTIONS).report.conflicts.filter((c) => inScope(c, result.scope));
      const mine = result.conflicts.filter((c) => inScope(c, result.scope));
      expect(mine.length).toBe(result.conflicts.length);
      // Two conflicts may share a key (two bookings of one person on one project): compare sorted by key, then hours.
      const order = (a: Conflict, b: Conflict) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.hours - b.hours);
      const sortedMine = [...mine].sort(order);
      const sortedFull = [...full].sort(order);
      expect(sortedMine.map(key)).toEqual(sortedFull.map(key));
      sortedMine.forEach((c, i) => expect(Math.abs(c.hours - sortedFull[i].hours)).toBeLessThanOrEqual(0.011));
    }), { numRuns: Number(process.env.RECHECK_RUNS ?? 300) });
  });

  it('speaks for the people named in the change and the projects they are booked on', () => {
    // Ann (40 h) is booked 30 h/week on P1; moving 10 h of it to Bob touches Ann, Bob and P1.
    const read = readPlan(toWorkbook({
      people: [{ hours: 40, rate: 50, cc: null, start: null, tenure: null, location: null }, { hours: 40, rate: 50, cc: null, start: null, tenure: null, location: null }],
      duties: [], projects: [{ start: 0, length: 60, estimate: 100, budget: null, capex: 0, capStart: null, complete: null, actual: null, other: null, status: 'Active' }],
      assignments: [{ person: 0, project: 0, from: null, length: null, hours: 30, allocation: 0, tentative: false, total: null }],
      timeOff: [], holidays: [], opsFirst: true, includeTentative: true,
    }));
    if (!read.ok) throw new Error(read.message);
    const base = analyseInDetail(read.plan, [], OPTIONS);
    const old = read.plan.assignments[0];
    const result = new Rechecker(read.plan, base, OPTIONS).recheck({
      replace: new Map([[0, { ...old, booking: { hoursPerWeek: 20 } }]]),
      append: [{ ...old, person: 'Bob', booking: { hoursPerWeek: 10 } }],
    });
    expect([...result.scope.people]).toEqual(['Ann', 'Bob']);
    expect([...result.scope.projects]).toEqual(['P1']);
    // Both work 20 h and 10 h of 40 h: the peak is 50 %.
    expect(result.peakUtilisation).toBeCloseTo(0.5, 9);
    expect(isoDate(BASE)).toBe('2026-03-02');
  });
});
