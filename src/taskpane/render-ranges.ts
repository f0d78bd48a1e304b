/**
 * The estimate ranges in the pane: per project with a range, a small bar from the status date
 * showing P50 to P90 finish against the deadline. The bar is a picture (role="img") whose
 * accessible name is the whole story in one sentence, so a screen reader says what the eye sees;
 * it takes no focus, as it does nothing.
 */
import { parseIsoDay } from '../core/calendar';
import type { ProjectReport, RangeReport } from '../core/report';
import { element } from './dom';
import { formatChance, formatDate } from './format';

/** A project with its range and deadline (ISO), for the list. */
export interface RangeRow {
  readonly name: string;
  readonly end: string;
  readonly range: RangeReport;
}

/** The projects of a report that have a range, with their deadlines from `endOf` (ISO by name). */
export function rangeRows(projects: readonly ProjectReport[], endOf: (name: string) => string | undefined): RangeRow[] {
  return projects.flatMap((p) => {
    const end = endOf(p.name);
    return p.range !== null && end !== undefined ? [{ name: p.name, end, range: p.range }] : [];
  });
}

/**
 * The sentence the bar stands for, e.g. "Atlas: 50 % likely to finish by 1 Jun 2026, 80 % by
 * 18 Jun 2026, 90 % by 26 Jun 2026; deadline 29 May 2026; chance of finishing on time 49 %."
 */
export function describeRange(row: RangeRow, locale: string | null = null): string {
  const by = (finish: string | null) => (finish === null ? 'no forecast date' : formatDate(finish, locale));
  const { p50, p80, p90, onTime, withinBudget } = row.range;
  const budget = withinBudget === null ? '' : `, of staying within budget ${formatChance(withinBudget, locale)}`;
  return `${row.name}: ${formatChance(0.5, locale)} likely to finish by ${by(p50.finish)}, ${formatChance(0.8, locale)} by ${by(p80.finish)}, ` +
    `${formatChance(0.9, locale)} by ${by(p90.finish)}; deadline ${formatDate(row.end, locale)}; ` +
    `chance of finishing on time ${formatChance(onTime, locale)}${budget}.`;
}

/** Position of a date on the bar's axis, 0–100 (%). */
function place(iso: string, from: number, to: number): number {
  const day = parseIsoDay(iso) ?? from;
  return to <= from ? 0 : Math.min(100, Math.max(0, ((day - from) / (to - from)) * 100));
}

/** The list items: name, bar and the on-time chance in words, one per project with a range. */
export function renderRanges(rows: readonly RangeRow[], asOf: string, locale: string | null = null): HTMLLIElement[] {
  return rows.map((row) => {
    const finishes = [row.range.p50.finish, row.range.p90.finish].filter((f): f is string => f !== null);
    const start = parseIsoDay(asOf) ?? 0;
    // The axis runs from the status date to the later of the deadline and P90, with a margin.
    const latest = Math.max(...[row.end, ...finishes].map((iso) => parseIsoDay(iso) ?? start));
    const end = latest + Math.max(7, Math.round((latest - start) * 0.08));
    const bar = element('div', { class: 'range-bar', role: 'img', 'aria-label': describeRange(row, locale), 'data-project': row.name });
    if (row.range.p50.finish !== null) {
      const left = place(row.range.p50.finish, start, end);
      const right = row.range.p90.finish === null ? 100 : place(row.range.p90.finish, start, end);
      const span = element('span', { class: 'range-span' });
      // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline styles.
      span.style.left = `${left}%`;
      span.style.width = `${Math.max(1, right - left)}%`;
      const p80 = element('span', { class: 'range-p80' });
      p80.style.left = `${row.range.p80.finish === null ? 100 : place(row.range.p80.finish, start, end)}%`;
      bar.append(span, p80);
    }
    const deadline = element('span', { class: 'range-deadline' });
    deadline.style.left = `${place(row.end, start, end)}%`;
    bar.append(deadline);
    const late = row.range.onTime < 0.5;
    return element('li', { class: 'range-item' }, [
      element('span', { class: 'range-name' }, [row.name]),
      bar,
      element('span', { class: `range-chance${late ? ' late' : ''}`, 'aria-hidden': 'true', 'data-value': row.range.onTime }, [
        `On time: ${formatChance(row.range.onTime, locale)}`,
      ]),
    ]);
  });
}
