/**
 * The load model: per person and day, capacity, operations demand routed to them, booked project
 * hours, and effective hours (what will realistically be worked); summed per week for the report,
 * per project for the project checks, and per month for finance.
 *
 * People are processed one at a time so memory grows with the number of people only through their
 * weekly figures, not their days.
 */
import { weekday, type Day } from './calendar';
import { HolidayCalendar, PersonCalendar } from './availability';
import { spreadDuty, ROUTED_TO_BACKUP, ROUTED_TO_OWNER, UNCOVERED, type DutyDemand } from './duty-demand';
import type { FinanceLedger } from './finance-ledger';
import type { Horizon } from './horizon';
import type { Assignment, Person, Plan, Project } from './model';

/** A counted assignment with everything the load needs resolved. */
export interface Booking {
  readonly assignment: Assignment;
  readonly person: Person;
  readonly project: Project;
  /** Booked hours per ISO week (Allocation % × the person's contract hours when given as a share). */
  readonly hoursPerWeek: number;
  /** The assignment's window: From/To, defaulting to the project's dates. */
  readonly from: Day;
  readonly to: Day;
}

/** Per-project figures gathered while the people are processed. */
export interface ProjectLoad {
  readonly project: Project;
  readonly bookings: Booking[];
  /** Effective hours on the project per horizon day, only days inside the project's dates. */
  readonly effective: Float64Array;
  /** Booked hours inside the project's dates: before the status date, from it on, and all. */
  bookedBeforeStatus: number;
  bookedFromStatus: number;
  /** Σ booked hours × hourly rate, from the status date on and over the whole plan. */
  costFromStatus: number;
  costAll: number;
  /** Per assignee (by person name): booked and effective hours from the status date on, inside the project's dates. */
  readonly assignees: Map<string, { booked: number; effective: number }>;
}

/** Weekly figures of one person. */
export interface PersonLoad {
  readonly person: Person;
  readonly capacity: Float64Array;
  readonly ops: Float64Array;
  readonly project: Float64Array;
  /** Effective (realistically worked) ops and project hours per week. */
  readonly effectiveOps: Float64Array;
  readonly effectiveProject: Float64Array;
}

/** Weekly figures of one duty. */
export interface DutyLoad {
  readonly demand: DutyDemand;
  /** Duty hours per week (whoever does them). */
  readonly weeklyHours: Float64Array;
  readonly uncovered: Float64Array;
}

export interface LoadModel {
  readonly horizon: Horizon;
  readonly statusDay: Day;
  readonly people: readonly PersonLoad[];
  readonly calendars: ReadonlyMap<string, PersonCalendar>;
  readonly duties: readonly DutyLoad[];
  readonly bookings: readonly Booking[];
  readonly projects: ReadonlyMap<string, ProjectLoad>;
}

/** True for projects the check counts: Active (or blank), plus Proposed when tentative work counts. */
export function isCountedProject(project: Project, includeTentative: boolean): boolean {
  return project.status === 'Active' || (project.status === 'Proposed' && includeTentative);
}

/** The counted assignments of a plan, resolved against people and projects. */
export function countedBookings(plan: Plan): Booking[] {
  const people = new Map(plan.people.map((p) => [p.name, p]));
  const projects = new Map(plan.projects.map((p) => [p.name, p]));
  const out: Booking[] = [];
  for (const assignment of plan.assignments) {
    const person = people.get(assignment.person);
    const project = projects.get(assignment.project);
    if (!person || !project || !isCountedProject(project, plan.settings.includeTentative)) continue;
    if (assignment.status === 'Tentative' && !plan.settings.includeTentative) continue;
    const hoursPerWeek = 'hoursPerWeek' in assignment.booking
      ? assignment.booking.hoursPerWeek : assignment.booking.allocation * person.hoursPerWeek;
    out.push({ assignment, person, project, hoursPerWeek, from: assignment.from ?? project.start, to: assignment.to ?? project.end });
  }
  return out;
}

// Bookings reaching far outside the horizon (for PV) are walked day by day; bound the walk so a
// mistyped year cannot stall the check.
const MAX_WALK_DAYS = 366 * 20;

