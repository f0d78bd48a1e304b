/**
 * The re-check of a suggestion: what the check would report, after a change to the plan, about
 * every person, duty and project the change can touch, computed from the base analysis without
 * re-running the whole plan.
 *
 * Why it equals a full re-run on those subjects: a person's figures depend only on their own
 * calendar, the duties routed to them and their own bookings; a duty's routing only on its
 * owner's and backup's calendars; a project's figures are sums over its assignees' passes. So a
 * change to some assignments and duties alters only the people named in them (old and new), the
 * duties they own or that changed, and the projects those people are booked on; and a person's
 * pass changes only on the days the changed bookings and duties cover. The re-check runs the same
 * person pass (`loadPerson`) on those days, before and after, and replaces the person's weeks and
 * adjusts the projects' sums by the difference. When the change could move the horizon it falls
 * back to a full analysis. test/core/recheck.property.test.ts compares the two on random plans.
 */
import { averageHourlyRate, analyseInDetail, monthsOf, resolveStatusDay, type AnalyseOptions, type DetailedAnalysis } from './analyse';
import { ArraySlab } from './array-slab';
import { workingWeekdayMask, type PersonCalendar } from './availability';
import { findLoadConflicts, findProjectConflicts } from './conflicts';
import { spreadDuty, ROUTED_TO_BACKUP, ROUTED_TO_OWNER } from './duty-demand';
import type { Horizon } from './horizon';
import {
  addBookingsOutsideHorizon, dutyLoad, isCountedProject, loadPerson, passScratch, resolveAssignment, resolveFlexible,
  type Booking, type DutyLoad, type LoadModel, type PersonDuty, type PersonLoad, type PersonPassContext, type ProjectLoad,
} from './load';
import type { Assignment, Duty, Person, Plan, Project } from './model';
import { checkProject, type ProjectCheck } from './project-check';
import type { Conflict } from './report';

/** A change to a read plan, as a suggestion's edits make it. */
export interface PlanChange {
  /** Assignments replaced, by index in plan.assignments. */
  readonly replace?: ReadonlyMap<number, Assignment>;
  /** Assignments added after the last one, in order. */
  readonly append?: readonly Assignment[];
  /** Duties replaced, by index in plan.duties. */
  readonly duties?: ReadonlyMap<number, Duty>;
}

/** The plan after a change (a new object; the plan given is not touched). */
export function applyPlanChange(plan: Plan, change: PlanChange): Plan {
  const assignments = plan.assignments.map((a, i) => change.replace?.get(i) ?? a);
  assignments.push(...(change.append ?? []));
  const duties = change.duties ? plan.duties.map((d, i) => change.duties?.get(i) ?? d) : plan.duties;
  return { ...plan, assignments, duties };
}

/** The subjects a re-check speaks for: its conflicts about them are those of a full re-run. */
export interface RecheckScope {
  readonly people: ReadonlySet<string>;
  readonly duties: ReadonlySet<string>;
  readonly projects: ReadonlySet<string>;
}

export interface RecheckResult {
  /** Every conflict about the subjects in scope (messages may word a driver differently from a full run). */
  readonly conflicts: readonly Conflict[];
  readonly scope: RecheckScope;
  /** The highest weekly utilisation of the people whose load changed, after the change (capacity 0 with demand: Infinity). */
  readonly peakUtilisation: number;
}

/**
 * True when a conflict is about a subject in scope, whose conflicts the re-check gives as a full
 * run would. OUTSIDE_EMPLOYMENT and OUTSIDE_PROJECT are never in scope: they are always medium
 * and answer no suggestion, so the re-check does not look for them.
 */
export function isInScope(conflict: Conflict, scope: RecheckScope): boolean {
  switch (conflict.kind) {
    case 'OVERALLOCATED': case 'FLEX_INFEASIBLE':
      return scope.people.has(conflict.person ?? '');
    case 'OPS_AT_RISK': case 'COVERAGE_GAP':
      return scope.duties.has(conflict.duty ?? '');
    case 'OUTSIDE_EMPLOYMENT': case 'OUTSIDE_PROJECT':
      return false;
    default:
      return scope.projects.has(conflict.project ?? '');
  }
}

interface IndexedBooking {
  readonly booking: Booking;
  /** Index of the assignment in the plan (appended ones continue after the last). */
  readonly index: number;
}

