/**
 * Candidate fixes for one conflict, each with the edits on the input sheets and the same change
 * as the reader would read it back (a PlanChange), so it can be re-checked without re-reading the
 * workbook. Candidates are only proposals: the law (suggestion-law.ts) decides which are offered.
 *
 * The kinds: move hours of a booking to a peer (same role or team) with spare capacity in those
 * weeks; shift or stretch a booking within its project's dates; name a backup for a duty; book
 * people with spare capacity on a project short of hours; move or widen flexible work.
 */
import { displayDate, isoDate, isoWeekName, parseIsoDay, weekday, type Day } from '../../core/calendar';
import type { Booking, LoadModel } from '../../core/load';
import type { Assignment, Duty, Person, Plan } from '../../core/model';
import { round2 } from '../../core/money';
import { countWorkingDays, type ProjectCheck } from '../../core/project-check';
import type { PlanChange } from '../../core/recheck';
import { UNCOVERED } from '../../core/duty-demand';
import type { Conflict, EditValue, SuggestionEdit } from '../../core/report';
import type { RawWorkbook } from '../grid';
import { currentValue, type InputSheet } from './input-sheet';
import type { SpareCapacity } from './spare-capacity';

/** A proposed fix: its line, its edits, and the plan change those edits make. */
export interface Candidate {
  readonly text: string;
  readonly edits: readonly SuggestionEdit[];
  readonly change: PlanChange;
}

/** Everything the generators read, prepared once per check. */
export interface CandidateContext {
  readonly raw: RawWorkbook;
  readonly plan: Plan;
  readonly model: LoadModel;
  readonly checks: ReadonlyMap<string, ProjectCheck>;
  readonly spare: SpareCapacity;
  readonly assignments: InputSheet | undefined;
  readonly duties: InputSheet | undefined;
  readonly assignmentIndex: ReadonlyMap<Assignment, number>;
  readonly bookingsOf: ReadonlyMap<string, readonly Booking[]>;
  readonly dutyIndex: ReadonlyMap<string, number>;
  /** People of the same role or team, in plan order, without the person. */
  readonly peersOf: (person: Person) => readonly Person[];
  readonly statusDay: Day;
  readonly threshold: number;
  readonly wd: number;
}

// Bounds that keep generation small: candidates are cheap to make, but each costs a re-check.
const BOOKINGS_TRIED = 3;
const PEERS_TRIED = 2;
const PEOPLE_TRIED = 3;
const BACKUPS_LOOKED_AT = 80;

/**
 * Up to `limit` candidates for a conflict, in the order they are worth trying; [] for kinds
 * without suggestions.
 */
export function candidatesFor(context: CandidateContext, conflict: Conflict, limit: number): Candidate[] {
  switch (conflict.kind) {
    case 'OVERALLOCATED':
    case 'OPS_AT_RISK':
      return conflict.person === undefined ? [] : bookingCandidates(context, conflict.person, conflict.from, conflict.to, limit).slice(0, limit);
    case 'COVERAGE_GAP':
      return backupCandidates(context, conflict).slice(0, limit);
    case 'SCOPE_AT_RISK':
    case 'SCHEDULE_SLIP':
    case 'NO_ASSIGNMENTS':
      return staffingCandidates(context, conflict).slice(0, limit);
    case 'FLEX_INFEASIBLE':
      return flexibleCandidates(context, conflict).slice(0, limit);
    default:
      return [];
  }
}

/** For information: the finish the current staffing supports, for a slipping project (no edits). */
export function supportedDeadline(context: CandidateContext, conflict: Conflict): { text: string; edits: [] } | undefined {
  if (conflict.kind !== 'SCHEDULE_SLIP' || conflict.project === undefined) return undefined;
  const check = context.checks.get(conflict.project);
  if (!check || check.forecastFinish === null || check.forecastFinish <= check.project.end) return undefined;
  return {
    text: `For information: with the people booked now, ${conflict.project} can finish on ${displayDate(check.forecastFinish)} ` +
      `(${check.slipDays} working days after its End of ${displayDate(check.project.end)})`,
    edits: [],
  };
}

const hoursText = (hours: number) => `${round2(hours)} h`;

