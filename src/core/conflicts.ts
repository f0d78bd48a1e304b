/**
 * Conflicts: the problems a manager can act on, each with a severity, a date range, the hours
 * involved, a one-line message and the source cells. Consecutive weeks (or working days) of the
 * same problem are one conflict. Only the horizon is looked at.
 */
import { displayDate, isoDate, isoWeekName, weekday, type Day } from './calendar';
import type { Horizon } from './horizon';
import type { Booking, LoadModel, PersonLoad } from './load';
import type { CellRef, Duty, Settings } from './model';
import { formatMoney, round2 } from './money';
import type { ProjectCheck } from './project-check';
import type { Conflict, ConflictKind, ConflictSeverity } from './report';
import { runsOf, workingDayRuns } from './runs';

// Demand within this many hours of the threshold is not over-allocated: rounding, not a problem.
const TOLERANCE_HOURS = 0.01;
const HIGH_UTILISATION = 1.2;

const cellName = (ref: CellRef | undefined): string[] => (ref ? [`${ref.sheet}!${ref.cell}`] : []);

/** True per week when a person is over-allocated: demand > threshold × capacity + 0.01 h. */
export function overallocatedWeeks(load: PersonLoad, threshold: number): boolean[] {
  const over = new Array<boolean>(load.capacity.length);
  for (let w = 0; w < over.length; w++) over[w] = load.ops[w] + load.project[w] > threshold * load.capacity[w] + TOLERANCE_HOURS;
  return over;
}

function weekSpan(horizon: Horizon, first: number, last: number): { from: string; to: string; label: string } {
  const from = horizon.start + first * 7;
  const to = horizon.start + last * 7 + 6;
  const label = first === last ? `week ${isoWeekName(from)}` : `weeks ${isoWeekName(from)}–${isoWeekName(horizon.start + last * 7).slice(5)}`;
  return { from: isoDate(from), to: isoDate(to), label };
}

const percent = (value: number): string => `${Math.round(value * 100)} %`;
const hoursText = (value: number): string => `${round2(value)} h`;

/**
 * Conflicts about people and duties: over-allocation, ops at risk, coverage gaps, flexible work
 * that does not fit, bookings outside employment or project dates (`outside` false leaves those
 * out: they are always medium, and a suggestion's re-check has no use for them).
 */
