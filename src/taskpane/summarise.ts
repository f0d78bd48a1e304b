/**
 * The figures the pane's result summary shows, worked out from a report (pure, no DOM), so
 * what the pane says can be checked against the JSON report for the same workbook.
 */
import type { ConflictKind, ConflictSeverity, Rag, Report } from '../core/report';

/** Counts and totals for the summary; money in the workbook's currency, rounded to cents. */
export interface ReportSummary {
  readonly conflicts: number;
  readonly bySeverity: Readonly<Record<ConflictSeverity, number>>;
  /** Only kinds that occur, in the design table's order. */
  readonly byKind: readonly { readonly kind: ConflictKind; readonly count: number }[];
  readonly projects: number;
  /** Projects by their worst RAG over scope, time and cost. */
  readonly projectsByStatus: Readonly<Record<Rag, number>>;
  readonly finance: { readonly capex: number; readonly opex: number; readonly idle: number; readonly total: number };
  readonly issues: { readonly errors: number; readonly warnings: number };
}

/** Conflict kinds in the design table's order, with the words the pane shows for them. */
export const CONFLICT_KIND_LABELS: Readonly<Record<ConflictKind, string>> = {
  OVERALLOCATED: 'Over-allocated',
  OPS_AT_RISK: 'Ops at risk',
  COVERAGE_GAP: 'Coverage gap',
  OUTSIDE_EMPLOYMENT: 'Outside employment',
  OUTSIDE_PROJECT: 'Outside project dates',
  NO_ASSIGNMENTS: 'No one assigned',
  SCOPE_AT_RISK: 'Scope at risk',
  SCHEDULE_SLIP: 'Schedule slip',
  OVER_BUDGET: 'Over budget',
  LOW_CPI: 'Low CPI',
  LOW_SPI: 'Low SPI',
  FLEX_INFEASIBLE: 'Flexible work does not fit',
};

const RAG_RANK: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

/** The worst of a project's three RAGs: red over amber over green. */
export function worstRag(rag: { readonly scope: Rag; readonly time: Rag; readonly cost: Rag }): Rag {
  return [rag.scope, rag.time, rag.cost].reduce((worst, r) => (RAG_RANK[r] > RAG_RANK[worst] ? r : worst));
}

/** Sums money amounts in cents, so the total does not drift from the per-month figures. */
function sumMoney(amounts: readonly number[]): number {
  return amounts.reduce((cents, amount) => cents + Math.round(amount * 100), 0) / 100;
}

/**
 * Summarises a report for the pane.
 *
 * @example
 * summariseReport(report).bySeverity.high // 2 when two conflicts are high
 */
export function summariseReport(report: Report): ReportSummary {
  const bySeverity = { high: 0, medium: 0, low: 0 };
  const kindCounts = new Map<ConflictKind, number>();
  for (const conflict of report.conflicts) {
    bySeverity[conflict.severity] += 1;
    kindCounts.set(conflict.kind, (kindCounts.get(conflict.kind) ?? 0) + 1);
  }
  const byKind = (Object.keys(CONFLICT_KIND_LABELS) as ConflictKind[])
    .filter((kind) => kindCounts.has(kind))
    .map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 }));
  const projectsByStatus = { green: 0, amber: 0, red: 0 };
  for (const project of report.projects) projectsByStatus[worstRag(project.rag)] += 1;
  const totals = report.finance.totals;
  const capex = sumMoney(totals.capex);
  const opex = sumMoney(totals.opex);
  const idle = sumMoney(totals.idle);
  return {
    conflicts: report.conflicts.length,
    bySeverity,
    byKind,
    projects: report.projects.length,
    projectsByStatus,
    finance: { capex, opex, idle, total: sumMoney([capex, opex, idle]) },
    issues: {
      errors: report.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    },
  };
}