/** Re-checks changes to one analysed plan. Build it once per check; `recheck` is pure. */
export class Rechecker {
  private readonly model: LoadModel;
  private readonly horizon: Horizon;
  private readonly wd: number;
  private readonly averageRate: number;
  private readonly statusDay: number;
  private readonly people: ReadonlyMap<string, Person>;
  private readonly projects: ReadonlyMap<string, Project>;
  private readonly personOrder: ReadonlyMap<string, number>;
  private readonly bookingsOf = new Map<string, IndexedBooking[]>();
  private readonly bookingIndex = new Map<Booking, number>();
  private readonly dutyLoads = new Map<number, DutyLoad>();
  /** Per person, the duties routed to them in the base plan, and the duties they own (plan order). */
  private readonly routedTo: ReadonlyMap<string, PersonDuty[]>;
  private readonly ownedBy = new Map<string, DutyLoad[]>();
  private readonly workingMask: Uint8Array;
  private readonly months: { months: string[]; monthOfDay: Int32Array };
  private readonly scratch: ReturnType<typeof passScratch>;
  /**
   * The passes' weekly arrays, kept until the re-checker goes (one check's suggestions: at most
   * 120 re-checks of a few people each), in blocks of 4,096 values rather than the model's 65,536.
   */
  private readonly slab = new ArraySlab(1 << 12);
  /** Day arrays for the passes' project sums, reused from one re-check to the next (zeroed on return). */
  private readonly pool: Float64Array[] = [];
  private readonly lent: Float64Array[] = [];
  /**
   * The horizon days the current re-check's passes cover (outside them the passes add nothing).
   * Not named first/last like the day ranges: its ±Infinity would make V8 store every object of
   * that shape as doubles, and the day loops optimised for small integers would be thrown away.
   */
  private covered = { from: Infinity, to: -Infinity };

  constructor(private readonly plan: Plan, base: DetailedAnalysis, private readonly options: AnalyseOptions) {
    this.model = base.model;
    this.horizon = base.model.horizon;
    this.wd = plan.settings.workingDays.filter(Boolean).length;
    this.averageRate = averageHourlyRate(plan);
    this.statusDay = resolveStatusDay(plan, options);
    this.people = new Map(plan.people.map((p) => [p.name, p]));
    this.projects = new Map(plan.projects.map((p) => [p.name, p]));
    this.personOrder = new Map(plan.people.map((p, i) => [p.name, i]));
    const indexOf = new Map(plan.assignments.map((a, i) => [a, i]));
    for (const booking of base.model.bookings) {
      const list = this.bookingsOf.get(booking.person.name) ?? [];
      const index = indexOf.get(booking.assignment) ?? -1;
      list.push({ booking, index });
      this.bookingsOf.set(booking.person.name, list);
      this.bookingIndex.set(booking, index);
    }
    for (const duty of base.model.duties) this.dutyLoads.set(duty.demand.index, duty);
    this.routedTo = routedDuties(base.model.duties, base.model.calendars);
    for (const load of base.model.duties) {
      const list = this.ownedBy.get(load.demand.duty.owner) ?? [];
      list.push(load);
      this.ownedBy.set(load.demand.duty.owner, list);
    }
    this.workingMask = workingWeekdayMask(this.horizon, plan.settings);
    this.months = monthsOf(this.horizon);
    this.scratch = passScratch(this.horizon.dayCount);
  }

  /** The conflicts about every subject `change` can touch, after it. */
  recheck(change: PlanChange): RecheckResult {
    try {
      return this.recheckOnce(change);
    } finally {
      for (const array of this.lent) {
        array.fill(0, Math.max(0, this.covered.from), Math.min(array.length, this.covered.to + 1));
        this.pool.push(array);
      }
      this.lent.length = 0;
      this.covered = { from: Infinity, to: -Infinity };
    }
  }