export function findLoadConflicts(model: LoadModel, settings: Settings, duties: readonly Duty[], outside = true): Conflict[] {
  const conflicts: Conflict[] = [];
  const { horizon } = model;
  const overByPerson = new Map<string, boolean[]>();
  const bookingsByPerson = new Map<string, Booking[]>();
  for (const b of model.bookings) {
    const list = bookingsByPerson.get(b.person.name) ?? [];
    list.push(b);
    bookingsByPerson.set(b.person.name, list);
  }

  for (const load of model.people) {
    const over = overallocatedWeeks(load, settings.overallocationThreshold);
    overByPerson.set(load.person.name, over);
    for (const [first, last] of runsOf(over.length, (w) => over[w])) {
      let hours = 0;
      let peak = 0;
      let high = false;
      for (let w = first; w <= last; w++) {
        const demand = load.ops[w] + load.project[w];
        hours += demand - settings.overallocationThreshold * load.capacity[w];
        if (load.capacity[w] === 0) high = true;
        else {
          peak = Math.max(peak, demand / load.capacity[w]);
          if (demand / load.capacity[w] > HIGH_UTILISATION) high = true;
        }
      }
      const span = weekSpan(horizon, first, last);
      const runFrom = horizon.start + first * 7;
      const runTo = horizon.start + last * 7 + 6;
      const bookings = (bookingsByPerson.get(load.person.name) ?? []).filter((b) => b.from <= runTo && b.to >= runFrom);
      const load_ = peak > 0 ? `booked at up to ${percent(peak)}` : 'booked with no capacity';
      conflicts.push({
        kind: 'OVERALLOCATED', severity: high ? 'high' : 'medium', person: load.person.name, from: span.from, to: span.to,
        hours: round2(hours),
        message: `${load.person.name} is ${load_} in ${span.label}: ${hoursText(hours)} over; move or shorten a booking or a duty`,
        cells: [...cellName(load.person.cells.name), ...bookings.flatMap((b) => cellName(b.assignment.cells.hoursPerWeek ?? b.assignment.cells.allocation))],
        suggestions: [],
      });
    }
  }

  for (const load of model.people) if (load.flex) conflicts.push(flexConflict(load, horizon));

  const projectHoursOf = new Map(model.people.map((p) => [p.person.name, p.project]));
  for (const { demand, weeklyHours, uncovered } of model.duties) {
    const duty = demand.duty;
    const critical = duty.criticality === 'Critical' || duty.criticality === 'High';
    const gaps = runsOf(uncovered.length, (w) => round2(uncovered[w]) >= 0.01);
    for (const [first, last] of gaps) {
      const span = weekSpan(horizon, first, last);
      let hours = 0;
      for (let w = first; w <= last; w++) hours += uncovered[w];
      const who = duty.backup ? `${duty.owner} and backup ${duty.backup} are` : `${duty.owner} is away and there is no backup:`;
      conflicts.push({
        kind: 'COVERAGE_GAP', severity: critical ? 'high' : 'medium', duty: duty.name, from: span.from, to: span.to,
        hours: round2(hours),
        message: duty.backup
          ? `${duty.name}: ${hoursText(hours)} uncovered in ${span.label}: ${who} both away; name another backup`
          : `${duty.name}: ${hoursText(hours)} uncovered in ${span.label}: ${who} name a backup`,
        cells: [...cellName(duty.cells.name), ...cellName(duty.cells.backup ?? duty.cells.owner)],
        suggestions: [],
      });
    }
    if (critical) {
      const over = overByPerson.get(duty.owner) ?? [];
      const projectHours = projectHoursOf.get(duty.owner);
      const atRisk = runsOf(weeklyHours.length, (w) => weeklyHours[w] > 0 && over[w] === true && (projectHours?.[w] ?? 0) > 0);
      for (const [first, last] of atRisk) {
        const span = weekSpan(horizon, first, last);
        let hours = 0;
        for (let w = first; w <= last; w++) hours += weeklyHours[w];
        conflicts.push({
          kind: 'OPS_AT_RISK', severity: duty.criticality === 'Critical' ? 'high' : 'medium', duty: duty.name, person: duty.owner,
          from: span.from, to: span.to, hours: round2(hours),
          message: `${duty.name} (${duty.criticality}) is at risk in ${span.label}: its owner ${duty.owner} is over-allocated with project bookings`,
          cells: [...cellName(duty.cells.name), ...cellName(duty.cells.owner)],
          suggestions: [],
        });
      }
    }
  }

  if (outside) conflicts.push(...findOutsideConflicts(model, settings, duties));
  return conflicts;
}

/** FLEX_INFEASIBLE: the interval test's worst window, high, with the Total hours cells of the items inside it. */
function flexConflict(load: PersonLoad, horizon: Horizon): Conflict {
  const { shortfall, bookings } = load.flex as NonNullable<PersonLoad['flex']>;
  const from = horizon.start + shortfall.first;
  const to = horizon.start + shortfall.last;
  const name = load.person.name;
  return {
    kind: 'FLEX_INFEASIBLE', severity: 'high', person: name, from: isoDate(from), to: isoDate(to), hours: round2(shortfall.shortfall),
    message: `${name}'s flexible work does not fit ${displayDate(from)}–${displayDate(to)}: ${hoursText(shortfall.need)} to do, ` +
      `${hoursText(shortfall.have)} spare (${hoursText(shortfall.shortfall)} short); widen a window or give hours to someone else`,
    cells: bookings.flatMap((b) => cellName(b.assignment.cells.totalHours)),
    suggestions: [],
  };
}

