/**
 * A synthetic organisation for the benchmark, built directly as raw grids (what an adapter hands
 * the reader): N people in teams of about ten, N/2 ops duties, N/8 projects, 5N assignments, N/2
 * time-off entries, UK and Irish public holidays, and Settings with a status date and a 156-week
 * horizon. Deterministic: the same size and seed give the same workbook, cell for cell.
 *
 * Dates are Excel serials in "yyyy-mm-dd" cells and percentages fractions in "0%" cells, as a
 * real workbook delivers them.
 */
import { SAMPLE_PLAN } from '../examples/sample-plan';
import { dateSerial } from '../examples/sample-sheets';
import { parseIsoDay, weekday, type Day } from '../src/core/calendar';
import { serialFromDay } from '../src/workbook/coerce';
import type { CellValue, RawSheet, RawWorkbook } from '../src/workbook/grid';

/** The status date every synthetic organisation is checked at. */
export const STATUS_DATE = '2026-03-02';

/** Weeks the horizon covers: the most the engine allows. */
export const HORIZON_WEEKS = 156;

const DATE = 'yyyy-mm-dd';
const PERCENT = '0%';

const FIRST_NAMES = ['Aoife', 'Ben', 'Chen', 'Dara', 'Emma', 'Femi', 'Gita', 'Hugo', 'Ines', 'Jon', 'Kofi', 'Lena', 'Mo', 'Nia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq'];
const LAST_NAMES = ['Byrne', 'Clarke', 'Dunne', 'Evans', 'Fox', 'Grant', 'Hughes', 'Iqbal', 'Kelly', 'Lane', 'Moore', 'Nolan', 'Okafor', 'Patel', 'Reid', 'Shah', 'Walsh', 'Young'];
const ROLES = ['Engineer', 'Analyst', 'Technician', 'Accountant', 'Developer', 'Project Manager', 'Specialist'];
const DUTY_NAMES = ['Payroll run', 'Month-end close', 'Server patching', 'Backup test', 'Service desk rota', 'Access review', 'Network monitoring', 'Supplier payments', 'Data quality checks', 'Safety inspection'];
const PERS = ['Day', 'Week', 'Week', 'Month', 'Quarter', 'Year'];
const CRITICALITIES = ['Critical', 'High', 'Medium', 'Medium', 'Low'];
const PROGRAMMES = ['Small Scale', 'Framework', 'Contestable', 'Open Market'];
const PROJECT_STATUSES = ['Active', 'Active', 'Active', 'Active', 'Active', 'Proposed', 'On hold', 'Done', 'Cancelled'];

/**
 * A small fast seeded PRNG (mulberry32): uniform floats in [0, 1). Not for cryptography; here
 * only so that a benchmark run can be repeated exactly.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Random helpers over one seeded stream. */
class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** Rows and their number formats, one sheet at a time. */
class SheetBuilder {
  private readonly values: CellValue[][];
  private readonly formats: (string | null)[][];
  constructor(private readonly name: string, header: readonly string[], private readonly columnFormats: readonly (string | null)[]) {
    this.values = [[...header]];
    this.formats = [header.map(() => null)];
  }
  /** Adds a row; `formats` overrides the column formats (Settings values each have their own). */
  add(row: readonly (CellValue | undefined)[], formats: readonly (string | null)[] = this.columnFormats): void {
    this.values.push(row.map((value) => value ?? null));
    this.formats.push(row.map((value, c) => (value === undefined || value === null ? null : formats[c])));
  }
  build(): RawSheet {
    return { name: this.name, values: this.values, numberFormats: this.formats, originRow: 0, originCol: 0 };
  }
}

const statusDay: Day = parseIsoDay(STATUS_DATE) as Day;
const serial = serialFromDay;
const weeks = (count: number): number => count * 7;

/** `day` when it is Monday to Friday, else the following Monday. */
function weekdayOnOrAfter(day: Day): Day {
  return weekday(day) >= 5 ? day + 7 - weekday(day) : day;
}