/** "2026-W16–W26", "2026-W52–2027-W02" or "2026-W16" for the weeks holding two days. */
function weeksText(from: Day, to: Day): string {
  const first = isoWeekName(from);
  const last = isoWeekName(to);
  if (first === last) return first;
  return first.slice(0, 4) === last.slice(0, 4) ? `${first}–${last.slice(5)}` : `${first}–${last}`;
}

function weekOf(context: CandidateContext, day: Day): number {
  return Math.floor((day - context.model.horizon.start) / 7);
}

/** An assignment's row appended to the Assignments sheet, or undefined when a column it needs is missing. */
function appendAssignment(context: CandidateContext, fields: Readonly<Record<string, EditValue>>): SuggestionEdit | undefined {
  const sheet = context.assignments;
  if (!sheet) return undefined;
  const append: Record<string, EditValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    const header = sheet.header(key);
    if (header === undefined) return undefined;
    append[header] = value;
  }
  return { sheet: sheet.sheet, append };
}

/** A cell edit from its source cell's current value, or undefined when the cell cannot be edited (no column, an error value). */
function cellEdit(context: CandidateContext, assignment: Assignment | Duty, key: string, after: EditValue): SuggestionEdit | undefined {
  const ref = assignment.cells[key];
  if (!ref) return undefined;
  const before = currentValue(context.raw, ref);
  if (before === undefined) return undefined;
  return { sheet: ref.sheet, cell: ref.cell, before, after };
}

function defined<T>(items: readonly (T | undefined)[]): T[] | undefined {
  return items.every((item) => item !== undefined) ? (items as T[]) : undefined;
}

/**
 * For a person over-loaded from `fromIso` to `toIso`: for their largest weekly bookings in those
 * weeks, move the excess (whole hours) to up to two peers with that much headroom, stretch the
 * booking to its project's End at about the same total, or shift it past those weeks.
 */
function bookingCandidates(context: CandidateContext, name: string, fromIso: string, toIso: string, limit: number): Candidate[] {
  const { model, threshold } = context;
  const load = model.peopleByName.get(name);
  const from = parseIsoDay(fromIso) as Day;
  const to = parseIsoDay(toIso) as Day;
  if (!load) return [];
  let need = 0;
  for (let w = weekOf(context, from); w <= weekOf(context, to); w++) need = Math.max(need, load.ops[w] + load.project[w] - threshold * load.capacity[w]);
  if (need <= 0) return [];
  const bookings = (context.bookingsOf.get(name) ?? [])
    .filter((b) => b.totalHours === null && b.hoursPerWeek > 0 && b.from <= to && b.to >= from)
    .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || (context.assignmentIndex.get(a.assignment) ?? 0) - (context.assignmentIndex.get(b.assignment) ?? 0))
    .slice(0, BOOKINGS_TRIED);
  const out: Candidate[] = [];
  for (const booking of bookings) {
    if (out.length >= limit) break;
    out.push(...moveCandidates(context, booking, need, from, to));
    const stretch = stretchCandidate(context, booking);
    if (stretch) out.push(stretch);
    const shift = shiftCandidate(context, booking, to);
    if (shift) out.push(shift);
  }
  return out;
}

