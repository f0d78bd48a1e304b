/**
 * The JSON report, version 2 (version 1 + projects[].range + suggestions on conflicts + the
 * FLEX_INFEASIBLE kind): the contract for automation. Change it only by raising `version`.
 * Hours are rounded to 2 decimals, money to cents, ratios to 4 decimals; dates are ISO.
 */
import type { Diagnostic } from './diagnostics';

export type Rag = 'green' | 'amber' | 'red';
export type ConflictSeverity = 'high' | 'medium' | 'low';

export type ConflictKind =
  | 'OVERALLOCATED' | 'OPS_AT_RISK' | 'COVERAGE_GAP' | 'OUTSIDE_EMPLOYMENT' | 'OUTSIDE_PROJECT'
  | 'NO_ASSIGNMENTS' | 'SCOPE_AT_RISK' | 'SCHEDULE_SLIP' | 'OVER_BUDGET' | 'LOW_CPI' | 'LOW_SPI' | 'FLEX_INFEASIBLE';

/** A value written by a suggestion: numbers as numbers, dates as ISO text "YYYY-MM-DD". */
export type EditValue = string | number | boolean | null;

/**
 * One change to an input sheet: a cell set from `before` (its value at the check, as read) to
 * `after`, or a row appended under the sheet's (or table's) last row, keyed by the sheet's own
 * header texts.
 */
export type SuggestionEdit =
  | { readonly sheet: string; readonly cell: string; readonly before: EditValue; readonly after: EditValue }
  | { readonly sheet: string; readonly append: Readonly<Record<string, EditValue>> };

/**
 * A fix for a conflict: a short imperative line with numbers and the edits that carry it out.
 * A suggestion with no edits is information only (e.g. the deadline the staffing supports).
 */
export interface Suggestion {
  readonly text: string;
  readonly edits: readonly SuggestionEdit[];
}

/** One problem in the plan a manager can act on. */
export interface Conflict {
  readonly kind: ConflictKind;
  readonly severity: ConflictSeverity;
  readonly person?: string;
  readonly project?: string;
  readonly duty?: string;
  /** ISO dates, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly hours: number;
  readonly message: string;
  /** Source cells as "Sheet!A1". */
  readonly cells: readonly string[];
  /** Up to three fixes, best first; empty for kinds without suggestions or when none passed the law. */
  readonly suggestions: readonly Suggestion[];
}

export interface PersonReport {
  readonly name: string;
  readonly team: string | null;
  readonly capacity: readonly number[];
  readonly ops: readonly number[];
  readonly project: readonly number[];
  readonly utilization: readonly (number | null)[];
}

export interface DutyReport {
  readonly name: string;
  readonly owner: string;
  readonly uncovered: readonly number[];
}

export interface EvmReport {
  readonly pv: number | null; readonly ev: number | null; readonly ac: number | null;
  readonly sv: number | null; readonly cv: number | null;
  readonly spi: number | null; readonly cpi: number | null;
  readonly eac: number | null; readonly etc: number | null; readonly vac: number | null;
  readonly tcpi: number | null;
}

export interface ProjectReport {
  readonly name: string;
  readonly remainingEffort: number;
  readonly effectiveHours: number;
  readonly scopeCoverage: number | null;
  readonly forecastFinish: string | null;
  readonly slipDays: number | null;
  readonly forecastCost: number;
  readonly budget: number | null;
  readonly rag: { readonly scope: Rag; readonly time: Rag; readonly cost: Rag };
  readonly evm: EvmReport | null;
  /** The forecast over the estimate range; null when the project gives none. */
  readonly range: RangeReport | null;
}

/** Finish (ISO date, null when there is no forecast) and cost (cents) at one probability. */
export interface RangePointReport {
  readonly finish: string | null;
  readonly cost: number;
}

/** The estimate-range forecast: P50/P80/P90 finish and cost; chances to 4 decimals in [0, 1]. */
export interface RangeReport {
  readonly p50: RangePointReport;
  readonly p80: RangePointReport;
  readonly p90: RangePointReport;
  readonly onTime: number;
  /** null without a budget or a blended rate. */
  readonly withinBudget: number | null;
}

export interface FinanceRow {
  readonly kind: 'project' | 'ops' | 'idle';
  readonly name: string;
  readonly costCentre: string | null;
  readonly capex: readonly number[];
  readonly opex: readonly number[];
}

export interface FinanceReport {
  readonly months: readonly string[];
  readonly rows: readonly FinanceRow[];
  readonly totals: {
    readonly capex: readonly number[];
    readonly opex: readonly number[];
    readonly idle: readonly number[];
    readonly paid: readonly number[];
    readonly other: readonly number[];
  };
}

export interface Report {
  readonly version: 2;
  readonly asOf: string;
  readonly weeks: readonly string[];
  readonly people: readonly PersonReport[];
  readonly duties: readonly DutyReport[];
  readonly projects: readonly ProjectReport[];
  readonly conflicts: readonly Conflict[];
  readonly finance: FinanceReport;
  readonly diagnostics: readonly Diagnostic[];
}