  private recheckOnce(change: PlanChange): RecheckResult {
    const { horizon, plan } = this;
    const settings = plan.settings;
    // Per person: the horizon days whose figures the change can alter ([first, last]; a hull is enough).
    const touched = new Map<string, { first: number; last: number }>();
    const touch = (person: string, from: number, to: number) => {
      const first = Math.max(0, from - horizon.start);
      const last = Math.min(horizon.dayCount - 1, to - horizon.start);
      if (first > last) {
        if (!touched.has(person)) touched.set(person, { first: 1, last: 0 });
        return;
      }
      const range = touched.get(person);
      if (!range || range.first > range.last) touched.set(person, { first, last });
      else touched.set(person, { first: Math.min(range.first, first), last: Math.max(range.last, last) });
    };

    const replaced = new Map<number, Booking | undefined>();
    const added: IndexedBooking[] = [];
    let movesHorizon = false;
    const resolve = (assignment: Assignment): Booking | undefined => {
      const booking = resolveAssignment(assignment, this.people, this.projects, settings);
      const calendar = booking && this.model.calendars.get(booking.person.name);
      return booking && calendar ? resolveFlexible(booking, calendar, horizon, this.wd) : booking;
    };
    const endsHorizon = (booking: Booking) => settings.horizonEnd === null && booking.to >= horizon.end - 6;
    for (const [index, assignment] of change.replace ?? []) {
      const old = this.findBooking(plan.assignments[index], index);
      const now = resolve(assignment);
      replaced.set(index, now);
      // The latest counted end sets the horizon: a change that reaches or leaves its last week may move it.
      if ((old && endsHorizon(old)) || (now && endsHorizon(now))) movesHorizon = true;
      if (old) touch(old.person.name, old.from, old.to);
      if (now) touch(now.person.name, now.from, now.to);
    }
    (change.append ?? []).forEach((assignment, k) => {
      const now = resolve(assignment);
      if (!now) return;
      if (endsHorizon(now)) movesHorizon = true;
      added.push({ booking: now, index: plan.assignments.length + k });
      touch(now.person.name, now.from, now.to);
    });
    if (movesHorizon) return this.fullRecheck(change);

    const changedDuties: DutyLoad[] = [];
    const dutyLoads = change.duties && change.duties.size > 0 ? new Map(this.dutyLoads) : this.dutyLoads;
    for (const [index, duty] of change.duties ?? []) {
      const before = plan.duties[index];
      const owner = this.model.calendars.get(duty.owner);
      (dutyLoads as Map<number, DutyLoad>).delete(index);
      if (owner) {
        const backup = duty.backup === null ? undefined : this.model.calendars.get(duty.backup);
        const load = dutyLoad(spreadDuty(duty, index, horizon, this.workingMask, this.wd, owner, backup), horizon);
        (dutyLoads as Map<number, DutyLoad>).set(index, load);
        changedDuties.push(load);
      }
      const oldDemand = this.dutyLoads.get(index)?.demand;
      if (oldDemand && onlyBackupChanged(before, duty)) {
        // The owner keeps every day they had; only the days they are away move between the old
        // backup, the new one and nobody: the backups' passes need just those days.
        let first = Infinity;
        let last = -Infinity;
        for (let i = 0; i < horizon.dayCount; i++) {
          if (oldDemand.hours[i] > 0 && oldDemand.routedTo[i] !== ROUTED_TO_OWNER) {
            first = Math.min(first, i);
            last = i;
          }
        }
        touch(duty.owner, 1, 0);
        for (const name of [before.backup, duty.backup]) {
          if (name === null) continue;
          if (first <= last) touch(name, horizon.start + first, horizon.start + last);
          else touch(name, 1, 0);
        }
        continue;
      }
      for (const name of [before.owner, before.backup, duty.owner, duty.backup]) {
        if (name !== null) touch(name, horizon.start, horizon.end);
      }
    }

    // The duties routed to a person after the change: their base list without the changed duties, plus the changed ones now routed to them.
    const changedIndexSet = new Set(change.duties?.keys() ?? []);
    const routedAfter = (name: string): PersonDuty[] => {
      const base = this.routedTo.get(name) ?? [];
      if (changedIndexSet.size === 0) return base;
      const routed = routedDuties(changedDuties, this.model.calendars).get(name) ?? [];
      return [...base.filter((d) => !changedIndexSet.has(d.demand.index)), ...routed].sort((a, b) => a.demand.index - b.demand.index);
    };

    // Each touched person's pass before and after, on the touched days, into separate project sums.
    const minus = new Map<string, ProjectLoad>();
    const plus = new Map<string, ProjectLoad>();
    const newLoads = new Map<string, PersonLoad>();
    const newBookings = new Map<string, IndexedBooking[]>();
    const people = [...touched.keys()].filter((name) => this.model.calendars.has(name))
      .sort((a, b) => (this.personOrder.get(a) ?? 0) - (this.personOrder.get(b) ?? 0));
    for (const name of people) {
      const calendar = this.model.calendars.get(name) as PersonCalendar;
      const oldList = this.bookingsOf.get(name) ?? [];
      const newList = oldList.filter((b) => !replaced.has(b.index));
      for (const [index, booking] of replaced) if (booking && booking.person.name === name) newList.push({ booking, index });
      for (const item of added) if (item.booking.person.name === name) newList.push(item);
      newList.sort((a, b) => a.index - b.index);
      newBookings.set(name, newList);
      // Hours outside the horizon (PV, blended rate) change only with the changed bookings.
      for (const item of oldList) if (replaced.has(item.index)) this.outside(item.booking, minus);
      for (const item of newList) if (replaced.has(item.index) || item.index >= plan.assignments.length) this.outside(item.booking, plus);
      let range = touched.get(name) as { first: number; last: number };
      if (range.first > range.last) {
        newLoads.set(name, this.model.peopleByName.get(name) as PersonLoad);
        continue;
      }
      // Whole weeks, so the weekly figures of the touched weeks are recomputed whole; the whole
      // horizon for flexible work (the interval test sees every day).
      const flexible = [...oldList, ...newList].some((b) => b.booking.totalHours !== null);
      range = flexible ? { first: 0, last: horizon.dayCount - 1 } : { first: range.first - (range.first % 7), last: range.last - (range.last % 7) + 6 };
      this.pass(calendar, this.routedTo.get(name) ?? [], oldList, range, minus);
      const after = this.pass(calendar, routedAfter(name), newList, range, plus);
      newLoads.set(name, mergeWeeks(this.model.peopleByName.get(name) as PersonLoad, after, range, flexible));
    }

    const projectLoads = new Map<string, ProjectLoad>();
    const checks: ProjectCheck[] = [];
    // A project whose sums the passes leave exactly as they were keeps its base check and
    // conflicts: it is left out of the scope (most of the new colleague's other projects).
    const affectedProjects = [...new Set([...minus.keys(), ...plus.keys()])].sort()
      .filter((name) => !this.unchanged(minus.get(name), plus.get(name)));
    for (const name of affectedProjects) {
      const project = this.projects.get(name) as Project;
      const load = this.mergeProject(name, minus.get(name), plus.get(name), newBookings);
      if (load) projectLoads.set(name, load);
      if (isCountedProject(project, settings.includeTentative)) {
        checks.push(checkProject(project, load, { statusDay: this.statusDay, horizon, settings, averageRate: this.averageRate }));
      }
    }

    const personSet = new Set(people);
    const changedIndices = new Set(change.duties?.keys() ?? []);
    const dutyIndices = new Set(changedDuties.map((d) => d.demand.index));
    for (const name of people) for (const load of this.ownedBy.get(name) ?? []) if (!changedIndices.has(load.demand.index)) dutyIndices.add(load.demand.index);
    const duties = [...dutyIndices].sort((a, b) => a - b).map((index) => dutyLoads.get(index) as DutyLoad);
    const peopleLoads = people.map((name) => newLoads.get(name) as PersonLoad);
    const partial: LoadModel = {
      horizon, statusDay: this.statusDay, people: peopleLoads, peopleByName: newLoads, calendars: this.model.calendars,
      duties, bookings: people.flatMap((name) => (newBookings.get(name) ?? []).map((b) => b.booking)), projects: projectLoads,
    };
    const conflicts = [
      ...findLoadConflicts(partial, settings, duties.map((d) => d.demand.duty), false),
      ...findProjectConflicts(checks, partial, settings),
    ];
    const scope: RecheckScope = { people: personSet, duties: new Set(duties.map((d) => d.demand.duty.name)), projects: new Set(affectedProjects) };
    const changed = peopleLoads.filter((load) => (touched.get(load.person.name)?.first ?? 1) <= (touched.get(load.person.name)?.last ?? 0));
    return { conflicts, scope, peakUtilisation: peakOf(changed) };
  }

