/**
 * The analysis: from a plan and a status date to the version-2 report. Pure; today is passed in.
 */
import { isoDate, monthKey, parseIsoDay, weekday, type Day } from './calendar';
import type { Diagnostic } from './diagnostics';
import { FinanceLedger } from './finance-ledger';
import { planHorizon, type CountedEnd, type Horizon } from './horizon';
import { buildLoad, countedBookings, isCountedProject, type LoadModel, type PersonLoad } from './load';
import type { Plan } from './model';
import { ratio, round2, round4 } from './money';
import { checkProject, countWorkingDays, type ProjectCheck } from './project-check';
import { findLoadConflicts, findProjectConflicts } from './conflicts';
import type { EstimateRange, RangePoint } from './estimate-range';
import type { Conflict, ConflictKind, ProjectReport, RangePointReport, RangeReport, Report } from './report';

export interface AnalyseOptions {
  /** Status date from --as-of or the task pane (ISO); wins over Settings "Status date". */
  readonly asOf?: string;
  /** Today (ISO): the status date when nothing else gives one. */
  readonly today: string;
  /** False skips project checks and finance (for the benchmark; the report's projects and finance are then empty). */
  readonly projectsAndFinance?: boolean;
}

/** Runs the whole check on a read plan. `diagnostics` from the reader are carried into the report. */
export function analyse(plan: Plan, readerDiagnostics: readonly Diagnostic[], options: AnalyseOptions): Report {
  return analyseInDetail(plan, readerDiagnostics, options).report;
}

/** The analysis with its working: the load model and the project checks behind the report (for tests and tools). */
export interface DetailedAnalysis {
  readonly report: Report;
  readonly model: LoadModel;
  readonly checks: readonly ProjectCheck[];
}

/** Like `analyse`, keeping the load model and project checks. */
export function analyseInDetail(plan: Plan, readerDiagnostics: readonly Diagnostic[], options: AnalyseOptions): DetailedAnalysis {
  const diagnostics = [...readerDiagnostics];
  const statusDay = resolveStatusDay(plan, options);
  const { settings } = plan;
  const bookings = countedBookings(plan);
  const countedProjects = plan.projects.filter((p) => isCountedProject(p, settings.includeTentative));
  const ends: CountedEnd[] = [
    ...countedProjects.map((p) => ({ day: p.end, cell: p.cells.end ?? p.cells.name })),
    ...bookings.map((b) => ({ day: b.to, cell: b.assignment.cells.to ?? b.project.cells.end ?? b.assignment.cells.person })),
  ];
  const horizon = planHorizon(statusDay, settings, ends, diagnostics);
  const { months, monthOfDay } = monthsOf(horizon);
  const ledger = new FinanceLedger(months);
  const full = options.projectsAndFinance ?? true;
  const model = buildLoad(plan, horizon, statusDay, bookings, ledger, monthOfDay, full);

  const working = (day: Day) => settings.workingDays[weekday(day)];
  for (const project of full ? countedProjects : []) {
    if (!project.otherCosts) continue;
    const days = countWorkingDays(project.start, project.end, working);
    if (days === 0) continue;
    const perDay = project.otherCosts / days;
    const row = ledger.row('project', project.name, null);
    for (let day = Math.max(project.start, horizon.start); day <= Math.min(project.end, horizon.end); day++) {
      if (!working(day)) continue;
      const month = monthOfDay[day - horizon.start];
      ledger.other[month] += perDay;
      const inWindow = day >= (project.capitalisationStart ?? -Infinity) && day <= (project.capitalisationEnd ?? Infinity);
      const capex = inWindow ? perDay * project.capexShare : 0;
      row.capex[month] += capex;
      row.opex[month] += perDay - capex;
    }
  }

  const averageRate = averageHourlyRate(plan);
  const checks = (full ? countedProjects : []).map((p) => checkProject(p, model.projects.get(p.name), { statusDay, horizon, settings, averageRate }));
  const conflicts = sortConflicts([...findLoadConflicts(model, settings, plan.duties), ...findProjectConflicts(checks, model, settings)]);

  const report: Report = {
    version: 2,
    asOf: isoDate(statusDay),
    weeks: Array.from({ length: horizon.weekCount }, (_, w) => isoDate(horizon.start + w * 7)),
    people: model.people.map((load) => ({
      name: load.person.name, team: load.person.team,
      capacity: weekly(load.capacity), ops: weekly(load.ops), project: weekly(load.project),
      utilization: utilisation(load),
    })),
    duties: model.duties.map((d) => ({ name: d.demand.duty.name, owner: d.demand.duty.owner, uncovered: weekly(d.uncovered) })),
    projects: checks.map(projectReport),
    conflicts,
    finance: full ? ledger.toReport() : { months: [], rows: [], totals: { capex: [], opex: [], idle: [], paid: [], other: [] } },
    diagnostics,
  };
  return { report, model, checks };
}

