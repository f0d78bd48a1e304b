/** The order of the Conflicts sheet: worst first, then grouped so related rows sit together. */
import type { Conflict, ConflictKind, ConflictSeverity } from '../../core/report';
import { compareText } from './compare-text';

const SEVERITY_RANK: Readonly<Record<ConflictSeverity, number>> = { high: 0, medium: 1, low: 2 };

/** Kinds in the order of the design's conflict table: people and duties first, then projects. */
const KIND_RANK: Readonly<Record<ConflictKind, number>> = {
  OVERALLOCATED: 0,
  OPS_AT_RISK: 1,
  COVERAGE_GAP: 2,
  OUTSIDE_EMPLOYMENT: 3,
  OUTSIDE_PROJECT: 4,
  NO_ASSIGNMENTS: 5,
  SCOPE_AT_RISK: 6,
  SCHEDULE_SLIP: 7,
  OVER_BUDGET: 8,
  LOW_CPI: 9,
  LOW_SPI: 10,
  FLEX_INFEASIBLE: 11,
};

/**
 * Compares two conflicts: severity (high, medium, low), then kind (design table order), then
 * the From date, then the subject (person, project, duty), then To and the message. Use with a
 * stable sort so exact ties keep the report's order.
 */
export function compareConflicts(left: Conflict, right: Conflict): number {
  return (
    SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity] ||
    KIND_RANK[left.kind] - KIND_RANK[right.kind] ||
    compareText(left.from, right.from) ||
    compareText(left.person ?? '', right.person ?? '') ||
    compareText(left.project ?? '', right.project ?? '') ||
    compareText(left.duty ?? '', right.duty ?? '') ||
    compareText(left.to, right.to) ||
    compareText(left.message, right.message)
  );
}

/** The conflicts worst first, as a new array (the report is not touched). */
export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort(compareConflicts);
}
