/**
 * The conflicts and input-issues lists. Inside Excel each item is a button that selects its
 * source cell (click, Enter or Space); in a browser, where no sheet is on screen, items are text
 * that names the cell.
 */
import type { Diagnostic } from '../core/diagnostics';
import type { Conflict, Suggestion } from '../core/report';
import { sheetRef } from '../workbook/address';
import type { CellTarget } from '../workbook/patch';
import { sortConflicts } from '../workbook/report/conflict-order';
import { parseSourceCell } from '../workbook/report/source-cell';
import { element } from './dom';
import { formatDate, formatHours } from './format';
import { CONFLICT_KIND_LABELS } from './summarise';

/** How many items a list shows; the summary sheets in the workbook hold the rest. */
export const LIST_LIMIT = 200;

/** Called when the user picks an item; absent where cells cannot be selected. */
export type SelectCell = ((target: CellTarget) => void) | undefined;

/** Called when the user chooses Apply on a suggestion; absent where suggestions cannot be applied. */
export type ApplySuggestion = ((conflict: Conflict, suggestion: Suggestion) => void) | undefined;

const SEVERITY_WORDS: Readonly<Record<string, string>> = { high: 'High', medium: 'Medium', low: 'Low', error: 'Error', warning: 'Warning' };

/** "Staff!B4", quoting the sheet name only where Excel would ("'Ops Duties'!B4"). */
function cellName(target: CellTarget): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(target.sheet) ? `${target.sheet}!${target.cell}` : sheetRef(target.sheet, target.cell);
}

function item(
  severity: string,
  head: readonly string[],
  message: string,
  target: CellTarget | undefined,
  extraCells: number,
  select: SelectCell,
  after: readonly HTMLElement[] = [],
): HTMLLIElement {
  const where = target ? `${cellName(target)}${extraCells > 0 ? ` and ${extraCells} more` : ''}` : '';
  const parts = [
    element('span', { class: 'issue-head' }, [
      element('span', { class: 'issue-severity' }, [SEVERITY_WORDS[severity] ?? severity]),
      ...head.filter((text) => text !== '').map((text) => element('span', {}, [text])),
    ]),
    element('span', { class: 'issue-message' }, [message]),
    ...(where ? [element('span', { class: 'issue-cell' }, [select ? `Go to ${where}` : where])] : []),
  ];
  if (select && target) {
    const button = element('button', { type: 'button', class: `issue severity-${severity}`, 'data-sheet': target.sheet, 'data-cell': target.cell }, parts);
    button.addEventListener('click', () => select(target));
    return element('li', {}, [button, ...after]);
  }
  return element('li', {}, [element('div', { class: `issue severity-${severity}` }, parts), ...after]);
}

/**
 * A conflict's suggestions, best first, under it (outside its button: a button may not hold
 * another). Information carries no edits and so no Apply.
 */
function suggestionList(conflict: Conflict, apply: ApplySuggestion): HTMLElement[] {
  if (conflict.suggestions.length === 0) return [];
  const items = conflict.suggestions.map((suggestion) => {
    const children: (HTMLElement | string)[] = [element('span', { class: 'suggestion-text' }, [suggestion.text])];
    if (apply && suggestion.edits.length > 0) {
      const button = element('button', { type: 'button', class: 'suggestion-apply', 'data-action': 'apply', 'aria-label': `Apply: ${suggestion.text}` }, ['Apply']);
      button.addEventListener('click', () => apply(conflict, suggestion));
      children.push(button);
    }
    return element('li', { class: suggestion.edits.length === 0 ? 'suggestion info' : 'suggestion' }, children);
  });
  return [element('ul', { class: 'suggestions', 'aria-label': 'Suggestions' }, items)];
}

function moreItem(hidden: number, sheet: string): HTMLLIElement[] {
  return hidden > 0 ? [element('li', { class: 'more' }, [`${hidden} more: see the ${sheet} sheet.`])] : [];
}

function dateRange(from: string, to: string, locale: string | null): string {
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)} to ${formatDate(to, locale)}`;
}

/** The conflicts, worst first, each with its suggestions; dates and hours in the workbook's locale. */
export function renderConflicts(conflicts: readonly Conflict[], select: SelectCell, locale: string | null = null, apply?: ApplySuggestion): HTMLLIElement[] {
  const sorted = sortConflicts(conflicts);
  const shown = sorted.slice(0, LIST_LIMIT).map((conflict) => {
    const cells = conflict.cells.map(parseSourceCell).filter((c) => c !== undefined);
    const target = cells[0] ? { sheet: cells[0].sheet, cell: cells[0].cell } : undefined;
    const subject = conflict.person ?? conflict.project ?? conflict.duty ?? '';
    const head = [
      CONFLICT_KIND_LABELS[conflict.kind] ?? conflict.kind,
      subject,
      dateRange(conflict.from, conflict.to, locale),
      conflict.hours > 0 ? formatHours(conflict.hours, locale) : '',
    ];
    return item(conflict.severity, head, conflict.message, target, Math.max(cells.length - 1, 0), select, suggestionList(conflict, apply));
  });
  return [...shown, ...moreItem(sorted.length - shown.length, 'Conflicts')];
}

/** The input issues, errors before warnings, each in the report's order. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], select: SelectCell): HTMLLIElement[] {
  const sorted = [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
  const shown = sorted.slice(0, LIST_LIMIT).map((diagnostic) => {
    const target = diagnostic.cell !== '' ? { sheet: diagnostic.sheet, cell: diagnostic.cell } : undefined;
    const head = [diagnostic.code, target ? '' : diagnostic.sheet];
    return item(diagnostic.severity, head, diagnostic.message, target, 0, select);
  });
  return [...shown, ...moreItem(sorted.length - shown.length, 'Input Issues')];
}