/** The plain mean of the staff hourly rates given and above 0 (0 when none): the blended rate's last resort. */
export function averageHourlyRate(plan: Plan): number {
  const rates = plan.people.map((p) => p.hourlyRate ?? 0).filter((r) => r > 0);
  return rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : 0;
}

/** Weekly hours for the report, to 2 decimals (a plain loop: this runs for every person). */
function weekly(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let w = 0; w < values.length; w++) out[w] = round2(values[w]);
  return out;
}

/** (ops + project) / capacity per week, to 4 decimals; null when capacity is 0. */
function utilisation(load: PersonLoad): (number | null)[] {
  const out = new Array<number | null>(load.capacity.length);
  for (let w = 0; w < out.length; w++) {
    const u = ratio(load.ops[w] + load.project[w], load.capacity[w]);
    out[w] = u === null ? null : round4(u);
  }
  return out;
}

/** The status date: --as-of (or the pane's), else Settings "Status date", else today. */
export function resolveStatusDay(plan: Plan, options: AnalyseOptions): Day {
  const asOf = options.asOf === undefined ? undefined : parseIsoDay(options.asOf);
  const today = parseIsoDay(options.today);
  if (options.asOf !== undefined && asOf === undefined) throw new Error(`asOf must be an ISO date (YYYY-MM-DD), got "${options.asOf}"`);
  if (today === undefined) throw new Error(`today must be an ISO date (YYYY-MM-DD), got "${options.today}"`);
  return asOf ?? plan.settings.statusDate ?? today;
}

/** The calendar months the horizon meets, and the month index of each horizon day. */
export function monthsOf(horizon: Horizon): { months: string[]; monthOfDay: Int32Array } {
  const months: string[] = [];
  const monthOfDay = new Int32Array(horizon.dayCount);
  for (let i = 0; i < horizon.dayCount; i++) {
    const key = monthKey(horizon.start + i);
    if (months[months.length - 1] !== key) months.push(key);
    monthOfDay[i] = months.length - 1;
  }
  return { months, monthOfDay };
}

function projectReport(check: ProjectCheck): ProjectReport {
  const money = (v: number | null) => (v === null ? null : round2(v));
  const evm = check.evm;
  return {
    name: check.project.name,
    remainingEffort: round2(check.remainingEffort),
    effectiveHours: round2(check.effectiveHours),
    scopeCoverage: check.scopeCoverage === null ? null : round4(check.scopeCoverage),
    forecastFinish: check.forecastFinish === null ? null : isoDate(check.forecastFinish),
    slipDays: check.slipDays,
    forecastCost: round2(check.forecastCost),
    budget: money(check.project.budget),
    rag: { scope: check.rag.scope, time: check.rag.time, cost: check.rag.cost },
    evm: evm === null ? null : {
      pv: round2(evm.pv), ev: round2(evm.ev), ac: round2(evm.ac), sv: round2(evm.sv), cv: round2(evm.cv),
      spi: evm.spi === null ? null : round4(evm.spi), cpi: evm.cpi === null ? null : round4(evm.cpi),
      eac: money(evm.eac), etc: money(evm.etc), vac: money(evm.vac), tcpi: evm.tcpi === null ? null : round4(evm.tcpi),
    },
    range: rangeReport(check.range),
  };
}

function rangeReport(range: EstimateRange | null): RangeReport | null {
  if (range === null) return null;
  const point = (p: RangePoint): RangePointReport => ({ finish: p.finish === null ? null : isoDate(p.finish), cost: round2(p.cost) });
  return {
    p50: point(range.p50), p80: point(range.p80), p90: point(range.p90),
    onTime: round4(range.onTime), withinBudget: range.withinBudget === null ? null : round4(range.withinBudget),
  };
}

const KIND_ORDER: readonly ConflictKind[] = [
  'OVERALLOCATED', 'OPS_AT_RISK', 'COVERAGE_GAP', 'OUTSIDE_EMPLOYMENT', 'OUTSIDE_PROJECT', 'NO_ASSIGNMENTS',
  'SCOPE_AT_RISK', 'SCHEDULE_SLIP', 'OVER_BUDGET', 'LOW_CPI', 'LOW_SPI', 'FLEX_INFEASIBLE',
];

/** A stable order: by kind (as DESIGN.md lists them), then subject, then date. */
function sortConflicts(conflicts: Conflict[]): Conflict[] {
  const subject = (c: Conflict) => `${c.person ?? ''}\u0000${c.project ?? ''}\u0000${c.duty ?? ''}`;
  return conflicts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_ORDER.indexOf(a.c.kind) - KIND_ORDER.indexOf(b.c.kind)
      || (subject(a.c) < subject(b.c) ? -1 : subject(a.c) > subject(b.c) ? 1 : 0)
      || (a.c.from < b.c.from ? -1 : a.c.from > b.c.from ? 1 : 0) || a.i - b.i)
    .map(({ c }) => c);
}
