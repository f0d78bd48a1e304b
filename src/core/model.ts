/**
 * The plan as Loadline understands it, after the reader has checked every cell. Dates are day
 * numbers (see calendar.ts); hours are per ISO week (Monday start) unless a name says otherwise.
 */
import type { Day } from './calendar';

/** A cell on an input sheet, named for conflicts and highlights: sheet plus A1 address. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** Where each field of a row came from, keyed by field name ("name", "end", "hours", ...). */
export type SourceCells = Readonly<Record<string, CellRef>>;

export interface Person {
  readonly name: string;
  readonly role: string | null;
  readonly team: string | null;
  readonly costCentre: string | null;
  readonly hoursPerWeek: number;
  /** Hourly cost in the workbook's currency; null when not given (counts 0). */
  readonly hourlyRate: number | null;
  readonly start: Day | null;
  readonly end: Day | null;
  readonly location: string | null;
  readonly cells: SourceCells;
}

export type Criticality = 'Critical' | 'High' | 'Medium' | 'Low';

export interface Duty {
  readonly name: string;
  readonly owner: string;
  readonly backup: string | null;
  readonly hoursPerWeek: number;
  readonly start: Day | null;
  readonly end: Day | null;
  readonly criticality: Criticality | null;
  readonly costCentre: string | null;
  readonly cells: SourceCells;
}

export type ProjectStatus = 'Active' | 'Proposed' | 'On hold' | 'Done' | 'Cancelled';

export interface Project {
  readonly name: string;
  readonly manager: string | null;
  readonly start: Day;
  readonly end: Day;
  readonly budget: number | null;
  /** Estimated effort in hours: the most likely figure when a range is given. */
  readonly estimate: number | null;
  /**
   * The estimate range in hours (Estimate low / Estimate high): both null unless both are given
   * with low ≤ Estimate ≤ high (the reader reports any other range and drops it).
   */
  readonly estimateLow: number | null;
  readonly estimateHigh: number | null;
  /** Capitalisable share, 0..1. */
  readonly capexShare: number;
  readonly capitalisationStart: Day | null;
  readonly capitalisationEnd: Day | null;
  /** % complete as a fraction 0..1; null when blank. */
  readonly complete: number | null;
  readonly actualCost: number | null;
  readonly otherCosts: number | null;
  /** Blank status reads as Active. */
  readonly status: ProjectStatus;
  readonly priority: string | number | null;
  readonly cells: SourceCells;
}

export type AssignmentStatus = 'Confirmed' | 'Tentative';

/**
 * How much of a person an assignment books: fixed hours per week, a share of their contract, or
 * (flexible work) a total of hours to be worked any time inside the window.
 */
export type AssignmentHours = { readonly hoursPerWeek: number } | { readonly allocation: number } | { readonly totalHours: number };

export interface Assignment {
  readonly person: string;
  readonly project: string;
  /** Blank From/To default to the project's dates. */
  readonly from: Day | null;
  readonly to: Day | null;
  readonly booking: AssignmentHours;
  readonly status: AssignmentStatus;
  readonly cells: SourceCells;
}

export interface TimeOff {
  readonly person: string;
  readonly from: Day;
  readonly to: Day;
  /** Total hours for the whole entry; null means whole days. */
  readonly hours: number | null;
  readonly cells: SourceCells;
}

export interface Holiday {
  readonly date: Day;
  readonly name: string | null;
  /** null: everyone. */
  readonly location: string | null;
}

export interface Settings {
  readonly standardHoursPerWeek: number;
  /** Working weekdays, index 0 = Monday … 6 = Sunday. */
  readonly workingDays: readonly boolean[];
  readonly statusDate: Day | null;
  readonly horizonStart: Day | null;
  readonly horizonEnd: Day | null;
  /** Over-allocation threshold as a ratio (1 = 100 %). */
  readonly overallocationThreshold: number;
  readonly includeTentative: boolean;
  readonly opsFirst: boolean;
  readonly budgetWarning: number;
  readonly cpiSpiAmber: number;
  readonly cpiSpiRed: number;
  readonly currency: string | null;
  /** How to read an ambiguous text date like 03/04/2026; null: the locale's order, else report it. */
  readonly dateOrder: 'DMY' | 'MDY' | null;
  /**
   * The BCP 47 tag text numbers and dates are written in ("de-DE"): the Settings "Locale", else
   * the door's default (Excel's culture, the CLI's --locale, the browser's language); null: none.
   */
  readonly locale: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  standardHoursPerWeek: 40,
  workingDays: [true, true, true, true, true, false, false],
  statusDate: null,
  horizonStart: null,
  horizonEnd: null,
  overallocationThreshold: 1,
  includeTentative: true,
  opsFirst: true,
  budgetWarning: 0.95,
  cpiSpiAmber: 0.95,
  cpiSpiRed: 0.9,
  currency: null,
  dateOrder: null,
  locale: null,
};

/** Everything read from the workbook. */
export interface Plan {
  readonly people: readonly Person[];
  readonly duties: readonly Duty[];
  readonly projects: readonly Project[];
  readonly assignments: readonly Assignment[];
  readonly timeOff: readonly TimeOff[];
  readonly holidays: readonly Holiday[];
  readonly settings: Settings;
}