function findOutsideConflicts(model: LoadModel, settings: Settings, duties: readonly Duty[]): Conflict[] {
  const { horizon } = model;
  const conflicts: Conflict[] = [];
  const working = (day: Day) => settings.workingDays[weekday(day)];
  for (const b of model.bookings) {
    const calendar = model.calendars.get(b.person.name);
    if (!calendar) continue;
    const from = Math.max(b.from, horizon.start);
    const to = Math.min(b.to, horizon.end);
    const daily = b.dailyHours;
    // Most bookings sit inside employment and the project's dates: skip the day walk for them.
    const mayBeUnemployed = (b.person.start !== null && b.person.start > from) || (b.person.end !== null && b.person.end < to);
    const mayBeOutside = from < b.project.start || to > b.project.end;
    if (mayBeUnemployed) for (const [first, last, days] of workingDayRuns(from, to, working, (day) => !calendar.isEmployed(day))) {
      conflicts.push({
        kind: 'OUTSIDE_EMPLOYMENT', severity: 'medium', person: b.person.name, project: b.project.name,
        from: isoDate(first), to: isoDate(last), hours: round2(daily * days),
        message: `${b.person.name} is booked on ${b.project.name} from ${displayDate(first)} to ${displayDate(last)} but is not employed then (${days} working days)`,
        cells: [...cellName(b.assignment.cells.person), ...cellName(b.person.cells.start ?? b.person.cells.end)],
        suggestions: [],
      });
    }
    if (mayBeOutside) for (const [first, last, days] of workingDayRuns(from, to, working, (day) => day < b.project.start || day > b.project.end)) {
      const which = first < b.project.start ? 'from' : 'to';
      conflicts.push({
        kind: 'OUTSIDE_PROJECT', severity: 'medium', person: b.person.name, project: b.project.name,
        from: isoDate(first), to: isoDate(last), hours: round2(daily * days),
        message: `${b.person.name}'s booking on ${b.project.name} runs ${displayDate(first)}–${displayDate(last)}, outside the project's dates ` +
          `(${displayDate(b.project.start)}–${displayDate(b.project.end)}); those hours do not count toward it`,
        cells: cellName(b.assignment.cells[which] ?? b.assignment.cells.project),
        suggestions: [],
      });
    }
  }
  const dutyDemand = new Map(model.duties.map((d) => [d.demand.duty, d.demand]));
  for (const duty of duties) {
    const calendar = model.calendars.get(duty.owner);
    if (!calendar) continue;
    const demand = dutyDemand.get(duty);
    const from = Math.max(duty.start ?? horizon.start, horizon.start);
    const to = Math.min(duty.end ?? horizon.end, horizon.end);
    const { start, end } = calendar.person;
    if ((start === null || start <= from) && (end === null || end >= to)) continue;
    for (const [first, last, days] of workingDayRuns(from, to, working, (day) => !calendar.isEmployed(day))) {
      let hours = 0;
      if (demand) for (let day = first; day <= last; day++) hours += demand.hours[day - horizon.start];
      conflicts.push({
        kind: 'OUTSIDE_EMPLOYMENT', severity: 'medium', person: duty.owner, duty: duty.name,
        from: isoDate(first), to: isoDate(last), hours: round2(hours),
        message: `${duty.owner} owns ${duty.name} but is not employed from ${displayDate(first)} to ${displayDate(last)} (${days} working days): hand it over`,
        cells: [...cellName(duty.cells.owner), ...cellName(calendar.person.cells.start ?? calendar.person.cells.end)],
        suggestions: [],
      });
    }
  }
  return conflicts;
}

const PROJECT_KINDS: readonly [ConflictKind, 'scope' | 'time' | 'cost' | 'cpi' | 'spi'][] = [
  ['SCOPE_AT_RISK', 'scope'], ['SCHEDULE_SLIP', 'time'], ['OVER_BUDGET', 'cost'], ['LOW_CPI', 'cpi'], ['LOW_SPI', 'spi'],
];

/** Conflicts about projects: nobody booked, and every amber or red scope, time, cost, CPI and SPI check. */
export function findProjectConflicts(checks: readonly ProjectCheck[], model: LoadModel, settings: Settings): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const check of checks) {
    const { project } = check;
    const span = { project: project.name, from: isoDate(project.start), to: isoDate(project.end) };
    if (project.estimate !== null && !check.hasBookings) {
      conflicts.push({
        kind: 'NO_ASSIGNMENTS', severity: 'high', ...span, hours: round2(check.remainingEffort),
        message: `${project.name} needs ${hoursText(check.remainingEffort)} and nobody is booked on it`,
        cells: cellName(project.cells.name),
        suggestions: [],
      });
    }
    for (const [kind, key] of PROJECT_KINDS) {
      const rag = check.rag[key];
      if (rag !== 'amber' && rag !== 'red') continue;
      const severity: ConflictSeverity = rag === 'red' ? 'high' : 'medium';
      const shortfall = Math.max(0, check.remainingEffort - check.effectiveHours);
      conflicts.push({
        kind, severity, ...span, hours: kind === 'SCOPE_AT_RISK' || kind === 'SCHEDULE_SLIP' ? round2(shortfall) : 0,
        message: projectMessage(kind, check, model, settings),
        cells: cellName(projectCell(kind, check)),
        suggestions: [],
      });
    }
  }
  return conflicts;
}

