/**
 * Random valid plans for the property tests (fast-check): up to 5 people, 4 duties, 3 projects,
 * 8 assignments, leave and holidays, as workbook grids.
 */
import fc from 'fast-check';
import { isoDate } from '../../src/core/calendar';
import type { CellValue } from '../../src/workbook/grid';
import { plan } from './grids';

export const RUNS = 150;
const BASE = 20514; // 2026-03-02 as a day number
const date = (offset: number) => isoDate(BASE + offset);

const names = ['Ann', 'Bob', 'Cy', 'Di', 'Ed'];
const projectNames = ['P1', 'P2', 'P3'];

/** A random, valid plan of up to 5 people, 4 duties, 3 projects, 8 assignments and leave. */
export const planArbitrary = fc.record({
  people: fc.array(fc.record({
    hours: fc.oneof(fc.constant(0), fc.integer({ min: 4, max: 50 })),
    rate: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 150 })),
    cc: fc.constantFrom('CC-A', 'CC-B', null),
    start: fc.option(fc.integer({ min: -30, max: 60 }), { nil: null }),
    tenure: fc.option(fc.integer({ min: 20, max: 200 }), { nil: null }),
    location: fc.constantFrom('UK', 'IE', null),
  }), { minLength: 1, maxLength: 5 }),
  duties: fc.array(fc.record({
    owner: fc.nat(4), backup: fc.option(fc.nat(4), { nil: null }), hours: fc.integer({ min: 0, max: 30 }),
    per: fc.constantFrom('Day', 'Week', 'Month', 'Quarter', 'Year'), cc: fc.constantFrom('CC-OPS', null),
    criticality: fc.constantFrom('Critical', 'High', 'Low', null),
  }), { maxLength: 4 }),
  projects: fc.array(fc.record({
    start: fc.integer({ min: -60, max: 60 }), length: fc.integer({ min: 0, max: 150 }), estimate: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    budget: fc.option(fc.integer({ min: 0, max: 200000 }), { nil: null }), capex: fc.integer({ min: 0, max: 100 }),
    capStart: fc.option(fc.integer({ min: -30, max: 90 }), { nil: null }), complete: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    actual: fc.option(fc.integer({ min: 0, max: 50000 }), { nil: null }), other: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: null }),
    status: fc.constantFrom('Active', 'Proposed', 'Done', null),
  }), { minLength: 1, maxLength: 3 }),
  assignments: fc.array(fc.record({
    person: fc.nat(4), project: fc.nat(2), from: fc.option(fc.integer({ min: -40, max: 100 }), { nil: null }),
    length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }), hours: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
    allocation: fc.integer({ min: 0, max: 120 }), tentative: fc.boolean(),
    // Flexible work (Total hours) instead of hours or allocation, now and then.
    total: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 4 }),
  }), { maxLength: 8 }),
  timeOff: fc.array(fc.record({ person: fc.nat(4), from: fc.integer({ min: -5, max: 100 }), length: fc.integer({ min: 0, max: 10 }), hours: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }) }), { maxLength: 4 }),
  holidays: fc.array(fc.record({ day: fc.integer({ min: 0, max: 120 }), location: fc.constantFrom('UK', 'IE', null) }), { maxLength: 3 }),
  opsFirst: fc.boolean(),
  includeTentative: fc.boolean(),
});

export type PlanInput = typeof planArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The random plan as workbook grids. */
export function toWorkbook(input: PlanInput) {
  const people = input.people.map((p, i) => names[i]);
  const pick = (i: number) => people[i % people.length];
  const row = (...cells: CellValue[]) => cells;
  return plan({
    staff: input.people.map((p, i) => row(names[i], 'Team', p.cc, p.hours, null, p.rate, p.start === null ? null : date(p.start),
      p.start === null || p.tenure === null ? null : date(p.start + p.tenure), p.location)),
    duties: input.duties.map((d, i) => row(`Duty ${i}`, pick(d.owner), d.backup === null ? null : pick(d.backup), d.hours, d.per, null, null, d.criticality, d.cc)),
    projects: input.projects.map((p, i) => row(projectNames[i], date(p.start), date(p.start + p.length), p.budget, p.estimate, `${p.capex}%`,
      p.capStart === null ? null : date(p.capStart), null, p.complete === null ? null : `${p.complete}%`, p.actual, p.other, p.status)),
    assignments: input.assignments.map((a) => row(pick(a.person), projectNames[a.project % input.projects.length],
      a.from === null ? null : date(a.from), a.from === null || a.length === null ? null : date(a.from + a.length),
      a.total !== null ? null : a.hours, a.hours === null && a.total === null ? `${a.allocation}%` : null, a.tentative ? 'Tentative' : 'Confirmed',
      a.total)),
    timeOff: input.timeOff.map((t) => row(pick(t.person), date(t.from), date(t.from + t.length), t.hours)),
    holidays: input.holidays.map((h) => row(date(h.day), 'Holiday', h.location)),
    settings: [['Ops first', input.opsFirst ? 'yes' : 'no'], ['Include tentative', input.includeTentative ? 'yes' : 'no']],
  });
}
