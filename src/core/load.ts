/**
 * The load model: per person and day, capacity, operations demand routed to them, booked project
 * hours, and effective hours (what will realistically be worked); summed per week for the report,
 * per project for the project checks, and per month for finance.
 *
 * People are processed one at a time so memory grows with the number of people only through their
 * weekly figures, not their days.
 */
import { ArraySlab, UNSHARED } from './array-slab';
import type { Day } from './calendar';
import { HolidayCalendar, PersonCalendar, workingWeekdayMask } from './availability';
import { spreadDuty, ROUTED_TO_BACKUP, ROUTED_TO_OWNER, UNCOVERED, type DutyDemand } from './duty-demand';
import type { FinanceLedger } from './finance-ledger';
import { worstFlexWindow, type FlexItem, type FlexShortfall } from './flex-feasibility';
import type { Horizon } from './horizon';
import type { Assignment, Person, Plan, Project, Settings } from './model';

/** A counted assignment with everything the load needs resolved. */
export interface Booking {
  readonly assignment: Assignment;
  readonly person: Person;
  readonly project: Project;
  /**
   * Booked hours per ISO week (Allocation % × the person's contract hours when given as a share);
   * for flexible work, the daily share × working days per week (for messages only).
   */
  readonly hoursPerWeek: number;
  /** Hours booked on each available working day of the window. */
  readonly dailyHours: number;
  /** Flexible work: the assignment's Total hours; null for a weekly booking. */
  readonly totalHours: number | null;
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
  /** The interval test's worst window when the person's flexible work does not fit (day indices), with the bookings inside it. */
  readonly flex?: { readonly shortfall: FlexShortfall; readonly bookings: readonly Booking[] };
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
  readonly peopleByName: ReadonlyMap<string, PersonLoad>;
  readonly calendars: ReadonlyMap<string, PersonCalendar>;
  readonly duties: readonly DutyLoad[];
  readonly bookings: readonly Booking[];
  readonly projects: ReadonlyMap<string, ProjectLoad>;
}

/** True for projects the check counts: Active (or blank), plus Proposed when tentative work counts. */
export function isCountedProject(project: Project, includeTentative: boolean): boolean {
  return project.status === 'Active' || (project.status === 'Proposed' && includeTentative);
}

/**
 * The counted assignments of a plan, resolved against people and projects. A flexible booking's
 * daily hours need the person's calendar: they are 0 here and set by `buildLoad`.
 */
export function countedBookings(plan: Plan): Booking[] {
  const people = new Map(plan.people.map((p) => [p.name, p]));
  const projects = new Map(plan.projects.map((p) => [p.name, p]));
  const out: Booking[] = [];
  for (const assignment of plan.assignments) {
    const booking = resolveAssignment(assignment, people, projects, plan.settings);
    if (booking) out.push(booking);
  }
  return out;
}

/** One assignment as a Booking, or undefined when it does not count (unknown names, status, project status). */
export function resolveAssignment(
  assignment: Assignment, people: ReadonlyMap<string, Person>, projects: ReadonlyMap<string, Project>, settings: Settings,
): Booking | undefined {
  const person = people.get(assignment.person);
  const project = projects.get(assignment.project);
  if (!person || !project || !isCountedProject(project, settings.includeTentative)) return undefined;
  if (assignment.status === 'Tentative' && !settings.includeTentative) return undefined;
  const wd = settings.workingDays.filter(Boolean).length;
  const { booking } = assignment;
  const totalHours = 'totalHours' in booking ? booking.totalHours : null;
  const hoursPerWeek = 'hoursPerWeek' in booking ? booking.hoursPerWeek : 'allocation' in booking ? booking.allocation * person.hoursPerWeek : 0;
  return {
    assignment, person, project, hoursPerWeek, dailyHours: wd === 0 ? 0 : hoursPerWeek / wd, totalHours,
    from: assignment.from ?? project.start, to: assignment.to ?? project.end,
  };
}

/**
 * A flexible booking with its daily hours: Total hours spread evenly over the person's available
 * working days in the window (all of them, inside the horizon or not, so that the share inside the
 * horizon is the share of those days inside it). No available day: nothing is booked.
 */
export function resolveFlexible(booking: Booking, calendar: PersonCalendar, horizon: Horizon, wd: number): Booking {
  if (booking.totalHours === null) return booking;
  const days = availableDays(calendar, booking.from, booking.to, horizon);
  const dailyHours = days === 0 ? 0 : booking.totalHours / days;
  return { ...booking, dailyHours, hoursPerWeek: dailyHours * wd };
}

