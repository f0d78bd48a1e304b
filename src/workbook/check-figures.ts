/**
 * The figures the LOADLINE worksheet functions answer from: a compact extract of the latest
 * check's report, small enough to keep in Loadline's state record so the functions still answer
 * after the workbook is closed and opened again.
 *
 * Why not the whole report: at 2,000 people the JSON report is about 6 MB (four weekly arrays
 * per person). The functions need per person only utilisation and the spare hours
 * max(0, capacity − ops − booked) per week: half of that, and no finance or suggestions.
 */
import type { Settings } from '../core/model';
import type { Rag, Report } from '../core/report';

/** The format version of CheckFigures; a record of another version is ignored on reading. */
export const CHECK_FIGURES_VERSION = 1;

/** One person's weekly figures, aligned with CheckFigures.weeks. */
export interface PersonFigures {
  readonly name: string;
  /** (ops + booked) / capacity per week, 4 decimals; null where capacity is 0. */
  readonly utilization: readonly (number | null)[];
  /** max(0, capacity − ops − booked) per week, hours to 2 decimals. */
  readonly spare: readonly number[];
}

/** One counted project's check results. */
export interface ProjectFigures {
  readonly name: string;
  readonly rag: { readonly scope: Rag; readonly time: Rag; readonly cost: Rag };
  /** ISO date, or null when there is no forecast. */
  readonly forecastFinish: string | null;
  /** Money, to cents, in the workbook's currency. */
  readonly forecastCost: number;
}

/** The names a conflict is about: [person, project, duty], null where it has none. */
export type ConflictSubjects = readonly [string | null, string | null, string | null];

/** What the worksheet functions need of a check. */
export interface CheckFigures {
  readonly version: typeof CHECK_FIGURES_VERSION;
  /** Status date, ISO. */
  readonly asOf: string;
  /** Mondays of the horizon's weeks, ISO. */
  readonly weeks: readonly string[];
  /** Working weekdays, index 0 = Monday … 6 = Sunday (the Settings "Working days"). */
  readonly workingDays: readonly boolean[];
  /** True when the workbook uses the 1904 date system: date serials are read and given in it. */
  readonly date1904: boolean;
  readonly people: readonly PersonFigures[];
  readonly projects: readonly ProjectFigures[];
  /** Names of the duties the check read. */
  readonly duties: readonly string[];
  readonly conflicts: readonly ConflictSubjects[];
}

/** The figures of a report, checked with `settings`, on a workbook in the given date system. */
export function checkFiguresOf(report: Report, settings: Pick<Settings, 'workingDays'>, date1904: boolean): CheckFigures {
  return {
    version: CHECK_FIGURES_VERSION,
    asOf: report.asOf,
    weeks: report.weeks,
    workingDays: settings.workingDays,
    date1904,
    people: report.people.map((person) => {
      const spare = new Array<number>(person.capacity.length);
      for (let w = 0; w < spare.length; w++) {
        // Rounded again: the three terms are rounded to cents, their difference can carry float dust.
        spare[w] = Math.max(0, Math.round((person.capacity[w] - person.ops[w] - person.project[w]) * 100) / 100);
      }
      return { name: person.name, utilization: person.utilization, spare };
    }),
    projects: report.projects.map((p) => ({ name: p.name, rag: p.rag, forecastFinish: p.forecastFinish, forecastCost: p.forecastCost })),
    duties: report.duties.map((d) => d.name),
    conflicts: report.conflicts.map((c) => [c.person ?? null, c.project ?? null, c.duty ?? null] as const),
  };
}

/**
 * Reads figures from their JSON; undefined when the text is not CheckFigures of this version
 * (a damaged or older record is ignored, never a crash: the functions then wait for a check).
 */
