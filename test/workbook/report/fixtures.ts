/**
 * A small hand-built plan and report for the report-builder tests. Figures are chosen so the
 * totals can be worked out by hand (see the comments in each test).
 */
import { DEFAULT_SETTINGS, type Person, type Plan, type Settings } from '../../../src/core/model';
import type { Conflict, PersonReport, ProjectReport, Report } from '../../../src/core/report';

/** A Staff row with only the fields the report builder reads set meaningfully. */
export function makePerson(name: string, role: string | null, team: string | null): Person {
  return {
    name, role, team, costCentre: null, hoursPerWeek: 40, hourlyRate: null,
    start: null, end: null, location: null, cells: {},
  };
}

/** A plan holding only people and settings (the builder reads nothing else). */
export function makePlan(people: readonly Person[], settings: Partial<Settings> = {}): Plan {
  return {
    people, duties: [], projects: [], assignments: [], timeOff: [], holidays: [],
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

/** A person's weekly figures; utilisation as the engine would round it. */
export function makePersonReport(
  name: string,
  team: string | null,
  weeks: { capacity: number[]; ops: number[]; project: number[]; utilization: (number | null)[] },
): PersonReport {
  return { name, team, ...weeks };
}

/** A conflict with defaults for the fields a test does not care about. */
export function makeConflict(fields: Partial<Conflict> & Pick<Conflict, 'kind' | 'severity'>): Conflict {
  return { from: '2026-03-02', to: '2026-03-08', hours: 0, message: 'message', cells: [], suggestions: [], ...fields };
}

/** An empty report over the given weeks; tests spread in what they need. */
export function makeReport(fields: Partial<Report> = {}): Report {
  return {
    version: 2,
    asOf: '2026-03-04',
    weeks: ['2026-03-02', '2026-03-09'],
    people: [],
    duties: [],
    projects: [],
    conflicts: [],
    finance: { months: [], rows: [], totals: { capex: [], opex: [], idle: [], paid: [], other: [] } },
    diagnostics: [],
    ...fields,
  };
}

/** The plan behind `sampleReport`: roles come from here. */
export function samplePlan(): Plan {
  return makePlan(
    [
      makePerson('Ada', 'Engineer', 'Ops'),
      makePerson('Ben', 'Analyst', 'Ops'),
      makePerson('=Cy', null, null),
      makePerson('Dee', 'Designer', 'Apps'),
    ],
    { currency: '€' },
  );
}

/**
 * Two weeks (2026-W10, 2026-W11) of four people:
 *   Ada (Ops)  capacity 40/40, demand 10+20=30 / 20+30=50 → 0.75 / 1.25
 *   Ben (Ops)  capacity 20/0,  demand 5+20=25  / 0        → 1.25 / null
 *   =Cy (none) capacity 32/32, demand 16       / 40       → 0.5  / 1.25
 *   Dee (Apps) capacity 0/0,   demand 0        / 5        → null / null
 */
export function samplePeople(): PersonReport[] {
  return [
    makePersonReport('Ada', 'Ops', { capacity: [40, 40], ops: [10, 20], project: [20, 30], utilization: [0.75, 1.25] }),
    makePersonReport('Ben', 'Ops', { capacity: [20, 0], ops: [5, 0], project: [20, 0], utilization: [1.25, null] }),
    makePersonReport('=Cy', null, { capacity: [32, 32], ops: [0, 0], project: [16, 40], utilization: [0.5, 1.25] }),
    makePersonReport('Dee', 'Apps', { capacity: [0, 0], ops: [0, 5], project: [0, 0], utilization: [null, null] }),
  ];
}

/** Conflicts in a deliberately jumbled order, with shared cells, odd sheet names and a bad reference. */
export function sampleConflicts(): Conflict[] {
  return [
    makeConflict({ kind: 'OUTSIDE_PROJECT', severity: 'low', person: '=Cy', project: 'Apollo', from: '2026-03-02', cells: ['Assignments!C5'] }),
    makeConflict({ kind: 'OVERALLOCATED', severity: 'medium', person: 'Ada', from: '2026-03-09', cells: ["Bob's Plan!B3", 'Staff!A2', 'Staff!F2'] }),
    makeConflict({ kind: 'OVERALLOCATED', severity: 'high', person: '=Cy', from: '2026-03-09', to: '2026-03-15', hours: 8, message: '=Cy is at 125 % in 2026-W11', cells: ['Staff!A4', 'Assignments!E5'] }),
    makeConflict({ kind: 'OVERALLOCATED', severity: 'high', person: 'Ben', from: '2026-03-02', hours: 5, cells: ['Staff!A3'] }),
    makeConflict({ kind: 'SCHEDULE_SLIP', severity: 'high', project: 'Apollo', from: '2026-03-01', to: '2026-04-30', cells: ['Q1!Plan!D2', "Bob's Plan!B3"] }),
    makeConflict({ kind: 'OPS_AT_RISK', severity: 'high', person: 'Ada', duty: 'Payroll', from: '2026-03-09', cells: ['Ops Duties!B2', 'Staff!$A$2', 'not a cell'] }),
    makeConflict({ kind: 'COVERAGE_GAP', severity: 'low', duty: 'Backups', from: '2026-03-09', cells: [] }),
  ];
}

/** Apollo has every figure; Zephyr has no budget, no actuals and no forecast. */
export function sampleProjects(): ProjectReport[] {
  return [
    {
      name: 'Apollo', remainingEffort: 400, effectiveHours: 340, scopeCoverage: 0.85,
      forecastFinish: '2026-05-08', slipDays: 6, forecastCost: 12000.5, budget: 15000,
      rag: { scope: 'red', time: 'amber', cost: 'green' },
      evm: { pv: 5000, ev: 4500, ac: 5200, sv: -500, cv: -700, spi: 0.9, cpi: 0.8654, eac: 17333.33, etc: 12133.33, vac: -2333.33, tcpi: 1.1359 },
      range: {
        p50: { finish: '2026-05-08', cost: 12000.5 }, p80: { finish: '2026-05-20', cost: 13100 }, p90: { finish: '2026-05-27', cost: 13650.25 },
        onTime: 0.3125, withinBudget: 0.9375,
      },
    },
    {
      name: 'Zephyr', remainingEffort: 0, effectiveHours: 0, scopeCoverage: null,
      forecastFinish: null, slipDays: null, forecastCost: 0, budget: null,
      rag: { scope: 'green', time: 'red', cost: 'green' },
      evm: null,
      range: null,
    },
  ];
}

/** The whole sample report. */
export function sampleReport(): Report {
  return makeReport({
    people: samplePeople(),
    conflicts: sampleConflicts(),
    projects: sampleProjects(),
    finance: {
      months: ['2026-03', '2026-04'],
      rows: [
        { kind: 'project', name: 'Apollo', costCentre: 'IT', capex: [1000, 2000], opex: [500, 250] },
        { kind: 'ops', name: 'Finance', costCentre: 'Finance', capex: [0, 0], opex: [800, 800] },
        { kind: 'idle', name: 'IT', costCentre: 'IT', capex: [0, 0], opex: [200.5, 0] },
        { kind: 'project', name: 'Zephyr', costCentre: null, capex: [0, 0], opex: [100, 100] },
      ],
      // March: 1000 + 1400 + 200.5 = 2300.5 + 300 other → adds up.
      // April: 2000 + 1150 + 0 = 3150, but paid says 3149.99 → the check shows 0.01.
      totals: { capex: [1000, 2000], opex: [1400, 1150], idle: [200.5, 0], paid: [2300.5, 3149.99], other: [300, 0] },
    },
    diagnostics: [
      { severity: 'warning', code: 'MISSING_RATE', sheet: 'Staff', cell: 'D3', message: 'Ben has no hourly rate: his hours cost 0.' },
      { severity: 'error', code: 'SHEET_MISSING', sheet: 'Holidays', cell: '', message: 'No Holidays sheet.' },
      { severity: 'error', code: 'NOT_A_DATE', sheet: "Bob's Plan", cell: 'C4', message: '"soon" is not a date.' },
    ],
  });
}