/** Available working days of a person from `from` to `to` (walked at most MAX_WALK_DAYS beyond the horizon). */
function availableDays(calendar: PersonCalendar, from: Day, to: Day, horizon: Horizon): number {
  let count = 0;
  const first = Math.max(from, horizon.start - MAX_WALK_DAYS);
  const last = Math.min(to, horizon.end + MAX_WALK_DAYS);
  for (let day = first; day <= last; day++) if (calendar.isAvailable(day)) count++;
  return count;
}

// Bookings reaching far outside the horizon (for PV) are walked day by day; bound the walk so a
// mistyped year cannot stall the check.
const MAX_WALK_DAYS = 366 * 20;

/** A duty's weekly hours and uncovered hours, summed from its day-by-day demand. */
export function dutyLoad(demand: DutyDemand, horizon: Horizon, slab: ArraySlab = UNSHARED): DutyLoad {
  const weeklyHours = slab.float64(horizon.weekCount);
  const uncovered = slab.float64(horizon.weekCount);
  for (let i = 0; i < horizon.dayCount; i++) {
    const hours = demand.hours[i];
    if (hours === 0) continue;
    weeklyHours[(i / 7) | 0] += hours;
    if (demand.routedTo[i] === UNCOVERED) uncovered[(i / 7) | 0] += hours;
  }
  return { demand, weeklyHours, uncovered };
}

/**
 * Builds the load model. `monthOfDay` maps a horizon day index to its finance month index. With
 * `projectsAndFinance` false only the people and duties are loaded (the benchmark uses this to
 * measure what project checks and finance add).
 */
export function buildLoad(
  plan: Plan, horizon: Horizon, statusDay: Day, countedBookingList: readonly Booking[], ledger: FinanceLedger, monthOfDay: Int32Array,
  projectsAndFinance = true,
): LoadModel {
  const { settings } = plan;
  const wd = settings.workingDays.filter(Boolean).length;
  const holidays = new HolidayCalendar(plan.holidays, horizon);
  const workingMask = workingWeekdayMask(horizon, settings);
  const timeOffByPerson = groupBy(plan.timeOff, (t) => t.person);
  // The model's day and week arrays live as long as it does: views of a few large blocks.
  const slab = new ArraySlab();
  const calendars = new Map<string, PersonCalendar>();
  for (const person of plan.people) {
    calendars.set(person.name, new PersonCalendar(person, horizon, settings, holidays, workingMask, timeOffByPerson.get(person.name) ?? [], slab));
  }

  const duties: DutyLoad[] = [];
  const dutiesByPerson = new Map<string, PersonDuty[]>();
  plan.duties.forEach((duty, index) => {
    const owner = calendars.get(duty.owner);
    if (!owner) return;
    const backup = duty.backup === null ? undefined : calendars.get(duty.backup);
    const demand = spreadDuty(duty, index, horizon, workingMask, wd, owner, backup, slab);
    duties.push(dutyLoad(demand, horizon, slab));
    push(dutiesByPerson, duty.owner, { demand, routed: ROUTED_TO_OWNER });
    if (backup) push(dutiesByPerson, backup.person.name, { demand, routed: ROUTED_TO_BACKUP });
  });

  const bookings = countedBookingList.map((b) => resolveFlexible(b, calendars.get(b.person.name) as PersonCalendar, horizon, wd));
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
  const context: PersonPassContext = {
    horizon, statusIndex: statusDay - horizon.start, wd, opsFirst: settings.opsFirst, ledger, monthOfDay, projects, projectsAndFinance,
    // The same properties in the same order as the re-check's context: one shape, so the pass
    // V8 optimised here is not thrown away when the suggestions' re-checks begin.
    scratch: passScratch(horizon.dayCount, ledger.months.length), slab, range: undefined,
  };
  for (const person of plan.people) {
    const calendar = calendars.get(person.name) as PersonCalendar;
    const personBookings = bookingsByPerson.get(person.name) ?? [];
    people.push(loadPerson(calendar, dutiesByPerson.get(person.name) ?? [], personBookings, context));
    if (projectsAndFinance) for (const booking of personBookings) {
      addBookingsOutsideHorizon(booking, calendar, horizon, statusDay, projects.get(booking.project.name) as ProjectLoad);
    }
  }
  const peopleByName = new Map(people.map((p) => [p.person.name, p]));
  return { horizon, statusDay, people, peopleByName, calendars, duties, bookings, projects };
}

