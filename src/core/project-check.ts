/**
 * The triple-constraint check of one project at the status date `s`: scope (coverage of the
 * remaining effort by effective hours), time (forecast finish and slip in working days) and cost
 * (forecast cost against budget), with earned value where budget, % complete and actual cost exist.
 */
import { LAST_DAY, weekday, type Day } from './calendar';
import { estimateRange, type EstimateRange, type RemainingEffortForecast } from './estimate-range';
import type { Horizon } from './horizon';
import type { ProjectLoad } from './load';
import type { Project, Settings } from './model';
import { ratio, round2, round4 } from './money';
import type { Rag } from './report';

/** Earned-value figures in full precision; null where a division by zero leaves no figure. */
export interface Evm {
  readonly pv: number; readonly ev: number; readonly ac: number;
  readonly sv: number; readonly cv: number;
  readonly spi: number | null; readonly cpi: number | null;
  readonly eac: number | null; readonly etc: number | null; readonly vac: number | null;
  readonly tcpi: number | null;
}

export interface ProjectCheck {
  readonly project: Project;
  readonly remainingEffort: number;
  readonly effectiveHours: number;
  readonly scopeCoverage: number | null;
  readonly forecastFinish: Day | null;
  readonly slipDays: number | null;
  readonly blendedRate: number;
  readonly forecastCost: number;
  readonly rag: { readonly scope: Rag; readonly time: Rag; readonly cost: Rag; readonly cpi: Rag | null; readonly spi: Rag | null };
  readonly evm: Evm | null;
  /** The forecast over the estimate range; null when the project gives no (valid) range. */
  readonly range: EstimateRange | null;
  readonly hasBookings: boolean;
}

export interface ProjectCheckContext {
  readonly statusDay: Day;
  readonly horizon: Horizon;
  readonly settings: Settings;
  /** Plain mean of the staff hourly rates given and above 0: the last resort for the blended rate. */
  readonly averageRate: number;
}

/** Checks one counted project. `load` is undefined when nobody is booked on it. */
export function checkProject(project: Project, load: ProjectLoad | undefined, context: ProjectCheckContext): ProjectCheck {
  const { statusDay: s, horizon, settings } = context;
  const c = project.complete ?? 0;
  const effectiveDaily = load?.effective;
  // Effective hours from s to End, inside the horizon (days before the horizon are before s).
  let effectiveHours = 0;
  if (effectiveDaily) {
    const from = Math.max(s, project.start) - horizon.start;
    const to = Math.min(project.end, horizon.end) - horizon.start;
    for (let i = Math.max(0, from); i <= to; i++) effectiveHours += effectiveDaily[i];
  }
  const remainingEffort = project.estimate !== null ? project.estimate * (1 - c) : (load?.bookedFromStatus ?? 0);
  const R = remainingEffort;
  const scopeCoverage = R > 0 ? effectiveHours / R : null;
  // RAG bands judge ratios as the report shows them (4 decimals): a coverage shown as 1.0000 is
  // green, and sums made in another order (a suggestion's re-check) land in the same band.
  const shown = scopeCoverage === null ? null : round4(scopeCoverage);
  const scope: Rag = shown === null ? 'green' : shown < 0.9 ? 'red' : shown < 1 ? 'amber' : 'green';

  const working = (day: Day) => settings.workingDays[weekday(day)];
  const blendedRate = load && load.bookedFromStatus > 0 ? load.costFromStatus / load.bookedFromStatus
    : load && load.bookedBeforeStatus + load.bookedFromStatus > 0 ? load.costAll / (load.bookedBeforeStatus + load.bookedFromStatus)
      : context.averageRate;
  // One set of rules for every remaining effort: the single forecast applies them to R, the
  // estimate range to each quantile R_p.
  const rules: RemainingEffortForecast = {
    finish: (r) => forecast(project, r, effectiveDaily, effectiveHours, s, horizon, working),
    cost: (r) => (project.actualCost ?? 0) + r * blendedRate + (project.otherCosts ?? 0) * (1 - c),
  };
  const forecastFinish = rules.finish(R);
  const slipDays = forecastFinish === null ? null : workingDaysBetween(project.end, forecastFinish, working);
  const time: Rag = slipDays === null ? 'red' : slipDays <= 0 ? 'green' : slipDays <= 10 ? 'amber' : 'red';

  const forecastCost = rules.cost(R);
  let cost: Rag = 'green';
  if (project.budget !== null) {
    const fc = round2(forecastCost);
    if (fc > round2(project.budget)) cost = 'red';
    else if (fc > round2(settings.budgetWarning * project.budget)) cost = 'amber';
  }

  const evm = project.budget !== null && project.complete !== null && project.actualCost !== null
    ? earnedValue(project.budget, project.complete, project.actualCost, plannedShare(project, load, s, working))
    : null;
  const band = (raw: number | null | undefined): Rag | null => {
    if (raw === null || raw === undefined) return null;
    const value = round4(raw);
    return value < settings.cpiSpiRed ? 'red' : value < settings.cpiSpiAmber ? 'amber' : 'green';
  };
  return {
    project, remainingEffort: R, effectiveHours, scopeCoverage, forecastFinish, slipDays, blendedRate, forecastCost,
    rag: { scope, time, cost, cpi: band(evm?.cpi), spi: band(evm?.spi) }, evm,
    range: estimateRange(project, rules, effectiveHours, blendedRate), hasBookings: (load?.bookings.length ?? 0) > 0,
  };
}

