/**
 * The summary figures a report should produce, worked out here straight from the report's
 * arrays (not through the pane's own summarise.ts), to compare with what the page shows.
 */
import type { Report } from '../../../src/core/report';

function cents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
}

/** Figure name → value, named as the page's data-figure attributes. Money in whole cents. */
export function expectedFigures(report: Report): Record<string, number> {
  const figures: Record<string, number> = { conflicts: report.conflicts.length };
  for (const severity of ['high', 'medium', 'low']) {
    figures[`severity.${severity}`] = report.conflicts.filter((c) => c.severity === severity).length;
  }
  for (const conflict of report.conflicts) figures[`kind.${conflict.kind}`] = (figures[`kind.${conflict.kind}`] ?? 0) + 1;
  figures.projects = report.projects.length;
  for (const rag of ['red', 'amber', 'green']) figures[`projects.${rag}`] = 0;
  for (const project of report.projects) {
    const rags: string[] = [project.rag.scope, project.rag.time, project.rag.cost];
    const worst = rags.includes('red') ? 'red' : rags.includes('amber') ? 'amber' : 'green';
    figures[`projects.${worst}`] += 1;
  }
  const { capex, opex, idle } = report.finance.totals;
  figures['finance.capex'] = cents(capex);
  figures['finance.opex'] = cents(opex);
  figures['finance.idle'] = cents(idle);
  figures['finance.total'] = cents(capex) + cents(opex) + cents(idle);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  figures.issues = report.diagnostics.length;
  figures['issues.error'] = errors;
  figures['issues.warning'] = report.diagnostics.length - errors;
  return figures;
}

/** The page's figures with money turned into whole cents, to compare with expectedFigures. */
export function figuresInCents(shown: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(shown).map(([name, value]) => [name, name.startsWith('finance.') ? Math.round(value * 100) : value]));
}