/** A booking's window as horizon day indices (clipped to the horizon), and its hours on each available day. */
interface BookingRange {
  readonly first: number;
  readonly last: number;
  readonly daily: number;
}

/** A duty as one person sees it: the days routed to them as owner or as backup. */
export interface PersonDuty {
  readonly demand: DutyDemand;
  readonly routed: number;
}

/** What a person's pass needs besides the person: shared by every person of a check. */
export interface PersonPassContext {
  readonly horizon: Horizon;
  readonly statusIndex: number;
  readonly wd: number;
  readonly opsFirst: boolean;
  /** Null: the pass adds no finance (a re-check needs only the people's and projects' figures). */
  readonly ledger: FinanceLedger | null;
  readonly projectsAndFinance: boolean;
  readonly monthOfDay: Int32Array;
  readonly projects: Map<string, ProjectLoad>;
  /** Day arrays reused from one person to the next, so the pass allocates per person only what it keeps. */
  readonly scratch: PassScratch;
  /** Where the weekly arrays it keeps come from: they live as long as the model (or the re-checker). */
  readonly slab: ArraySlab;
  /**
   * Only these horizon days (inclusive day indices; default all): the re-check of a suggestion
   * recomputes just the weeks an edit touches. Weekly figures outside the range stay 0, and so do
   * the project and finance sums. A person with flexible work needs the whole horizon (the
   * interval test looks at every day).
   */
  readonly range: { readonly first: number; readonly last: number } | undefined;
}

/** Day arrays a person's pass writes into, and its paid and idle sums per finance month. */
export interface PassScratch {
  readonly capacity: Float64Array;
  readonly ops: Float64Array;
  readonly booked: Float64Array;
  readonly opsFactor: Float64Array;
  readonly bookingFactor: Float64Array;
  readonly paidM: Float64Array;
  readonly idleM: Float64Array;
}

/** Fresh scratch arrays for passes over a horizon of `dayCount` days and `monthCount` finance months. */
export function passScratch(dayCount: number, monthCount = 0): PassScratch {
  return {
    capacity: new Float64Array(dayCount), ops: new Float64Array(dayCount), booked: new Float64Array(dayCount),
    opsFactor: new Float64Array(dayCount), bookingFactor: new Float64Array(dayCount),
    paidM: new Float64Array(monthCount), idleM: new Float64Array(monthCount),
  };
}

/**
 * One person's pass: their days' demand, effective hours, weekly figures, project and finance
 * sums (added into `context.projects` and `context.ledger`). The bookings must be in the plan's
 * order, so that sums are made in the same order every time.
 */