  /** A full analysis of the changed plan, for changes that may move the horizon; its scope is everything. */
  private fullRecheck(change: PlanChange): RecheckResult {
    const detailed = analyseInDetail(applyPlanChange(this.plan, change), [], this.options);
    const { model } = detailed;
    const scope: RecheckScope = {
      people: new Set(model.people.map((p) => p.person.name)),
      duties: new Set(model.duties.map((d) => d.demand.duty.name)),
      projects: new Set(this.plan.projects.map((p) => p.name)),
    };
    return { conflicts: detailed.report.conflicts.filter((c) => isInScope(c, scope)), scope, peakUtilisation: peakOf(model.people) };
  }

  private findBooking(assignment: Assignment, index: number): Booking | undefined {
    return this.bookingsOf.get(assignment.person)?.find((b) => b.index === index)?.booking;
  }

  private pass(calendar: PersonCalendar, duties: readonly PersonDuty[], bookings: readonly IndexedBooking[], range: { first: number; last: number }, into: Map<string, ProjectLoad>): PersonLoad {
    // The bookings go into the parts too, so `unchanged` can tell when a project kept them all.
    for (const { booking } of bookings) this.projectLoad(into, booking.project).bookings.push(booking);
    this.covered = { from: Math.min(this.covered.from, range.first), to: Math.max(this.covered.to, range.last) };
    const context: PersonPassContext = {
      horizon: this.horizon, statusIndex: this.statusDay - this.horizon.start, wd: this.wd, opsFirst: this.plan.settings.opsFirst,
      ledger: null, monthOfDay: this.months.monthOfDay, projects: into, projectsAndFinance: true,
      scratch: this.scratch, slab: this.slab, range,
    };
    return loadPerson(calendar, duties, bookings.map((b) => b.booking), context);
  }