/** The synthetic organisation of `people` people as raw grids. */
export function generateOrganisation(people: number, seed = 1): RawWorkbook {
  if (!Number.isInteger(people) || people < 8) throw new Error(`generateOrganisation: need a whole number of people ≥ 8, got ${people}`);
  const dice = new Dice(seed);
  const horizonEnd = statusDay + weeks(HORIZON_WEEKS) - 1;

  const names: string[] = [];
  const staff = new SheetBuilder('Staff',
    ['Name', 'Role', 'Team', 'Cost centre', 'Hours per week', 'FTE', 'Hourly rate', 'Start date', 'End date', 'Location'],
    [null, null, null, null, null, null, '#,##0.00', DATE, DATE, null]);
  for (let i = 0; i < people; i++) {
    const name = `${dice.pick(FIRST_NAMES)} ${dice.pick(LAST_NAMES)} ${String(i + 1).padStart(5, '0')}`;
    names.push(name);
    const team = Math.floor(i / 10) + 1;
    const fteOnly = dice.chance(0.1);
    const hours = dice.pick([37.5, 37.5, 37.5, 40, 30, 22.5]);
    // About one in twenty joins during the horizon and one in twenty leaves, always after joining.
    const start = dice.chance(0.05) ? statusDay + dice.int(0, weeks(104)) : undefined;
    const end = dice.chance(0.05) ? (start ?? statusDay) + dice.int(weeks(26), weeks(50)) : undefined;
    staff.add([
      name, dice.pick(ROLES), `Team ${team}`, `CC-${100 + (team % 40)}`,
      fteOnly ? undefined : hours, fteOnly ? dice.pick([0.6, 0.8, 1]) : undefined,
      dice.int(25, 95), start === undefined ? undefined : serial(start), end === undefined ? undefined : serial(end),
      dice.chance(0.8) ? 'UK' : 'IE',
    ]);
  }

  const duties = new SheetBuilder('Ops Duties',
    ['Duty', 'Owner', 'Backup', 'Hours', 'Per', 'Hours per week', 'Start', 'End', 'Criticality', 'Cost centre'],
    [null, null, null, null, null, null, DATE, DATE, null, null]);
  for (let i = 0; i < Math.floor(people / 2); i++) {
    const per = dice.pick(PERS);
    const hours = per === 'Day' ? dice.pick([0.25, 0.5, 1]) : per === 'Week' ? dice.int(1, 6) : dice.int(4, 40);
    const windowed = dice.chance(0.1);
    const start = statusDay + dice.int(0, weeks(52));
    duties.add([
      `${dice.pick(DUTY_NAMES)} ${i + 1}`, dice.pick(names), dice.chance(0.8) ? dice.pick(names) : undefined,
      hours, per, undefined,
      windowed ? serial(start) : undefined, windowed ? serial(start + dice.int(weeks(8), weeks(52))) : undefined,
      dice.pick(CRITICALITIES), undefined,
    ]);
  }

  const projectNames: string[] = [];
  const projectDates: [Day, Day][] = [];
  const projects = new SheetBuilder('Projects',
    ['Project', 'Manager', 'Start', 'End', 'Budget', 'Estimate', 'CapEx %', 'Capitalisation start', 'Capitalisation end', '% complete', 'Actual cost', 'Other costs', 'Status'],
    [null, null, DATE, DATE, '#,##0', '#,##0', PERCENT, DATE, DATE, PERCENT, '#,##0', '#,##0', null]);
  for (let i = 0; i < Math.max(1, Math.floor(people / 8)); i++) {
    const name = `${dice.pick(PROGRAMMES)} works P${String(i + 1).padStart(5, '0')}`;
    const start = weekdayOnOrAfter(statusDay + dice.int(-weeks(40), weeks(100)));
    const end = weekdayOnOrAfter(Math.min(horizonEnd - 7, start + dice.int(weeks(8), weeks(80))));
    projectNames.push(name);
    projectDates.push([start, end]);
    const estimate = dice.int(2, 60) * 100;
    const started = start < statusDay;
    const complete = started ? dice.int(0, 90) / 100 : undefined;
    const capitalised = dice.chance(0.3);
    projects.add([
      name, dice.pick(names), serial(start), serial(end),
      estimate * dice.int(45, 75), estimate, dice.int(0, 10) / 10,
      capitalised ? serial(start + dice.int(0, 40)) : undefined, undefined,
      complete, complete === undefined ? undefined : Math.round(estimate * complete * dice.int(40, 80)),
      dice.chance(0.2) ? dice.int(1, 50) * 1000 : undefined, dice.pick(PROJECT_STATUSES),
    ]);
  }

  const assignments = new SheetBuilder('Assignments',
    ['Person', 'Project', 'From', 'To', 'Hours per week', 'Allocation %', 'Status'],
    [null, null, DATE, DATE, null, PERCENT, null]);
  for (let i = 0; i < people * 5; i++) {
    const p = dice.int(0, projectNames.length - 1);
    const [start, end] = projectDates[p];
    const windowed = dice.chance(0.4);
    const from = windowed ? start + dice.int(0, Math.max(0, end - start - 14)) : undefined;
    const to = from === undefined ? undefined : Math.min(end, from + dice.int(weeks(2), weeks(30)));
    const byHours = dice.chance(0.7);
    assignments.add([
      dice.pick(names), projectNames[p], from === undefined ? undefined : serial(from), to === undefined ? undefined : serial(to),
      byHours ? dice.int(2, 16) : undefined, byHours ? undefined : dice.int(1, 5) / 10,
      dice.chance(0.1) ? 'Tentative' : 'Confirmed',
    ]);
  }

  const timeOff = new SheetBuilder('Time Off', ['Person', 'From', 'To', 'Hours'], [null, DATE, DATE, null]);
  for (let i = 0; i < Math.floor(people / 2); i++) {
    const from = weekdayOnOrAfter(statusDay + dice.int(0, weeks(150)));
    const partial = dice.chance(0.2);
    timeOff.add([dice.pick(names), serial(from), serial(partial ? from : from + dice.int(0, 13)), partial ? dice.int(1, 6) : undefined]);
  }

  const holidays = new SheetBuilder('Holidays', ['Date', 'Name', 'Location'], [DATE, null, null]);
  // The sample's real 2026–2027 dates, and for the horizon's third year the fixed-date ones.
  for (const holiday of SAMPLE_PLAN.holidays) holidays.add([dateSerial(holiday.date), holiday.name, holiday.location]);
  for (const location of ['UK', 'IE']) {
    holidays.add([dateSerial('2028-01-03'), "New Year's Day (substitute day)", location]);
    holidays.add([dateSerial('2028-12-25'), 'Christmas Day', location]);
    holidays.add([dateSerial('2028-12-26'), location === 'UK' ? 'Boxing Day' : "St Stephen's Day", location]);
  }

  const settings = new SheetBuilder('Settings', ['Key', 'Value'], [null, null]);
  settings.add(['Status date', serial(statusDay)], [null, DATE]);
  settings.add(['Horizon start', serial(statusDay)], [null, DATE]);
  settings.add(['Horizon end', serial(horizonEnd)], [null, DATE]);
  settings.add(['Include tentative', 'yes']);
  settings.add(['Currency', 'GBP']);

  return {
    sheets: [staff.build(), duties.build(), projects.build(), assignments.build(), timeOff.build(), holidays.build(), settings.build()],
    tables: [],
    date1904: false,
  };
}

/** A readable one-line summary of a generated workbook's size, e.g. "500 people, 250 duties, ...". */
export function describeOrganisation(raw: RawWorkbook): string {
  const rows = (name: string): number => (raw.sheets.find((s) => s.name === name)?.values.length ?? 1) - 1;
  return `${rows('Staff')} people, ${rows('Ops Duties')} duties, ${rows('Projects')} projects, `
    + `${rows('Assignments')} assignments, ${rows('Time Off')} time off, ${rows('Holidays')} holidays`;
}