export function loadPerson(calendar: PersonCalendar, duties: readonly PersonDuty[], bookings: readonly Booking[], context: PersonPassContext): PersonLoad {
  // Each day loop is a small function of its own: V8 optimises a small hot function after a few
  // people, where one large function of eight loops ran unoptimised through hundreds of people
  // while its optimised code compiled (about 35 ms) on the machine's other core.
  const { horizon, statusIndex, opsFirst, ledger, monthOfDay, projects, projectsAndFinance } = context;
  const { person } = calendar;
  const rate = person.hourlyRate ?? 0;
  const months = ledger?.months.length ?? 0;
  const days = horizon.dayCount;
  const lo = context.range?.first ?? 0;
  const hi = context.range?.last ?? days - 1;
  const capacity = calendar.capacity(context.scratch.capacity, lo, hi);
  const available = calendar.available;
  const { ops, booked, opsFactor, bookingFactor } = context.scratch;
  ops.fill(0, lo, hi + 1);
  booked.fill(0, lo, hi + 1);

  // Operations routed to this person, day by day.
  for (const { demand, routed } of duties) addRoutedHours(ops, demand.hours, demand.routedTo, routed, lo, hi);
  // Booked project hours: the daily share on available days inside each booking's window. Weekly
  // bookings first, so that the interval test sees what they leave spare for flexible work.
  const ranges: BookingRange[] = [];
  for (const b of bookings) {
    ranges.push({ first: Math.max(0, b.from - horizon.start), last: Math.min(days - 1, b.to - horizon.start), daily: b.dailyHours });
  }
  let hasFlexible = false;
  for (let k = 0; k < ranges.length; k++) {
    if (bookings[k].totalHours !== null) hasFlexible = true;
    else addDailyHours(booked, available, ranges[k]);
  }
  const flex = hasFlexible ? testFlexible(bookings, ranges, capacity, ops, booked, available) : undefined;
  if (hasFlexible) for (let k = 0; k < ranges.length; k++) if (bookings[k].totalHours !== null) addDailyHours(booked, available, ranges[k]);

  const { slab } = context;
  const weeks = horizon.weekCount;
  const weekly: PersonLoad = {
    person, capacity: slab.float64(weeks), ops: slab.float64(weeks), project: slab.float64(weeks),
    effectiveOps: slab.float64(weeks), effectiveProject: slab.float64(weeks), ...(flex ? { flex } : {}),
  };
  // Paid and idle per month are added into the ledger below: scratch when it has room for them.
  const reuse = context.scratch.paidM.length === months;
  const paidM = reuse ? context.scratch.paidM.fill(0) : new Float64Array(months);
  const idleM = reuse ? context.scratch.idleM.fill(0) : new Float64Array(months);
  sumDays(weekly, capacity, ops, booked, opsFactor, bookingFactor, opsFirst, lo, hi, ledger ? { paidM, idleM, monthOfDay, rate } : null);

  if (!projectsAndFinance) return weekly;
  // Ops cost per duty, to the duty's cost centre (else the person's), at this person's rate.
  if (ledger) for (const { demand, routed } of duties) {
    const costCentre = demand.duty.costCentre ?? person.costCentre;
    const row = ledger.row('ops', costCentre ?? NO_COST_CENTRE, costCentre);
    addDutyCost(row.opex, demand.hours, demand.routedTo, routed, opsFactor, monthOfDay, rate, lo, hi);
  }
  // Each booking's effective hours: finance always; the project's own figures only inside its dates.
  for (let k = 0; k < bookings.length; k++) {
    const project = bookings[k].project;
    const load = projects.get(project.name) as ProjectLoad;
    let assignee = load.assignees.get(person.name);
    if (!assignee) load.assignees.set(person.name, (assignee = { booked: 0, effective: 0 }));
    const row = ledger?.row('project', project.name, null) ?? null;
    addBookingEffective(ranges[k], project, load, assignee, row, available, bookingFactor, monthOfDay, rate, horizon.start, statusIndex, lo, hi);
  }

  if (ledger) {
    for (let m = 0; m < months; m++) ledger.paid[m] += paidM[m];
    addInto(ledger.row('idle', person.costCentre ?? NO_COST_CENTRE, person.costCentre).opex, idleM);
  }
  return weekly;
}

/** Adds a duty's hours on the days routed as `routed` (to the owner or the backup). */
function addRoutedHours(ops: Float64Array, hours: Float64Array, routedTo: Uint8Array, routed: number, lo: number, hi: number): void {
  for (let i = lo; i <= hi; i++) if (hours[i] > 0 && routedTo[i] === routed) ops[i] += hours[i];
}

/** Adds a booking's daily share on the available days of its window. */
function addDailyHours(booked: Float64Array, available: Uint8Array, range: BookingRange): void {
  const { first, last, daily } = range;
  for (let i = first; i <= last; i++) if (available[i] === 1) booked[i] += daily;
}

/**
 * The weekly figures (into `weekly`'s arrays, zero before) and each day's effective shares:
 * with Ops first, capacity covers duties and the rest is shared by the bookings in proportion to
 * their hours; otherwise duties and bookings share it in proportion. With `money`, also paid
 * (capacity × rate) and idle (capacity not worked × rate) per finance month.
 */
function sumDays(
  weekly: PersonLoad, capacity: Float64Array, ops: Float64Array, booked: Float64Array, opsFactor: Float64Array, bookingFactor: Float64Array,
  opsFirst: boolean, lo: number, hi: number,
  money: { readonly paidM: Float64Array; readonly idleM: Float64Array; readonly monthOfDay: Int32Array; readonly rate: number } | null,
): void {
  const { capacity: capacityW, ops: opsW, project: projectW, effectiveOps: effectiveOpsW, effectiveProject: effectiveProjectW } = weekly;
  for (let i = lo; i <= hi; i++) {
    const week = (i / 7) | 0;
    const c = capacity[i];
    const o = ops[i];
    const b = booked[i];
    capacityW[week] += c;
    opsW[week] += o;
    projectW[week] += b;
    let effectiveOps: number;
    let factor: number;
    if (opsFirst) {
      effectiveOps = o < c ? o : c;
      factor = b > 0 ? Math.min(1, (c - effectiveOps) / b) : 0;
    } else {
      const demand = o + b;
      factor = demand > 0 ? Math.min(1, c / demand) : 0;
      effectiveOps = o * factor;
    }
    opsFactor[i] = o > 0 ? effectiveOps / o : 0;
    bookingFactor[i] = factor;
    effectiveOpsW[week] += effectiveOps;
    effectiveProjectW[week] += b * factor;
    if (c > 0 && money) {
      const month = money.monthOfDay[i];
      money.paidM[month] += c * money.rate;
      money.idleM[month] += Math.max(0, c - effectiveOps - b * factor) * money.rate;
    }
  }
}

