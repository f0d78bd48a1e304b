/** The result summary: conflicts by severity and kind, projects by status, finance totals. */
import type { ConflictSeverity, Rag } from '../core/report';
import { element } from './dom';
import { formatMoney } from './format';
import { CONFLICT_KIND_LABELS, type ReportSummary } from './summarise';

const SEVERITY_WORDS: Readonly<Record<ConflictSeverity, string>> = { high: 'High', medium: 'Medium', low: 'Low' };
const RAG_WORDS: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** A labelled figure; `data-figure` names it for tests and `data-value` holds the raw number. */
function figure(label: string, name: string, value: number, shown: string = String(value)): Node[] {
  return [element('dt', {}, [label]), element('dd', { 'data-figure': name, 'data-value': value }, [shown])];
}

function group(title: string, headline: string, headlineName: string, headlineValue: number, rows: Node[]): HTMLElement {
  return element('section', { class: 'summary-group', 'aria-label': title }, [
    element('h3', {}, [title]),
    element('p', { class: 'summary-big', 'data-figure': headlineName, 'data-value': headlineValue }, [headline]),
    element('dl', {}, rows),
  ]);
}

/** The summary's elements for one report, money in `currency` written the `locale`'s way. */
export function renderSummary(summary: ReportSummary, currency: string | null, locale: string | null = null): HTMLElement[] {
  const severities = (['high', 'medium', 'low'] as const).flatMap((s) => figure(SEVERITY_WORDS[s], `severity.${s}`, summary.bySeverity[s]));
  const kinds = summary.byKind.flatMap(({ kind, count }) => figure(CONFLICT_KIND_LABELS[kind], `kind.${kind}`, count));
  const statuses = (['red', 'amber', 'green'] as const).flatMap((r) => figure(RAG_WORDS[r], `projects.${r}`, summary.projectsByStatus[r]));
  const money = (label: string, name: string, amount: number): Node[] => figure(label, name, amount, formatMoney(amount, currency, locale));
  return [
    group('Conflicts', String(summary.conflicts), 'conflicts', summary.conflicts, [...severities, ...kinds]),
    group('Projects', String(summary.projects), 'projects', summary.projects, statuses),
    group('Finance, whole horizon', formatMoney(summary.finance.total, currency, locale), 'finance.total', summary.finance.total, [
      ...money('CapEx', 'finance.capex', summary.finance.capex),
      ...money('OpEx', 'finance.opex', summary.finance.opex),
      ...money('Idle', 'finance.idle', summary.finance.idle),
    ]),
    group('Input issues', String(summary.issues.errors + summary.issues.warnings), 'issues', summary.issues.errors + summary.issues.warnings, [
      ...figure('Errors', 'issues.error', summary.issues.errors),
      ...figure('Warnings', 'issues.warning', summary.issues.warnings),
    ]),
  ];
}