function moveCandidates(context: CandidateContext, booking: Booking, need: number, runFrom: Day, runTo: Day): Candidate[] {
  const { assignment, person, project } = booking;
  const index = context.assignmentIndex.get(assignment);
  if (index === undefined) return [];
  const byHours = 'hoursPerWeek' in assignment.booking;
  const hours = booking.hoursPerWeek;
  const moved = byHours ? Math.min(hours, Math.ceil(need - 1e-9)) : hours;
  const first = Math.max(booking.from, runFrom);
  const last = Math.min(booking.to, runTo);
  const whole = moved >= hours - 1e-9 && booking.from >= runFrom && booking.to <= runTo;
  if (!whole && !byHours) return [];
  const weeks = [weekOf(context, first), weekOf(context, last)] as const;
  const peers = context.peersOf(person)
    .filter((peer) => {
      const takes = whole && 'allocation' in assignment.booking ? assignment.booking.allocation * peer.hoursPerWeek : moved;
      return takes > 0 && context.spare.hasHeadroom(peer.name, weeks[0], weeks[1], takes);
    })
    .map((peer) => ({ peer, headroom: context.spare.headroom(peer.name, weeks[0], weeks[1]) }))
    .sort((a, b) => b.headroom - a.headroom)
    .slice(0, PEERS_TRIED);
  const out: Candidate[] = [];
  for (const { peer } of peers) {
    if (whole) {
      const edit = cellEdit(context, assignment, 'person', peer.name);
      if (!edit) continue;
      out.push({
        text: `Give ${person.name}'s booking on ${project.name} (${hoursText(hours)}/week, ${weeksText(booking.from, booking.to)}) to ${peer.name}`,
        edits: [edit],
        change: { replace: new Map([[index, { ...assignment, person: peer.name }]]) },
      });
      continue;
    }
    const left = round2(hours - moved);
    const status = assignment.status === 'Tentative' ? 'Tentative' : null;
    const rows: { person: string; from: Day; to: Day }[] = [{ person: peer.name, from: first, to: last }];
    if (booking.from < first) rows.push({ person: person.name, from: booking.from, to: first - 1 });
    if (booking.to > last) rows.push({ person: person.name, from: last + 1, to: booking.to });
    const edits = defined([
      cellEdit(context, assignment, 'hoursPerWeek', left),
      ...rows.map((row) => appendAssignment(context, {
        person: row.person, project: project.name, from: isoDate(row.from), to: isoDate(row.to), hoursPerWeek: moved, status,
      })),
    ]);
    if (!edits) continue;
    out.push({
      text: `Move ${hoursText(moved)}/week of ${project.name} from ${person.name} to ${peer.name} in ${weeksText(first, last)}`,
      edits,
      change: {
        replace: new Map([[index, { ...assignment, booking: { hoursPerWeek: left } }]]),
        append: rows.map((row) => ({
          person: row.person, project: project.name, from: row.from, to: row.to, booking: { hoursPerWeek: moved }, status: assignment.status, cells: {},
        })),
      },
    });
  }
  return out;
}

/** Stretch a weekly booking to its project's End at fewer hours a week, keeping (at most) the same total. */
function stretchCandidate(context: CandidateContext, booking: Booking): Candidate | undefined {
  const { assignment, person, project } = booking;
  const index = context.assignmentIndex.get(assignment);
  if (index === undefined || !('hoursPerWeek' in assignment.booking) || booking.to >= project.end || booking.from > project.end) return undefined;
  const working = (day: Day) => context.plan.settings.workingDays[weekday(day)];
  const daysNow = countWorkingDays(booking.from, booking.to, working);
  const daysThen = countWorkingDays(booking.from, project.end, working);
  if (daysNow === 0 || daysThen <= daysNow) return undefined;
  // Rounded down to 2 decimals: the stretched booking never books more hours in total.
  const hours = Math.floor((booking.hoursPerWeek * daysNow * 100) / daysThen) / 100;
  if (hours >= booking.hoursPerWeek - 0.005) return undefined;
  const edits = defined([cellEdit(context, assignment, 'to', isoDate(project.end)), cellEdit(context, assignment, 'hoursPerWeek', hours)]);
  if (!edits) return undefined;
  return {
    text: `Stretch ${person.name}'s booking on ${project.name} to ${displayDate(project.end)} at ${hoursText(hours)}/week (about the same total)`,
    edits,
    change: { replace: new Map([[index, { ...assignment, to: project.end, booking: { hoursPerWeek: hours } }]]) },
  };
}

/** Shift a booking by whole weeks so it starts after the over-loaded weeks, when it still ends by the project's End. */
function shiftCandidate(context: CandidateContext, booking: Booking, runTo: Day): Candidate | undefined {
  const { assignment, person, project } = booking;
  const index = context.assignmentIndex.get(assignment);
  if (index === undefined) return undefined;
  const weeks = Math.ceil((runTo + 1 - booking.from) / 7);
  const from = booking.from + weeks * 7;
  const to = booking.to + weeks * 7;
  if (weeks <= 0 || to > project.end) return undefined;
  const edits = defined([cellEdit(context, assignment, 'from', isoDate(from)), cellEdit(context, assignment, 'to', isoDate(to))]);
  if (!edits) return undefined;
  return {
    text: `Shift ${person.name}'s booking on ${project.name} ${weeks} week${weeks === 1 ? '' : 's'} later, to ${displayDate(from)}–${displayDate(to)}`,
    edits,
    change: { replace: new Map([[index, { ...assignment, from, to }]]) },
  };
}