  private outside(booking: Booking, into: Map<string, ProjectLoad>): void {
    const calendar = this.model.calendars.get(booking.person.name);
    const load = this.projectLoad(into, booking.project);
    load.bookings.push(booking);
    if (calendar) addBookingsOutsideHorizon(booking, calendar, this.horizon, this.statusDay, load);
  }

  /**
   * True when the before and after parts of a project are identical: the same bookings (the same
   * objects: none changed), the same day sums on the days the passes covered, the same totals.
   */
  private unchanged(before: ProjectLoad | undefined, after: ProjectLoad | undefined): boolean {
    if (!before || !after || before.bookings.length !== after.bookings.length) return false;
    if (before.bookings.some((b, i) => b !== after.bookings[i])) return false;
    if (before.bookedBeforeStatus !== after.bookedBeforeStatus || before.bookedFromStatus !== after.bookedFromStatus
      || before.costFromStatus !== after.costFromStatus || before.costAll !== after.costAll) return false;
    for (let i = Math.max(0, this.covered.from), last = Math.min(before.effective.length - 1, this.covered.to); i <= last; i++) {
      if (before.effective[i] !== after.effective[i]) return false;
    }
    for (const [person, stats] of after.assignees) {
      const old = before.assignees.get(person);
      if (!old || old.booked !== stats.booked || old.effective !== stats.effective) return false;
    }
    return before.assignees.size === after.assignees.size;
  }

  /** The project's entry in a pass's sums, made with a pooled day array when new. */
  private projectLoad(map: Map<string, ProjectLoad>, project: Project): ProjectLoad {
    let load = map.get(project.name);
    if (!load) {
      const effective = this.pool.pop() ?? new Float64Array(this.horizon.dayCount);
      this.lent.push(effective);
      load = { project, bookings: [], effective, bookedBeforeStatus: 0, bookedFromStatus: 0, costFromStatus: 0, costAll: 0, assignees: new Map() };
      map.set(project.name, load);
    }
    return load;
  }