/** Builds the load model. `monthOfDay` maps a horizon day index to its finance month index. */
export function buildLoad(plan: Plan, horizon: Horizon, statusDay: Day, bookings: readonly Booking[], ledger: FinanceLedger, monthOfDay: Int32Array): LoadModel {
  const { settings } = plan;
  const wd = settings.workingDays.filter(Boolean).length;
  const holidays = new HolidayCalendar(plan.holidays);
  const timeOffByPerson = groupBy(plan.timeOff, (t) => t.person);
  const calendars = new Map<string, PersonCalendar>();
  for (const person of plan.people) {
    calendars.set(person.name, new PersonCalendar(person, horizon, settings, holidays, timeOffByPerson.get(person.name) ?? []));
  }

  const duties: DutyLoad[] = [];
  const dutiesByPerson = new Map<string, { demand: DutyDemand; asBackup: boolean }[]>();
  plan.duties.forEach((duty, index) => {
    const owner = calendars.get(duty.owner);
    if (!owner) return;
    const backup = duty.backup === null ? undefined : calendars.get(duty.backup);
    const demand = spreadDuty(duty, index, horizon, settings, holidays, owner, backup);
    const weeklyHours = new Float64Array(horizon.weekCount);
    const uncovered = new Float64Array(horizon.weekCount);
    for (let i = 0; i < horizon.dayCount; i++) {
      const hours = demand.hours[i];
      if (hours === 0) continue;
      weeklyHours[(i / 7) | 0] += hours;
      if (demand.routedTo[i] === UNCOVERED) uncovered[(i / 7) | 0] += hours;
    }
    duties.push({ demand, weeklyHours, uncovered });
    push(dutiesByPerson, duty.owner, { demand, asBackup: false });
    if (backup) push(dutiesByPerson, backup.person.name, { demand, asBackup: true });
  });

  const projects = new Map<string, ProjectLoad>();
  for (const booking of bookings) {
    let load = projects.get(booking.project.name);
    if (!load) {
      load = {
        project: booking.project, bookings: [], effective: new Float64Array(horizon.dayCount),
        bookedBeforeStatus: 0, bookedFromStatus: 0, costFromStatus: 0, costAll: 0, assignees: new Map(),
      };
      projects.set(booking.project.name, load);
    }
    load.bookings.push(booking);
  }
  const bookingsByPerson = groupBy(bookings, (b) => b.person.name);

  const people: PersonLoad[] = [];
  const statusIndex = statusDay - horizon.start;
  for (const person of plan.people) {
    const calendar = calendars.get(person.name) as PersonCalendar;
    people.push(loadPerson(
      calendar, dutiesByPerson.get(person.name) ?? [], bookingsByPerson.get(person.name) ?? [],
      projects, horizon, statusIndex, wd, settings.opsFirst, ledger, monthOfDay,
    ));
    for (const booking of bookingsByPerson.get(person.name) ?? []) {
      addBookingsOutsideHorizon(booking, calendar, horizon, statusDay, wd, projects.get(booking.project.name) as ProjectLoad);
    }
  }
  return { horizon, statusDay, people, calendars, duties, bookings, projects };
}

