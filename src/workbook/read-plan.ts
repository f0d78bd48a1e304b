/**
 * The workbook contract reader: raw grids in, a Plan and every problem found out. Bad rows are
 * reported and skipped; the reader never throws on user data. Only a workbook without a usable
 * Staff sheet cannot be checked at all.
 */
import type { Diagnostic } from '../core/diagnostics';
import type {
  Assignment, AssignmentHours, AssignmentStatus, Criticality, Duty, Holiday, Person, Plan, Project, ProjectStatus,
  Settings, SourceCells, TimeOff,
} from '../core/model';
import { a1 } from './address';
import { effectiveDateOrder, isBlank, showNumber, type CellReadingOptions } from './coerce';
import type { RawWorkbook } from './grid';
import { findBlock, locateSheet, type LocatedSheet, HEADER_SEARCH_ROWS } from './locate';
import { localeRules } from './locale-rules';
import { readSettings } from './read-settings';
import { RowReader } from './row-reader';
import {
  ASSIGNMENTS, DUTIES, HOLIDAYS, INPUT_SHEETS, normaliseName, PROJECTS, SETTINGS, STAFF, TIME_OFF, type SheetSpec,
} from './schema';

export type ReadResult =
  | { readonly ok: true; readonly plan: Plan; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

// Bounds that keep typing slips (a rate of 1e308) from overflowing sums: far above any real plan.
/** Hours in a week. */
export const MAX_WEEKLY_HOURS = 168;
/** Any amount of money: a trillion. */
export const MAX_MONEY = 1e12;
/** Any total of hours (estimates, leave): a billion. */
export const MAX_HOURS = 1e9;

/**
 * The largest plan Loadline checks: memory grows with people × weeks (about 40 KB a person over
 * 156 weeks) and with rows. 20,000 people with 100,000 assignments check in about 5 s and 0.8 GB
 * (npm run bench); past these limits the check refuses up front rather than exhaust a browser tab.
 */
export const MAX_STAFF_ROWS = 50_000;
export const MAX_SHEET_ROWS = 500_000;

/** Options of `readPlan`. */
export interface ReadPlanOptions {
  /**
   * The door's default locale for text numbers and dates (the CLI's --locale, the browser's
   * language); else the workbook's own (`raw.locale`, Excel's culture). Settings "Locale" wins
   * over both.
   */
  readonly locale?: string;
}

/** Reads the workbook contract from raw grids. */
export function readPlan(raw: RawWorkbook, options: ReadPlanOptions = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const tooBig = checkSize(raw);
  if (tooBig) return { ok: false, message: tooBig, diagnostics };
  const locate = (spec: SheetSpec, required: boolean) => locateInput(raw, spec, diagnostics, required);

  const settings = readSettings(locate(SETTINGS, false), diagnostics, raw.date1904, options.locale ?? raw.locale ?? null);
  const locale = settings.locale === null ? null : localeRules(settings.locale) ?? null;
  const dates: CellReadingOptions = { date1904: raw.date1904, dateOrder: effectiveDateOrder(settings.dateOrder, locale), locale };

  const staffSheet = locate(STAFF, true);
  if (!staffSheet) {
    return { ok: false, message: describeMissingStaff(raw), diagnostics };
  }
  const context: ReadContext = { diagnostics, dates, settings, skipped: new Map() };
  const people = readRows(staffSheet, STAFF, context, (row) => readPerson(row, settings));
  const projects = readRows(locate(PROJECTS, false), PROJECTS, context, readProject);
  const byPerson = indexByName(people);
  const byProject = indexByName(projects);
  const duties = readRows(locate(DUTIES, false), DUTIES, context, (row) => readDuty(row, settings, byPerson, context));
  const assignments = readRows(locate(ASSIGNMENTS, false), ASSIGNMENTS, context, (row) => readAssignment(row, byPerson, byProject, context));
  const timeOff = readRows(locate(TIME_OFF, false), TIME_OFF, context, (row) => readTimeOff(row, byPerson, context));
  const holidays = readRows(locate(HOLIDAYS, false), HOLIDAYS, context, readHoliday);
  return {
    ok: true,
    plan: {
      people: people.map((p) => p.item), duties: duties.map((d) => d.item), projects: projects.map((p) => p.item),
      assignments: assignments.map((a) => a.item), timeOff: timeOff.map((t) => t.item), holidays: holidays.map((h) => h.item),
      settings,
    },
    diagnostics,
  };
}

/** Says which sheet is over the size limit, or undefined when the plan fits. Blank rows do not count. */
function checkSize(raw: RawWorkbook): string | undefined {
  for (const spec of INPUT_SHEETS) {
    const found = findBlock(raw, spec);
    if (!found) continue;
    const limit = spec === STAFF ? MAX_STAFF_ROWS : MAX_SHEET_ROWS;
    if (found.block.values.length <= limit) continue;
    let rows = 0;
    for (const row of found.block.values) if (row.some((cell) => !isBlank(cell))) rows++;
    if (rows - 1 > limit) {
      return `The ${found.sheet} sheet has ${(rows - 1).toLocaleString('en-GB')} rows; Loadline checks at most ${limit.toLocaleString('en-GB')} ` +
        `${spec === STAFF ? 'people' : 'rows a sheet'}. Split the plan into several workbooks (by department, say) and check each.`;
    }
  }
  return undefined;
}

interface ReadContext {
  readonly diagnostics: Diagnostic[];
  readonly dates: CellReadingOptions;
  readonly settings: Settings;
  /** Names whose rows were skipped, per sheet key, with the row's cell: later references say so. */
  readonly skipped: Map<string, Map<string, string>>;
}

interface Read<T> {
  readonly item: T;
  readonly key: string;
}

/** Key used to match names across sheets: trimmed, case-insensitive. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

function indexByName<T>(rows: readonly Read<T>[]): Map<string, T> {
  return new Map(rows.map((r) => [r.key, r.item]));
}

function locateInput(raw: RawWorkbook, spec: SheetSpec, diagnostics: Diagnostic[], required: boolean): LocatedSheet | undefined {
  const found = findBlock(raw, spec);
  if (!found) {
    if (spec !== SETTINGS && spec !== HOLIDAYS && spec !== TIME_OFF) {
      diagnostics.push({
        severity: required ? 'error' : 'warning', code: 'SHEET_MISSING', sheet: spec.aliases[0], cell: '',
        message: `No ${spec.aliases[0]} sheet or table (also looked for ${spec.aliases.slice(1).join(', ') || 'no other name'})`,
      });
    }
    return undefined;
  }
  const located = locateSheet(found, spec);
  // Sheet-level problems point at the first cell of the block (a used range may not start at A1).
  const topLeft = a1(found.block.originRow, found.block.originCol);
  if (located.headerIndex < 0) {
    const needs = spec.columns.filter((c) => c.required).map((c) => c.aliases[0]).join(', ');
    diagnostics.push({
      severity: 'error', code: 'HEADER_NOT_FOUND', sheet: found.sheet, cell: topLeft,
      message: `No row in the first ${HEADER_SEARCH_ROWS} names the columns ${needs}: the sheet is not read`,
    });
    return undefined;
  }
  for (const group of spec.oneOf ?? []) {
    if (!group.some((key) => located.columns.has(key))) {
      const names = group.map((key) => spec.columns.find((c) => c.key === key)?.aliases[0] ?? key);
      diagnostics.push({
        severity: 'error', code: 'COLUMN_MISSING', sheet: found.sheet, cell: a1(found.block.originRow + located.headerIndex, found.block.originCol),
        message: `The sheet needs a column ${names.join(' or ')}: it is not read`,
      });
      return undefined;
    }
  }
  return located;
}

function describeMissingStaff(raw: RawWorkbook): string {
  const found = findBlock(raw, STAFF);
  if (found) return `The ${found.sheet} sheet has no header row naming a Name column in its first ${HEADER_SEARCH_ROWS} rows.`;
  const names = raw.sheets.map((s) => s.name).join(', ') || 'none';
  return `The workbook has no Staff sheet (also looked for ${STAFF.aliases.slice(1).join(', ')}); its sheets are: ${names}.`;
}

/** Reads every data row below the header; `read` returns undefined (or fails the row) to skip it. */
function readRows<T>(
  located: LocatedSheet | undefined, spec: SheetSpec, context: ReadContext,
  read: (row: RowReader) => Read<T> | undefined,
): Read<T>[] {
  if (!located) return [];
  const out: Read<T>[] = [];
  const seen = new Map<string, string>();
  const skipped = new Map<string, string>();
  context.skipped.set(spec.key, skipped);
  const unique = spec === STAFF || spec === PROJECTS || spec === DUTIES;
  for (let index = located.headerIndex + 1; index < located.block.values.length; index++) {
    const row = new RowReader(located, spec, index, context.diagnostics, context.dates);
    if (row.isBlankRow()) continue;
    const result = read(row);
    const firstKey = spec.columns[0].key;
    if (!result || row.failed) {
      const name = row.value(firstKey);
      if (unique && typeof name === 'string' && name.trim() !== '') skipped.set(nameKey(name), row.ref(firstKey).cell);
      continue;
    }
    if (unique) {
      const earlier = seen.get(result.key);
      if (earlier !== undefined) {
        row.report('error', 'DUPLICATE_NAME', firstKey, `"${String(row.value(firstKey)).trim()}" is already used at ${located.sheet}!${earlier}: this row is skipped`);
        continue;
      }
      seen.set(result.key, row.ref(firstKey).cell);
    }
    out.push(result);
  }
  return out;
}

function refs(row: RowReader, keys: readonly string[]): SourceCells {
  const cells: Record<string, { sheet: string; cell: string }> = {};
  for (const key of keys) if (row.has(key)) cells[key] = row.ref(key);
  return cells;
}

function checkOrder(row: RowReader, start: number | null, end: number | null, endKey: string): void {
  if (start !== null && end !== null && end < start) {
    row.report('error', 'END_BEFORE_START', endKey, `${row.header(endKey)} is before the start date`);
  }
}

function readPerson(row: RowReader, settings: Settings): Read<Person> | undefined {
  const name = row.text('name', { required: true });
  const hours = row.number('hoursPerWeek', { min: 0, max: MAX_WEEKLY_HOURS });
  const fte = row.number('fte', { min: 0, max: MAX_WEEKLY_HOURS / settings.standardHoursPerWeek });
  const rate = row.number('hourlyRate', { min: 0, max: MAX_MONEY });
  const start = row.date('start');
  const end = row.date('end');
  checkOrder(row, start, end, 'end');
  if (name === null || row.failed) return undefined;
  if (rate === null && !row.failed) {
    row.report('warning', 'MISSING_RATE', 'hourlyRate', `${name} has no hourly rate: their hours cost 0`);
  }
  const hoursPerWeek = hours ?? (fte !== null ? fte * settings.standardHoursPerWeek : settings.standardHoursPerWeek);
  return {
    key: nameKey(name),
    item: {
      name, role: row.text('role'), team: row.text('team'), costCentre: row.text('costCentre'),
      hoursPerWeek, hourlyRate: rate, start, end, location: row.text('location'),
      cells: refs(row, ['name', 'hoursPerWeek', 'fte', 'hourlyRate', 'start', 'end']),
    },
  };
}

const PROJECT_STATUS: Readonly<Record<string, ProjectStatus>> = {
  active: 'Active', inprogress: 'Active', open: 'Active', proposed: 'Proposed', tentative: 'Proposed', planned: 'Proposed',
  onhold: 'On hold', hold: 'On hold', paused: 'On hold', done: 'Done', complete: 'Done', completed: 'Done', closed: 'Done',
  cancelled: 'Cancelled', canceled: 'Cancelled',
};

function readProject(row: RowReader): Read<Project> | undefined {
  const name = row.text('name', { required: true });
  const start = row.date('start', { required: true });
  const end = row.date('end', { required: true });
  const budget = row.number('budget', { min: 0, max: MAX_MONEY });
  const estimate = row.number('estimate', { min: 0, max: MAX_HOURS });
  const range = readEstimateRange(row, estimate);
  const capexShare = row.percent('capexShare', { max: 1 });
  const capitalisationStart = row.date('capitalisationStart');
  const capitalisationEnd = row.date('capitalisationEnd');
  const complete = row.percent('complete', { max: 1 });
  const actualCost = row.number('actualCost', { min: 0, max: MAX_MONEY });
  const otherCosts = row.number('otherCosts', { min: 0, max: MAX_MONEY });
  const statusText = row.text('status');
  checkOrder(row, start, end, 'end');
  checkOrder(row, capitalisationStart, capitalisationEnd, 'capitalisationEnd');
  let status: ProjectStatus = 'Active';
  if (statusText !== null) {
    const known = PROJECT_STATUS[normaliseName(statusText)];
    if (known) status = known;
    else row.report('warning', 'UNKNOWN_VALUE', 'status', `Status "${statusText}" is not Active, Proposed, On hold, Done or Cancelled: read as Active`);
  }
  if (name === null || start === null || end === null || row.failed) return undefined;
  const priority = row.value('priority');
  return {
    key: nameKey(name),
    item: {
      name, manager: row.text('manager'), start, end, budget, estimate, ...range, capexShare: capexShare ?? 0,
      capitalisationStart, capitalisationEnd, complete, actualCost, otherCosts, status,
      priority: typeof priority === 'string' || typeof priority === 'number' ? priority : null,
      cells: refs(row, ['name', 'start', 'end', 'budget', 'estimate', 'estimateLow', 'estimateHigh', 'complete', 'actualCost', 'otherCosts', 'status']),
    },
  };
}

const NO_RANGE = { estimateLow: null, estimateHigh: null } as const;

/**
 * Estimate low / Estimate high, kept only when low ≤ Estimate ≤ high. Any other range is a
 * warning (ESTIMATE_RANGE) and is dropped: the project is still checked on its single Estimate,
 * so a typo in a range never loses the row.
 */
function readEstimateRange(row: RowReader, estimate: number | null): { estimateLow: number | null; estimateHigh: number | null } {
  const low = row.number('estimateLow', { min: 0, max: MAX_HOURS });
  const high = row.number('estimateHigh', { min: 0, max: MAX_HOURS });
  if (low === null && high === null) return NO_RANGE;
  const ignored = 'the range is ignored (it needs low ≤ Estimate ≤ high)';
  const missing = low === null ? 'estimateLow' : high === null ? 'estimateHigh' : estimate === null ? 'estimate' : null;
  if (missing !== null) {
    if (!row.failed) row.report('warning', 'ESTIMATE_RANGE', missing, `${row.header(missing)} is blank: ${ignored}`);
    return NO_RANGE;
  }
  if ((low as number) > (estimate as number)) {
    row.report('warning', 'ESTIMATE_RANGE', 'estimateLow', `${row.header('estimateLow')} ${low} h is above ${row.header('estimate')} ${estimate} h: ${ignored}`);
    return NO_RANGE;
  }
  if ((estimate as number) > (high as number)) {
    row.report('warning', 'ESTIMATE_RANGE', 'estimateHigh', `${row.header('estimateHigh')} ${high} h is below ${row.header('estimate')} ${estimate} h: ${ignored}`);
    return NO_RANGE;
  }
  return { estimateLow: low, estimateHigh: high };
}

const PER: Readonly<Record<string, 'Day' | 'Week' | 'Month' | 'Quarter' | 'Year'>> = {
  day: 'Day', daily: 'Day', week: 'Week', weekly: 'Week', month: 'Month', monthly: 'Month',
  quarter: 'Quarter', quarterly: 'Quarter', year: 'Year', yearly: 'Year', annual: 'Year', annually: 'Year',
};

const CRITICALITY: Readonly<Record<string, Criticality>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** Weekly hours of a duty given hours per period: Day × working days, Month × 12/52, Quarter × 4/52, Year × 1/52. */
export function weeklyDutyHours(hours: number, per: 'Day' | 'Week' | 'Month' | 'Quarter' | 'Year', workingDaysPerWeek: number): number {
  switch (per) {
    case 'Day': return hours * workingDaysPerWeek;
    case 'Week': return hours;
    case 'Month': return (hours * 12) / 52;
    case 'Quarter': return (hours * 4) / 52;
    case 'Year': return hours / 52;
  }
}

function lookupPerson(row: RowReader, key: string, byPerson: Map<string, Person>, context: ReadContext, severity: 'error' | 'warning'): Person | null {
  // An unknown owner or assignee skips the row (error); an unknown backup is only ignored (warning).
  const name = row.text(key, { required: severity === 'error' });
  if (name === null) return null;
  const person = byPerson.get(nameKey(name));
  if (person) return person;
  const skippedAt = context.skipped.get('staff')?.get(nameKey(name));
  const suffix = severity === 'error' ? 'this row is skipped' : 'ignored';
  row.report(severity, 'UNKNOWN_PERSON', key, skippedAt
    ? `"${name}" is on Staff row ${skippedAt}, which was skipped: fix that row first (${suffix})`
    : `"${name}" is not on the Staff sheet: ${suffix}`);
  return null;
}

function readDuty(row: RowReader, settings: Settings, byPerson: Map<string, Person>, context: ReadContext): Read<Duty> | undefined {
  const name = row.text('name', { required: true });
  const owner = lookupPerson(row, 'owner', byPerson, context, 'error');
  const backup = lookupPerson(row, 'backup', byPerson, context, 'warning');
  const weekly = row.number('hoursPerWeek', { min: 0, max: MAX_WEEKLY_HOURS });
  const hours = row.number('hours', { min: 0, max: MAX_HOURS });
  const perText = row.text('per');
  const start = row.date('start');
  const end = row.date('end');
  checkOrder(row, start, end, 'end');
  const criticalityText = row.text('criticality');
  let criticality: Criticality | null = null;
  if (criticalityText !== null) {
    criticality = CRITICALITY[normaliseName(criticalityText)] ?? null;
    if (criticality === null) row.report('warning', 'UNKNOWN_VALUE', 'criticality', `Criticality "${criticalityText}" is not Critical, High, Medium or Low: ignored`);
  }
  let hoursPerWeek: number | null = weekly;
  if (hoursPerWeek === null && hours !== null) {
    let per = perText === null ? undefined : PER[normaliseName(perText)];
    if (perText === null) {
      row.report('warning', 'REQUIRED_BLANK', 'per', `${row.header('per')} is blank: the hours are read as per week`);
      per = 'Week';
    } else if (per === undefined) {
      row.report('error', 'UNKNOWN_VALUE', 'per', `Per "${perText}" is not Day, Week, Month, Quarter or Year`);
    }
    if (per !== undefined) hoursPerWeek = weeklyDutyHours(hours, per, workingDayCount(settings));
    if (hoursPerWeek !== null && hoursPerWeek > MAX_WEEKLY_HOURS) {
      row.report('error', 'VALUE_OUT_OF_RANGE', 'hours', `${showNumber(hours)} h per ${per} is ${showNumber(hoursPerWeek, 0)} h a week: more than the ${MAX_WEEKLY_HOURS} h in a week`);
      hoursPerWeek = null;
    }
  }
  if (hoursPerWeek === null && !row.failed) {
    row.report('error', 'REQUIRED_BLANK', row.has('hours') ? 'hours' : 'hoursPerWeek', 'The duty has no hours');
  }
  if (name === null || owner === null || hoursPerWeek === null || row.failed) return undefined;
  return {
    key: nameKey(name),
    item: {
      name, owner: owner.name, backup: backup && backup.name !== owner.name ? backup.name : null, hoursPerWeek, start, end,
      criticality, costCentre: row.text('costCentre'),
      cells: refs(row, ['name', 'owner', 'backup', 'hours', 'hoursPerWeek', 'start', 'end', 'criticality']),
    },
  };
}

/** Number of working weekdays in the Working days setting (`wd`). */
export function workingDayCount(settings: Settings): number {
  return settings.workingDays.filter(Boolean).length;
}

function readAssignment(row: RowReader, byPerson: Map<string, Person>, byProject: Map<string, Project>, context: ReadContext): Read<Assignment> | undefined {
  const person = lookupPerson(row, 'person', byPerson, context, 'error');
  const projectName = row.text('project', { required: true });
  let project: Project | undefined;
  if (projectName !== null) {
    project = byProject.get(nameKey(projectName));
    if (!project) {
      const skippedAt = context.skipped.get('projects')?.get(nameKey(projectName));
      row.report('error', 'UNKNOWN_PROJECT', 'project', skippedAt
        ? `"${projectName}" is on Projects row ${skippedAt}, which was skipped: fix that row first (this row is skipped)`
        : `"${projectName}" is not on the Projects sheet: this row is skipped`);
    }
  }
  const from = row.date('from');
  const to = row.date('to');
  checkOrder(row, from, to, 'to');
  const hours = row.number('hoursPerWeek', { min: 0, max: MAX_WEEKLY_HOURS });
  const allocation = row.percent('allocation', { max: MAX_WEEKLY_HOURS / 8 });
  const totalHours = row.number('totalHours', { min: 0, max: MAX_HOURS });
  const statusText = row.text('status');
  let status: AssignmentStatus = 'Confirmed';
  if (statusText !== null) {
    const key = normaliseName(statusText);
    if (key === 'tentative' || key === 'proposed' || key === 'pencilled' || key === 'penciled') status = 'Tentative';
    else if (key !== 'confirmed' && key !== 'firm' && key !== 'booked') {
      row.report('warning', 'UNKNOWN_VALUE', 'status', `Status "${statusText}" is not Confirmed or Tentative: read as Confirmed`);
    }
  }
  if (totalHours !== null && (hours !== null || allocation !== null)) {
    row.report('error', 'AMBIGUOUS_EFFORT', 'totalHours',
      `The row gives both ${row.header('totalHours')} and ${row.header(hours !== null ? 'hoursPerWeek' : 'allocation')}: keep one (this row is skipped)`);
  }
  if (hours === null && allocation === null && totalHours === null && !row.failed) {
    const key = row.has('hoursPerWeek') ? 'hoursPerWeek' : row.has('allocation') ? 'allocation' : 'totalHours';
    row.report('error', 'MISSING_HOURS', key, row.has('totalHours')
      ? 'The assignment has neither Hours per week, Allocation % nor Total hours'
      : 'The assignment has neither Hours per week nor Allocation %');
  }
  if (person === null || !project || row.failed) return undefined;
  const booking: AssignmentHours = hours !== null ? { hoursPerWeek: hours }
    : totalHours !== null ? { totalHours } : { allocation: allocation ?? 0 };
  return {
    key: '',
    item: {
      person: person.name, project: project.name, from, to, booking, status,
      cells: refs(row, ['person', 'project', 'from', 'to', 'hoursPerWeek', 'allocation', 'totalHours', 'status']),
    },
  };
}

function readTimeOff(row: RowReader, byPerson: Map<string, Person>, context: ReadContext): Read<TimeOff> | undefined {
  const person = lookupPerson(row, 'person', byPerson, context, 'error');
  const from = row.date('from', { required: true });
  const to = row.date('to', { required: true });
  checkOrder(row, from, to, 'to');
  const hours = row.number('hours', { min: 0, max: MAX_HOURS });
  if (person === null || from === null || to === null || row.failed) return undefined;
  return { key: '', item: { person: person.name, from, to, hours, cells: refs(row, ['person', 'from', 'to', 'hours']) } };
}

function readHoliday(row: RowReader): Read<Holiday> | undefined {
  const date = row.date('date', { required: true });
  const name = row.text('name');
  const location = row.text('location');
  if (date === null || row.failed) return undefined;
  return { key: '', item: { date, name, location } };
}
