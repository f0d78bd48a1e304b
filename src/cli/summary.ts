/**
 * The CLI's readable summary: counts by kind, the worst conflicts, the projects, the finance total
 * and the input issues, as plain text tables that fit a terminal.
 */
import type { Conflict, ConflictKind, Report } from '../core/report';
import { moneyText } from '../workbook/report/currency-format';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const WORST_SHOWN = 10;
const ISSUES_SHOWN = 20;

/** Formats rows as a left-aligned text table with a header rule. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidth = 60): string {
  const clip = (text: string) => (text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text);
  const all = [header, ...rows].map((row) => row.map(clip));
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Worst first: severity, then kind order, then start date. */
export function worstFirst(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Money as the summary sheets and the task pane show it. */
function formatMoney(amount: number, currency: string | null): string {
  return moneyText(amount, currency);
}

/** The whole summary for a report. */
export function formatSummary(report: Report, source: string, currency: string | null): string {
  const out: string[] = [];
  const weeks = report.weeks;
  out.push(`Loadline check of ${source}, status date ${report.asOf}, ${weeks.length} weeks from ${weeks[0]} (${report.people.length} people, ` +
    `${report.duties.length} duties, ${report.projects.length} projects checked)`);
  out.push('');
  if (report.conflicts.length === 0) out.push('No conflicts found.');
  else {
    const counts = new Map<ConflictKind, { high: number; medium: number; low: number }>();
    for (const c of report.conflicts) {
      const entry = counts.get(c.kind) ?? { high: 0, medium: 0, low: 0 };
      entry[c.severity]++;
      counts.set(c.kind, entry);
    }
    out.push(`Conflicts: ${report.conflicts.length}`);
    out.push(textTable(['Kind', 'High', 'Medium', 'Low'], [...counts].map(([kind, n]) => [kind, String(n.high), String(n.medium), String(n.low)])));
    out.push('');
    const worst = worstFirst(report.conflicts).slice(0, WORST_SHOWN);
    out.push(`Worst ${worst.length}:`);
    out.push(textTable(['Severity', 'Kind', 'Who / what', 'From', 'To', 'Message'], worst.map((c) => [
      c.severity, c.kind, c.person ?? c.duty ?? c.project ?? '', c.from, c.to, c.message,
    ]), 90));
  }
  if (report.projects.length > 0) {
    out.push('');
    out.push('Projects:');
    out.push(textTable(['Project', 'Scope', 'Time', 'Cost', 'Forecast finish', 'Forecast cost', 'Budget'], report.projects.map((p) => [
      p.name, p.rag.scope, p.rag.time, p.rag.cost, p.forecastFinish ?? 'none',
      formatMoney(p.forecastCost, currency), p.budget === null ? '' : formatMoney(p.budget, currency),
    ])));
  }
  const ranged = report.projects.filter((p) => p.range !== null);
  if (ranged.length > 0) {
    out.push('');
    out.push('Estimate ranges (finish and cost by confidence):');
    const percent = (chance: number | null) => (chance === null ? '' : `${Math.round(chance * 1000) / 10} %`);
    out.push(textTable(['Project', 'P50 finish', 'P80 finish', 'P90 finish', 'On time', 'P80 cost', 'Within budget'], ranged.map((p) => {
      const range = p.range as NonNullable<typeof p.range>;
      return [p.name, range.p50.finish ?? 'none', range.p80.finish ?? 'none', range.p90.finish ?? 'none', percent(range.onTime),
        formatMoney(range.p80.cost, currency), percent(range.withinBudget)];
    })));
  }
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const { totals, months } = report.finance;
  if (months.length > 0) {
    out.push('');
    out.push(`Finance ${months[0]}…${months[months.length - 1]}: CapEx ${formatMoney(sum(totals.capex), currency)}, OpEx ${formatMoney(sum(totals.opex), currency)}, ` +
      `Idle ${formatMoney(sum(totals.idle), currency)} (paid ${formatMoney(sum(totals.paid), currency)} + other ${formatMoney(sum(totals.other), currency)})`);
  }
  if (report.diagnostics.length > 0) {
    out.push('');
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    out.push(`Input issues: ${errors} errors (rows skipped), ${report.diagnostics.length - errors} warnings`);
    out.push(textTable(['Severity', 'Code', 'Cell', 'Message'], report.diagnostics.slice(0, ISSUES_SHOWN).map((d) => [
      d.severity, d.code, d.cell ? `${d.sheet}!${d.cell}` : d.sheet, d.message,
    ]), 100));
    if (report.diagnostics.length > ISSUES_SHOWN) out.push(`… and ${report.diagnostics.length - ISSUES_SHOWN} more (see --json or the Input Issues sheet)`);
  }
  return out.join('\n');
}