function loadPerson(
  calendar: PersonCalendar, duties: readonly { demand: DutyDemand; asBackup: boolean }[], bookings: readonly Booking[],
  projects: Map<string, ProjectLoad>, horizon: Horizon, statusIndex: number, wd: number, opsFirst: boolean,
  ledger: FinanceLedger, monthOfDay: Int32Array,
): PersonLoad {
  const { person } = calendar;
  const rate = person.hourlyRate ?? 0;
  const months = ledger.months.length;
  const weeks = horizon.weekCount;
  const capacityW = new Float64Array(weeks);
  const opsW = new Float64Array(weeks);
  const projectW = new Float64Array(weeks);
  const effectiveOpsW = new Float64Array(weeks);
  const effectiveProjectW = new Float64Array(weeks);

  // Month accumulators for this person, flushed to the ledger once at the end.
  const paidM = new Float64Array(months);
  const idleM = new Float64Array(months);
  const dutyCostM = duties.map(() => new Float64Array(months));
  const capexM = bookings.map(() => new Float64Array(months));
  const opexM = bookings.map(() => new Float64Array(months));

  const daily = bookings.map((b) => (wd === 0 ? 0 : b.hoursPerWeek / wd));
  const starts = bookings.map((b) => b.from - horizon.start);
  const ends = bookings.map((b) => b.to - horizon.start);
  const loads = bookings.map((b) => projects.get(b.project.name) as ProjectLoad);
  const projectStarts = bookings.map((b) => b.project.start - horizon.start);
  const projectEnds = bookings.map((b) => b.project.end - horizon.start);
  const capStarts = bookings.map((b) => (b.project.capitalisationStart ?? -Infinity) - horizon.start);
  const capEnds = bookings.map((b) => (b.project.capitalisationEnd ?? Infinity) - horizon.start);
  const assignees = bookings.map((b, k) => {
    const stats = loads[k].assignees;
    let entry = stats.get(person.name);
    if (!entry) stats.set(person.name, (entry = { booked: 0, effective: 0 }));
    return entry;
  });
  const dutyShares = new Float64Array(duties.length);
  const booked = new Float64Array(bookings.length);

  for (let i = 0; i < horizon.dayCount; i++) {
    const week = (i / 7) | 0;
    const month = monthOfDay[i];
    const capacity = calendar.capacity[i];
    const available = calendar.available[i] === 1;
    let ops = 0;
    for (let k = 0; k < duties.length; k++) {
      const { demand, asBackup } = duties[k];
      const hours = demand.hours[i];
      const routed = demand.routedTo[i];
      const mine = hours > 0 && (asBackup ? routed === ROUTED_TO_BACKUP : routed === ROUTED_TO_OWNER);
      dutyShares[k] = mine ? hours : 0;
      ops += dutyShares[k];
    }
    let totalBooked = 0;
    for (let k = 0; k < bookings.length; k++) {
      booked[k] = available && i >= starts[k] && i <= ends[k] ? daily[k] : 0;
      totalBooked += booked[k];
    }
    capacityW[week] += capacity;
    opsW[week] += ops;
    projectW[week] += totalBooked;
    if (ops === 0 && totalBooked === 0 && capacity === 0) continue;

    // Effective hours: ops first takes capacity for duties, the rest is shared by the bookings in
    // proportion to their hours; otherwise duties and bookings share capacity in proportion.
    let effectiveOps: number;
    let bookingFactor: number;
    if (opsFirst) {
      effectiveOps = Math.min(ops, capacity);
      bookingFactor = totalBooked > 0 ? Math.min(1, (capacity - effectiveOps) / totalBooked) : 0;
    } else {
      const demand = ops + totalBooked;
      const factor = demand > 0 ? Math.min(1, capacity / demand) : 0;
      effectiveOps = ops * factor;
      bookingFactor = factor;
    }
    const opsFactor = ops > 0 ? effectiveOps / ops : 0;
    let worked = effectiveOps;
    effectiveOpsW[week] += effectiveOps;
    paidM[month] += capacity * rate;
    for (let k = 0; k < duties.length; k++) if (dutyShares[k] > 0) dutyCostM[k][month] += dutyShares[k] * opsFactor * rate;
    for (let k = 0; k < bookings.length; k++) {
      if (booked[k] === 0) continue;
      const effective = booked[k] * bookingFactor;
      worked += effective;
      effectiveProjectW[week] += effective;
      const cost = effective * rate;
      const project = bookings[k].project;
      if (i >= capStarts[k] && i <= capEnds[k]) {
        capexM[k][month] += cost * project.capexShare;
        opexM[k][month] += cost * (1 - project.capexShare);
      } else opexM[k][month] += cost;
      if (i >= projectStarts[k] && i <= projectEnds[k]) {
        const load = loads[k];
        load.effective[i] += effective;
        load.costAll += booked[k] * rate;
        if (i >= statusIndex) {
          load.bookedFromStatus += booked[k];
          load.costFromStatus += booked[k] * rate;
          assignees[k].booked += booked[k];
          assignees[k].effective += effective;
        } else load.bookedBeforeStatus += booked[k];
      }
    }
    idleM[month] += Math.max(0, capacity - worked) * rate;
  }

  ledger.paid.forEach((_, m) => { ledger.paid[m] += paidM[m]; });
  const idle = ledger.row('idle', person.costCentre ?? '(no cost centre)', person.costCentre);
  addInto(idle.opex, idleM);
  duties.forEach(({ demand }, k) => {
    const costCentre = demand.duty.costCentre ?? person.costCentre;
    addInto(ledger.row('ops', costCentre ?? '(no cost centre)', costCentre).opex, dutyCostM[k]);
  });
  bookings.forEach((b, k) => {
    const row = ledger.row('project', b.project.name, null);
    addInto(row.capex, capexM[k]);
    addInto(row.opex, opexM[k]);
  });
  return { person, capacity: capacityW, ops: opsW, project: projectW, effectiveOps: effectiveOpsW, effectiveProject: effectiveProjectW };
}

/** Booked hours before and after the horizon, inside the project's dates: they count for PV and the blended rate. */
function addBookingsOutsideHorizon(booking: Booking, calendar: PersonCalendar, horizon: Horizon, statusDay: Day, wd: number, load: ProjectLoad): void {
  const daily = wd === 0 ? 0 : booking.hoursPerWeek / wd;
  if (daily === 0) return;
  const rate = booking.person.hourlyRate ?? 0;
  const first = Math.max(booking.from, booking.project.start);
  const last = Math.min(booking.to, booking.project.end);
  const walk = (from: Day, to: Day, fromStatus: boolean): void => {
    const stop = Math.min(to, from + MAX_WALK_DAYS);
    for (let day = from; day <= stop; day++) {
      if (!calendar.isAvailable(day)) continue;
      load.costAll += daily * rate;
      if (fromStatus) {
        load.bookedFromStatus += daily;
        load.costFromStatus += daily * rate;
      } else load.bookedBeforeStatus += daily;
    }
  };
  if (first < horizon.start) walk(Math.max(first, horizon.start - MAX_WALK_DAYS), Math.min(last, horizon.start - 1), false);
  if (last > horizon.end) walk(Math.max(first, horizon.end + 1), last, horizon.end + 1 >= statusDay);
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let m = 0; m < target.length; m++) target[m] += source[m];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, key(item), item);
  return map;
}

/** True on a working weekday per the settings. */
export function isWorkingWeekday(day: Day, workingDays: readonly boolean[]): boolean {
  return workingDays[weekday(day)];
}