/** Name as the duty's backup someone (peers first) who is available on the uncovered days and has the spare hours. */
function backupCandidates(context: CandidateContext, conflict: Conflict): Candidate[] {
  const index = conflict.duty === undefined ? undefined : context.dutyIndex.get(conflict.duty);
  if (index === undefined) return [];
  const duty = context.plan.duties[index];
  const load = context.model.duties.find((d) => d.demand.index === index);
  if (!load || !duty.cells.backup) return [];
  const from = parseIsoDay(conflict.from) as Day;
  const to = parseIsoDay(conflict.to) as Day;
  const start = context.model.horizon.start;
  const days: number[] = [];
  for (let i = Math.max(0, from - start); i <= Math.min(context.model.horizon.dayCount - 1, to - start); i++) {
    if (load.demand.hours[i] > 0 && load.demand.routedTo[i] === UNCOVERED) days.push(i);
  }
  const owner = context.plan.people.find((p) => p.name === duty.owner);
  const peers = new Set(owner ? context.peersOf(owner).map((p) => p.name) : []);
  // The owner's peers first, then others in plan order, up to BACKUPS_LOOKED_AT people.
  const pool = [...(owner ? context.peersOf(owner) : []), ...context.plan.people.filter((p) => !peers.has(p.name))].slice(0, BACKUPS_LOOKED_AT);
  const firstWeek = days.length > 0 ? (days[0] / 7) | 0 : 0;
  const perWeek = new Float64Array(days.length > 0 ? ((days[days.length - 1] / 7) | 0) - firstWeek + 1 : 0);
  const scored: { person: Person; covered: number; fits: boolean; order: number }[] = [];
  pool.forEach((p, order) => {
    const available = context.model.calendars.get(p.name)?.available;
    if (!available || p.name === duty.owner || p.name === duty.backup) return;
    perWeek.fill(0);
    let covered = 0;
    for (const i of days) {
      if (available[i] !== 1) continue;
      covered += load.demand.hours[i];
      perWeek[((i / 7) | 0) - firstWeek] += load.demand.hours[i];
    }
    if (covered <= 0) return;
    let fits = true;
    for (let w = 0; w < perWeek.length && fits; w++) fits = perWeek[w] === 0 || context.spare.spareIn(p.name, firstWeek + w) >= perWeek[w] - 1e-9;
    scored.push({ person: p, covered, fits, order });
  });
  const chosen = scored
    .filter((s) => s.fits)
    .sort((a, b) => b.covered - a.covered || a.order - b.order)
    .slice(0, PEOPLE_TRIED);
  const out: Candidate[] = [];
  for (const { person, covered } of chosen) {
    const edit = cellEdit(context, duty, 'backup', person.name);
    if (!edit) continue;
    out.push({
      text: `Name ${person.name} as backup for ${duty.name}: covers ${hoursText(covered)} in ${weeksText(from, to)}`,
      edits: [edit],
      change: { duties: new Map([[index, { ...duty, backup: person.name }]]) },
    });
  }
  return out;
}