/**
 * The working day on which cumulative effective hours from `s` reach `R`, looking only up to the
 * project's End; when they never do, extrapolated past End at the average effective hours per
 * working day from `s` to End. Null when there is no rate to extrapolate with.
 */
function forecast(
  project: Project, R: number, effectiveDaily: Float64Array | undefined, effectiveHours: number, s: Day, horizon: Horizon,
  working: (day: Day) => boolean,
): Day | null {
  if (R <= 0) return s;
  if (effectiveDaily) {
    let cumulative = 0;
    // Effective hours accrue only on someone's working day, so the day that crosses R is one.
    for (let day = Math.max(s, horizon.start), last = Math.min(project.end, horizon.end); day <= last; day++) {
      cumulative += effectiveDaily[day - horizon.start];
      if (cumulative >= R - 1e-9) return day;
    }
  }
  const days = countWorkingDays(s, project.end, working);
  const averagePerDay = days > 0 ? effectiveHours / days : 0;
  if (averagePerDay <= 0) return null;
  const extra = Math.ceil((R - effectiveHours) / averagePerDay - 1e-9);
  // A rate that reaches R only after 9999-12-31 gives no date Excel can show, nor a usable one:
  // no forecast, as when there is no rate at all. Each working day is at least one calendar day,
  // so `from + extra` past it is past it too; checked first, it also keeps addWorkingDays on
  // counts small enough to be whole numbers (at 1e300 days its remainder would not be).
  const from = Math.max(project.end, s - 1);
  if (from + extra > LAST_DAY) return null;
  const finish = addWorkingDays(from, Math.max(1, extra), working);
  return finish > LAST_DAY ? null : finish;
}

/**
 * Earned value. BAC = budget; PV = BAC × planned share; EV = BAC × % complete; AC = actual cost;
 * SV = EV − PV; CV = EV − AC; SPI = EV / PV; CPI = EV / AC; EAC = BAC / CPI; ETC = EAC − AC;
 * VAC = BAC − EAC; TCPI = (BAC − EV) / (BAC − AC).
 */
export function earnedValue(bac: number, complete: number, ac: number, plannedShareOfWork: number): Evm {
  const pv = bac * plannedShareOfWork;
  const ev = bac * complete;
  const cpi = ratio(ev, ac);
  const eac = cpi === null || cpi === 0 ? null : bac / cpi;
  return {
    pv, ev, ac, sv: ev - pv, cv: ev - ac, spi: ratio(ev, pv), cpi, eac,
    etc: eac === null ? null : eac - ac, vac: eac === null ? null : bac - eac, tcpi: ratio(bac - ev, bac - ac),
  };
}

/** PV share: booked hours before s over all booked hours; linear over working days when nothing is booked. */
function plannedShare(project: Project, load: ProjectLoad | undefined, s: Day, working: (day: Day) => boolean): number {
  const all = load ? load.bookedBeforeStatus + load.bookedFromStatus : 0;
  if (all > 0) return (load as ProjectLoad).bookedBeforeStatus / all;
  const total = countWorkingDays(project.start, project.end, working);
  if (total === 0) return s > project.end ? 1 : 0;
  return countWorkingDays(project.start, Math.min(s - 1, project.end), working) / total;
}

/** Working days from `from` to `to`, both inclusive (0 when to < from). */
export function countWorkingDays(from: Day, to: Day, working: (day: Day) => boolean): number {
  if (to < from) return 0;
  const span = to - from + 1;
  const weeks = Math.floor(span / 7);
  let count = 0;
  for (let k = 0; k < 7; k++) if (working(from + k)) count++;
  count *= weeks;
  for (let day = from + weeks * 7; day <= to; day++) if (working(day)) count++;
  return count;
}

/** The `n`-th working day after `day`. */
export function addWorkingDays(day: Day, n: number, working: (day: Day) => boolean): Day {
  const perWeek = [0, 1, 2, 3, 4, 5, 6].filter((k) => working(day + 1 + k)).length;
  if (perWeek === 0) return day;
  let d = day;
  let left = n;
  const fullWeeks = Math.max(0, Math.floor((left - 1) / perWeek));
  d += fullWeeks * 7;
  left -= fullWeeks * perWeek;
  while (left > 0) {
    d++;
    if (working(d)) left--;
  }
  return d;
}

/** Working days from `end` to `finish`: positive when finish is later (days in (end, finish]), negative when earlier. */
export function workingDaysBetween(end: Day, finish: Day, working: (day: Day) => boolean): number {
  if (finish > end) return countWorkingDays(end + 1, finish, working);
  if (finish < end) return -countWorkingDays(finish + 1, end, working);
  return 0;
}