function projectCell(kind: ConflictKind, check: ProjectCheck): CellRef | undefined {
  const cells = check.project.cells;
  switch (kind) {
    case 'SCOPE_AT_RISK': return cells.estimate ?? cells.name;
    case 'SCHEDULE_SLIP': return cells.end ?? cells.name;
    case 'OVER_BUDGET': return cells.budget ?? cells.name;
    case 'LOW_CPI': return cells.actualCost ?? cells.name;
    default: return cells.complete ?? cells.name;
  }
}

function projectMessage(kind: ConflictKind, check: ProjectCheck, model: LoadModel, settings: Settings): string {
  const { project } = check;
  const end = displayDate(project.end);
  const needs = `${project.name} needs ${hoursText(check.remainingEffort)}, ${hoursText(check.effectiveHours)} effectively available before ${end}`;
  switch (kind) {
    case 'SCOPE_AT_RISK':
      return `${needs}: ${driver(check, model, settings)}`;
    case 'SCHEDULE_SLIP':
      return check.forecastFinish === null
        ? check.effectiveHours > 0
          ? `${project.name} has no forecast finish: at the ${hoursText(check.effectiveHours)} planned before ${end} it would not reach ${hoursText(check.remainingEffort)} before the year 10000; book more time`
          : `${project.name} has no forecast finish: no effective hours are planned before ${end}; book people on it`
        : `${project.name} finishes ${displayDate(check.forecastFinish)}, ${check.slipDays} working days after ${end}: ${driver(check, model, settings)}`;
    case 'OVER_BUDGET':
      return `${project.name} forecasts ${formatMoney(check.forecastCost)} against a budget of ${formatMoney(project.budget ?? 0)} ` +
        `(actual ${formatMoney(project.actualCost ?? 0)} + ${hoursText(check.remainingEffort)} at ${formatMoney(check.blendedRate)}/h` +
        `${project.otherCosts ? ' + other costs' : ''})`;
    case 'LOW_CPI':
      return `${project.name} earns ${check.evm?.cpi?.toFixed(2)} of value per unit spent (CPI): ${formatMoney(check.evm?.ev ?? 0)} earned for ${formatMoney(check.evm?.ac ?? 0)} spent`;
    default:
      return `${project.name} is behind plan (SPI ${check.evm?.spi?.toFixed(2)}): ${formatMoney(check.evm?.ev ?? 0)} earned against ${formatMoney(check.evm?.pv ?? 0)} planned by now`;
  }
}

/** What drives a shortfall: the assignee losing most booked hours and the weeks they are over-loaded, or too few bookings. */
function driver(check: ProjectCheck, model: LoadModel, settings: Settings): string {
  const load = model.projects.get(check.project.name);
  if (!load || load.bookings.length === 0) return 'nobody is booked on it';
  let worst: { name: string; lost: number } | undefined;
  let booked = 0;
  for (const [name, stats] of load.assignees) {
    booked += stats.booked;
    const lost = stats.booked - stats.effective;
    if (lost > 0.01 && (!worst || lost > worst.lost)) worst = { name, lost };
  }
  if (worst) {
    const person = model.peopleByName.get(worst.name);
    if (person) {
      const over = overallocatedWeeks(person, settings.overallocationThreshold);
      const runs = runsOf(over.length, (w) => over[w]);
      let peak = 0;
      for (const [first, last] of runs) for (let w = first; w <= last; w++) if (person.capacity[w] > 0) peak = Math.max(peak, (person.ops[w] + person.project[w]) / person.capacity[w]);
      if (runs.length > 0 && peak > 0) {
        const span = weekSpan(model.horizon, runs[0][0], runs[runs.length - 1][1]);
        return `${worst.name} is ${percent(peak)} loaded in ${span.label}`;
      }
      return `${worst.name} loses ${hoursText(worst.lost)} of booked time to duties and leave`;
    }
  }
  return `only ${hoursText(booked)} are booked from the status date for ${hoursText(check.remainingEffort)} remaining; book more time`;
}
