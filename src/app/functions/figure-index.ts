/**
 * Lookups over a check's figures, built once per check so that every function call is a few map
 * reads (10,000 formulas recalculating must not scan 2,000 people each).
 */
import { parseIsoDay, type Day } from '../../core/calendar';
import type { CheckFigures, PersonFigures, ProjectFigures } from '../../workbook/check-figures';
import { nameKey } from './arguments';

/** A check's figures, indexed by name and by week. */
export class FigureIndex {
  /** Monday of the first checked week, and Sunday of the last; NaN for a check without weeks. */
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Working weekdays per week (the Settings "Working days"). */
  readonly workingDaysPerWeek: number;
  private readonly people = new Map<string, PersonFigures>();
  private readonly projects = new Map<string, ProjectFigures>();
  private readonly duties = new Set<string>();
  private readonly conflictCounts = new Map<string, number>();

  constructor(readonly figures: CheckFigures) {
    // The first row of a name wins, as the reader keeps the first of duplicate names.
    for (const person of figures.people) if (!this.people.has(nameKey(person.name))) this.people.set(nameKey(person.name), person);
    for (const project of figures.projects) if (!this.projects.has(nameKey(project.name))) this.projects.set(nameKey(project.name), project);
    for (const duty of figures.duties) this.duties.add(nameKey(duty));
    for (const subjects of figures.conflicts) {
      // A conflict about Ann on Atlas counts once for Ann and once for Atlas, but once only for
      // a name that is both its person and its project.
      for (const key of new Set(subjects.flatMap((name) => (name === null ? [] : [nameKey(name)])))) {
        this.conflictCounts.set(key, (this.conflictCounts.get(key) ?? 0) + 1);
      }
    }
    const weeks = figures.weeks;
    this.firstDay = weeks.length > 0 ? parseIsoDay(weeks[0]) ?? NaN : NaN;
    this.lastDay = weeks.length > 0 ? (parseIsoDay(weeks[weeks.length - 1]) ?? NaN) + 6 : NaN;
    this.workingDaysPerWeek = figures.workingDays.filter(Boolean).length;
  }

  /** The person of a name key. */
  person(key: string): PersonFigures | undefined {
    return this.people.get(key);
  }

  /** The counted project of a name key. */
  project(key: string): ProjectFigures | undefined {
    return this.projects.get(key);
  }

  /** True when the key names a person, a counted project or a duty of the check. */
  isKnownName(key: string): boolean {
    return this.people.has(key) || this.projects.has(key) || this.duties.has(key);
  }

  /** How many conflicts name the key as their person, project or duty. */
  conflictCount(key: string): number {
    return this.conflictCounts.get(key) ?? 0;
  }

  /** Index into the weekly arrays of the week starting on `monday`; undefined outside the horizon. */
  weekIndex(monday: Day): number | undefined {
    if (!(monday >= this.firstDay && monday <= this.lastDay)) return undefined;
    // The horizon's weeks are consecutive (DESIGN.md: Monday to Sunday, no gaps).
    return (monday - this.firstDay) / 7;
  }
}