  /** A project's load after the change: the base load − the touched people's old part + their new part. */
  private mergeProject(name: string, before: ProjectLoad | undefined, after: ProjectLoad | undefined, newBookings: ReadonlyMap<string, IndexedBooking[]>): ProjectLoad | undefined {
    const base = this.model.projects.get(name);
    const project = this.projects.get(name) as Project;
    const bookings: IndexedBooking[] = [];
    for (const booking of base?.bookings ?? []) if (!newBookings.has(booking.person.name)) bookings.push({ booking, index: this.bookingIndex.get(booking) ?? -1 });
    for (const list of newBookings.values()) for (const item of list) if (item.booking.project.name === name) bookings.push(item);
    // Their order is not the plan's (only whether there are any, and messages, use them).
    if (bookings.length === 0) return undefined;
    const effective = base ? new Float64Array(base.effective) : new Float64Array(this.horizon.dayCount);
    const minusEffective = before?.effective;
    const plusEffective = after?.effective;
    for (let i = Math.max(0, this.covered.from), last = Math.min(effective.length - 1, this.covered.to); i <= last; i++) {
      const m = minusEffective === undefined ? 0 : minusEffective[i];
      const p = plusEffective === undefined ? 0 : plusEffective[i];
      // Unchanged days keep the base value exactly (x − m + m need not be x in floating point).
      if (m !== p) effective[i] = effective[i] - m + p;
    }
    const sum = (key: 'bookedBeforeStatus' | 'bookedFromStatus' | 'costFromStatus' | 'costAll') => (base?.[key] ?? 0) - (before?.[key] ?? 0) + (after?.[key] ?? 0);
    const assignees = new Map<string, { booked: number; effective: number }>();
    for (const [person, stats] of base?.assignees ?? []) if (!newBookings.has(person)) assignees.set(person, stats);
    for (const [person, stats] of after?.assignees ?? []) assignees.set(person, stats);
    return {
      project, bookings: bookings.map((b) => b.booking), effective,
      bookedBeforeStatus: sum('bookedBeforeStatus'), bookedFromStatus: sum('bookedFromStatus'), costFromStatus: sum('costFromStatus'), costAll: sum('costAll'),
      assignees,
    };
  }
}

/** True when a changed duty differs from the old one in its backup only (its cells aside). */
function onlyBackupChanged(before: Duty, after: Duty): boolean {
  return before.name === after.name && before.owner === after.owner && before.hoursPerWeek === after.hoursPerWeek
    && before.start === after.start && before.end === after.end && before.criticality === after.criticality
    && before.costCentre === after.costCentre;
}

/** The duties routed to each person, in plan order (as buildLoad lists them: a duty to its owner, and to its backup when known). */
function routedDuties(loads: readonly DutyLoad[], calendars: ReadonlyMap<string, PersonCalendar>): Map<string, PersonDuty[]> {
  const out = new Map<string, PersonDuty[]>();
  const push = (name: string, duty: PersonDuty) => {
    const list = out.get(name) ?? [];
    list.push(duty);
    out.set(name, list);
  };
  for (const load of loads) {
    const { duty } = load.demand;
    push(duty.owner, { demand: load.demand, routed: ROUTED_TO_OWNER });
    if (duty.backup !== null && calendars.has(duty.backup)) push(duty.backup, { demand: load.demand, routed: ROUTED_TO_BACKUP });
  }
  return out;
}

/** The base person's weekly figures with the touched weeks taken from the new pass. */
function mergeWeeks(base: PersonLoad, after: PersonLoad, range: { first: number; last: number }, whole: boolean): PersonLoad {
  if (whole) return after;
  const copy = (b: Float64Array, a: Float64Array) => {
    const out = new Float64Array(b);
    for (let w = range.first / 7; w <= (range.last - 6) / 7; w++) out[w] = a[w];
    return out;
  };
  return {
    person: base.person, capacity: copy(base.capacity, after.capacity), ops: copy(base.ops, after.ops), project: copy(base.project, after.project),
    effectiveOps: copy(base.effectiveOps, after.effectiveOps), effectiveProject: copy(base.effectiveProject, after.effectiveProject),
    ...(base.flex ? { flex: base.flex } : {}),
  };
}

/** The highest weekly (ops + project) / capacity of some people; Infinity when a week has demand and no capacity. */
function peakOf(loads: readonly PersonLoad[]): number {
  let peak = 0;
  for (const load of loads) {
    for (let w = 0; w < load.capacity.length; w++) {
      const demand = load.ops[w] + load.project[w];
      if (load.capacity[w] > 0) peak = Math.max(peak, demand / load.capacity[w]);
      else if (demand > 0.01) peak = Infinity;
    }
  }
  return peak;
}