/** A duty's effective hours × rate per finance month, on the days routed as `routed`. */
function addDutyCost(
  opex: Float64Array, hours: Float64Array, routedTo: Uint8Array, routed: number, opsFactor: Float64Array, monthOfDay: Int32Array,
  rate: number, lo: number, hi: number,
): void {
  for (let i = lo; i <= hi; i++) if (hours[i] > 0 && routedTo[i] === routed) opex[monthOfDay[i]] += hours[i] * opsFactor[i] * rate;
}

/** One booking's effective hours: its finance row always; the project's own figures only inside the project's dates. */
function addBookingEffective(
  range: BookingRange, project: Project, load: ProjectLoad, assignee: { booked: number; effective: number },
  row: { readonly capex: Float64Array; readonly opex: Float64Array } | null, available: Uint8Array, bookingFactor: Float64Array,
  monthOfDay: Int32Array, rate: number, horizonStart: Day, statusIndex: number, lo: number, hi: number,
): void {
  const { first, last, daily } = range;
  if (daily === 0) return;
  const capFirst = (project.capitalisationStart ?? -Infinity) - horizonStart;
  const capLast = (project.capitalisationEnd ?? Infinity) - horizonStart;
  const projectFirst = project.start - horizonStart;
  const projectLast = project.end - horizonStart;
  const capexShare = project.capexShare;
  const effectiveByDay = load.effective;
  for (let i = Math.max(first, lo), stop = Math.min(last, hi); i <= stop; i++) {
    if (available[i] === 0) continue;
    const effective = daily * bookingFactor[i];
    if (row) {
      const cost = effective * rate;
      const month = monthOfDay[i];
      if (i >= capFirst && i <= capLast) {
        row.capex[month] += cost * capexShare;
        row.opex[month] += cost * (1 - capexShare);
      } else row.opex[month] += cost;
    }
    if (i < projectFirst || i > projectLast) continue;
    effectiveByDay[i] += effective;
    load.costAll += daily * rate;
    if (i >= statusIndex) {
      load.bookedFromStatus += daily;
      load.costFromStatus += daily * rate;
      assignee.booked += daily;
      assignee.effective += effective;
    } else load.bookedBeforeStatus += daily;
  }
}

/**
 * The interval test on one person: spare = capacity − ops − weekly bookings per day (never below
 * 0); each counted flexible booking is an item over its window clipped to the horizon, with the
 * hours it books there. A flexible booking with no available day anywhere in its window counts its
 * whole Total hours when its window meets the horizon: it cannot be worked at all.
 */
function testFlexible(
  bookings: readonly Booking[], ranges: readonly BookingRange[],
  capacity: Float64Array, ops: Float64Array, booked: Float64Array, available: Uint8Array,
): PersonLoad['flex'] {
  const spare = new Float64Array(capacity.length);
  for (let i = 0; i < spare.length; i++) spare[i] = Math.max(0, capacity[i] - ops[i] - booked[i]);
  const items: FlexItem[] = [];
  const flexible: Booking[] = [];
  ranges.forEach(({ first, last, daily }, k) => {
    const booking = bookings[k];
    if (booking.totalHours === null || first > last) return;
    let hours = 0;
    if (daily === 0) hours = booking.totalHours;
    else for (let i = first; i <= last; i++) if (available[i] === 1) hours += daily;
    items.push({ first, last, hours });
    flexible.push(booking);
  });
  const shortfall = worstFlexWindow(spare, items);
  return shortfall ? { shortfall, bookings: shortfall.items.map((i) => flexible[i]) } : undefined;
}

/** Name of the finance row for people and duties without a cost centre. */
export const NO_COST_CENTRE = '(no cost centre)';

/** Booked hours before and after the horizon, inside the project's dates: they count for PV and the blended rate. */
export function addBookingsOutsideHorizon(booking: Booking, calendar: PersonCalendar, horizon: Horizon, statusDay: Day, load: ProjectLoad): void {
  const daily = booking.dailyHours;
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