/** Book the people with the most headroom from the status date to the project's End, enough hours a week to close the gap. */
function staffingCandidates(context: CandidateContext, conflict: Conflict): Candidate[] {
  const check = conflict.project === undefined ? undefined : context.checks.get(conflict.project);
  if (!check || conflict.hours <= 0) return [];
  const { project } = check;
  const { horizon } = context.model;
  const from = Math.max(context.statusDay, project.start, horizon.start);
  const to = Math.min(project.end, horizon.end);
  if (from > to || !context.assignments?.header('hoursPerWeek')) return [];
  const [first, last] = [weekOf(context, from), weekOf(context, to)];
  const short = conflict.hours;
  const datesWritten = context.assignments.header('from') !== undefined && context.assignments.header('to') !== undefined;
  const scored = context.plan.people
    .map((person, order) => {
      const headroom = context.spare.headroom(person.name, first, last);
      const days = context.spare.availableDays(person.name, first, last);
      if (headroom === Infinity || days === 0) return undefined;
      const hours = Math.min(Math.floor(headroom), Math.ceil((short * context.wd) / days - 1e-9));
      return hours >= 1 ? { person, hours, gain: (hours * days) / context.wd, order } : undefined;
    })
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .sort((a, b) => b.gain - a.gain || a.order - b.order)
    .slice(0, PEOPLE_TRIED);
  const out: Candidate[] = [];
  for (const { person, hours, gain } of scored) {
    const edit = appendAssignment(context, {
      person: person.name, project: project.name, from: datesWritten ? isoDate(from) : null, to: datesWritten ? isoDate(project.end) : null, hoursPerWeek: hours,
    });
    if (!edit) continue;
    out.push({
      text: `Book ${person.name} on ${project.name} for ${hoursText(hours)}/week from ${displayDate(from)} to ${displayDate(project.end)} (about ${Math.round(gain)} h)`,
      edits: [edit],
      change: {
        append: [{
          person: person.name, project: project.name, from: datesWritten ? from : null, to: datesWritten ? project.end : null,
          booking: { hoursPerWeek: hours }, status: 'Confirmed', cells: {},
        }],
      },
    });
  }
  return out;
}

/** Move part of the largest flexible items to peers with spare hours in their windows, or widen an item's window to its project's End. */
function flexibleCandidates(context: CandidateContext, conflict: Conflict): Candidate[] {
  const load = conflict.person === undefined ? undefined : context.model.peopleByName.get(conflict.person);
  if (!load?.flex) return [];
  const items = [...load.flex.bookings].sort((a, b) => (b.totalHours ?? 0) - (a.totalHours ?? 0)).slice(0, BOOKINGS_TRIED);
  const out: Candidate[] = [];
  for (const booking of items) {
    const { assignment, person, project } = booking;
    const index = context.assignmentIndex.get(assignment);
    const total = booking.totalHours ?? 0;
    if (index === undefined || total <= 0) continue;
    const moved = Math.min(total, Math.ceil(conflict.hours - 1e-9));
    const [first, last] = [weekOf(context, booking.from), weekOf(context, booking.to)];
    const peers = context.peersOf(person)
      .map((peer) => {
        let spare = 0;
        for (let w = Math.max(0, first); w <= Math.min(context.model.horizon.weekCount - 1, last); w++) spare += Math.max(0, context.spare.spareIn(peer.name, w));
        return { peer, spare };
      })
      .filter((p) => p.spare >= moved)
      .sort((a, b) => b.spare - a.spare)
      .slice(0, PEERS_TRIED);
    const dated = assignment.from !== null || assignment.to !== null;
    for (const { peer } of peers) {
      const edits = defined([
        cellEdit(context, assignment, 'totalHours', round2(total - moved)),
        appendAssignment(context, {
          person: peer.name, project: project.name, from: dated ? isoDate(booking.from) : null, to: dated ? isoDate(booking.to) : null,
          totalHours: moved, status: assignment.status === 'Tentative' ? 'Tentative' : null,
        }),
      ]);
      if (!edits) continue;
      out.push({
        text: `Move ${hoursText(moved)} of ${person.name}'s flexible work on ${project.name} to ${peer.name} (${displayDate(booking.from)}–${displayDate(booking.to)})`,
        edits,
        change: {
          replace: new Map([[index, { ...assignment, booking: { totalHours: round2(total - moved) } }]]),
          append: [{
            person: peer.name, project: project.name, from: dated ? booking.from : null, to: dated ? booking.to : null,
            booking: { totalHours: moved }, status: assignment.status, cells: {},
          }],
        },
      });
    }
    if (booking.to < project.end) {
      const edit = cellEdit(context, assignment, 'to', isoDate(project.end));
      if (edit) {
        out.push({
          text: `Give ${person.name} until ${displayDate(project.end)} for the ${hoursText(total)} of flexible work on ${project.name}`,
          edits: [edit],
          change: { replace: new Map([[index, { ...assignment, to: project.end }]]) },
        });
      }
    }
  }
  return out;
}