export function parseCheckFigures(json: string): CheckFigures | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.version !== CHECK_FIGURES_VERSION) return undefined;
  // Run-length encoded people (figuresJson); records written before it hold the plain arrays.
  if (parsed.runLength !== undefined) {
    if (parsed.runLength !== 1 || !Array.isArray(parsed.people)) return undefined;
    const expanded: unknown[] = [];
    for (const person of parsed.people) {
      if (!isRecord(person)) return undefined;
      const utilization = expandRuns(person.utilization, MAX_WEEKS);
      const spare = expandRuns(person.spare, MAX_WEEKS);
      if (!utilization || !spare) return undefined;
      expanded.push({ name: person.name, utilization, spare });
    }
    parsed.people = expanded;
    delete parsed.runLength;
  }
  const { asOf, weeks, workingDays, date1904, people, projects, duties, conflicts } = parsed;
  if (typeof asOf !== 'string' || !isStringArray(weeks) || !Array.isArray(workingDays) || workingDays.length !== 7) return undefined;
  if (typeof date1904 !== 'boolean' || !isStringArray(duties) || !Array.isArray(conflicts)) return undefined;
  if (!Array.isArray(people) || !people.every((p) => isPerson(p, weeks.length))) return undefined;
  if (!Array.isArray(projects) || !projects.every(isProject)) return undefined;
  if (!conflicts.every((c) => Array.isArray(c) && c.length === 3 && c.every((n) => n === null || typeof n === 'string'))) return undefined;
  return parsed as unknown as CheckFigures;
}

/**
 * The figures as the state record stores them: JSON whose per-person weekly arrays are
 * run-length encoded (see `runs`), marked `"runLength": 1`. A person's utilisation and spare
 * hours stay the same for weeks at a time, so this is several times shorter than plain JSON:
 * at 10,000 people the plain record was about 20 MB, written, compressed and read on every check.
 */
export function figuresJson(figures: CheckFigures): string {
  const people = figures.people.map((person) => ({ name: person.name, utilization: runs(person.utilization), spare: runs(person.spare) }));
  return JSON.stringify({ ...figures, people, runLength: 1 });
}

/** A run of one value: [value, count], count ≥ 2. */
type Run<T> = readonly [T, number];

/**
 * `values` with each run of two or more equal values written as [value, count].
 *
 * @example
 * runs([0.5, 0.5, 0.5, null, null, 0.25]) // [[0.5, 3], [null, 2], 0.25]
 */
export function runs<T extends number | null>(values: readonly T[]): (T | Run<T>)[] {
  const out: (T | Run<T>)[] = [];
  for (let i = 0; i < values.length;) {
    const value = values[i];
    let end = i + 1;
    while (end < values.length && values[end] === value) end++;
    out.push(end - i === 1 ? value : [value, end - i]);
    i = end;
  }
  return out;
}

/** The values of `runs` written by `runs`; undefined when it is not such a list or expands past `limit` values. */
export function expandRuns(encoded: unknown, limit: number): (number | null)[] | undefined {
  if (!Array.isArray(encoded)) return undefined;
  const out: (number | null)[] = [];
  for (const item of encoded) {
    if (item === null || typeof item === 'number') {
      out.push(item);
    } else if (Array.isArray(item) && item.length === 2 && (item[0] === null || typeof item[0] === 'number')
      && Number.isInteger(item[1]) && item[1] >= 2 && out.length + item[1] <= limit) {
      for (let k = 0; k < item[1]; k++) out.push(item[0]);
    } else return undefined;
    if (out.length > limit) return undefined;
  }
  return out;
}

/** More weeks than any horizon has (the engine allows three years): a bound on expanding a damaged record. */
const MAX_WEEKS = 1_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isPerson(value: unknown, weeks: number): boolean {
  if (!isRecord(value) || typeof value.name !== 'string') return false;
  const { utilization, spare } = value;
  return Array.isArray(utilization) && utilization.length === weeks && utilization.every((u) => u === null || typeof u === 'number')
    && Array.isArray(spare) && spare.length === weeks && spare.every((s) => typeof s === 'number');
}

function isProject(value: unknown): boolean {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.forecastCost !== 'number') return false;
  if (value.forecastFinish !== null && typeof value.forecastFinish !== 'string') return false;
  const rag = value.rag;
  const isRag = (r: unknown) => r === 'green' || r === 'amber' || r === 'red';
  return isRecord(rag) && isRag(rag.scope) && isRag(rag.time) && isRag(rag.cost);
}
