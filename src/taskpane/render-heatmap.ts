/**
 * The heatmap: a grid of team × week cells coloured by load. It is one tab stop; the arrow keys,
 * Home and End move between cells (the ARIA grid pattern), and each cell says its figures to a
 * screen reader (aria-label) and on hover (title).
 */
import { isoWeekName, parseIsoDay } from '../core/calendar';
import { element } from './dom';
import { formatHours, formatPercent } from './format';
import type { HeatmapCell, HeatmapRow } from './heatmap-model';

function weekName(weekStart: string): string {
  const day = parseIsoDay(weekStart);
  return day === undefined ? weekStart : isoWeekName(day);
}

/** What a cell says, e.g. "IT, week 2026-W10 (from 2026-03-02): 113%, 45 h of 40 h", figures in `locale`. */
export function describeCell(rowLabel: string, cell: HeatmapCell, locale: string | null = null): string {
  return cellDescriber(locale)(rowLabel, cell);
}

/**
 * describeCell for the many cells of one table: each week's name and each distinct hours figure
 * and utilisation worked out once (a heatmap of 200 teams × 156 weeks names the same 156 weeks
 * 200 times, and its teams' capacities and loads repeat from week to week).
 */
function cellDescriber(locale: string | null): (rowLabel: string, cell: HeatmapCell) => string {
  const weekNames = new Map<string, string>();
  const hours = new Map<number, string>();
  const percents = new Map<number | null, string>();
  const hoursText = (value: number) => {
    let text = hours.get(value);
    if (text === undefined) hours.set(value, (text = formatHours(value, locale)));
    return text;
  };
  const percentText = (value: number | null) => {
    let text = percents.get(value);
    if (text === undefined) percents.set(value, (text = formatPercent(value, locale)));
    return text;
  };
  return (rowLabel, cell) => {
    let week = weekNames.get(cell.weekStart);
    if (week === undefined) weekNames.set(cell.weekStart, (week = weekName(cell.weekStart)));
    const load = cell.capacityHours > 0
      ? `${percentText(cell.utilisation)}, ${hoursText(cell.demandHours)} of ${hoursText(cell.capacityHours)}`
      : `no capacity, ${hoursText(cell.demandHours)} of work`;
    return `${rowLabel}, week ${week} (from ${cell.weekStart}): ${load}`;
  };
}

/**
 * Team rows per block. Each block is a table of its own in a box the browser lays out and paints
 * only when it is near the viewport (content-visibility), so a check of 2,000 people does not
 * lay out its 31,200 cells at once, most of them scrolled out of sight.
 */
const ROWS_PER_BLOCK = 10;

/**
 * A row's height (the team name's line) and the border spacing, in CSS pixels (taskpane.css): a
 * block's table is rows × 20 px plus (rows + 1) × 2 px high, its size before it is first laid out.
 */
const ROW_PIXELS = 20;
const SPACING_PIXELS = 2;

/**
 * Builds the heatmap: an ARIA grid of a header row and the team rows, in blocks of
 * ROWS_PER_BLOCK; `caption` is its accessible name, `locale` the figures' locale.
 */
export function renderHeatmap(rows: readonly HeatmapRow[], weeks: readonly string[], caption: string, locale: string | null = null): HTMLElement {
  const header = element('tr', { role: 'row' }, [
    element('th', { role: 'columnheader', class: 'heatmap-corner' }, [element('span', { class: 'visually-hidden' }, ['Team'])]),
    ...weeks.map((week) => {
      const name = weekName(week);
      // Show the week number only; the full name is in the title and the cells' labels.
      return element('th', { role: 'columnheader', title: `${name} (from ${week})`, abbr: name }, [name.slice(-2)]);
    }),
  ]);
  const describe = cellDescriber(locale);
  // Tens of thousands of cells (200 teams × 156 weeks at 2,000 people): each is a copy of one
  // made once, given its band and label, rather than an element built attribute by attribute.
  const blank = element('td', { role: 'gridcell', tabindex: -1 });
  const bodyRows = rows.map((row) => {
    const tr = element('tr', { role: 'row' }, [
      element('th', { role: 'rowheader', title: `${row.label} (${row.people} ${row.people === 1 ? 'person' : 'people'})` }, [row.label]),
    ]);
    const cells = row.cells.map((cell) => {
      const text = describe(row.label, cell);
      const td = blank.cloneNode() as HTMLTableCellElement;
      td.className = `band-${cell.band}`;
      td.setAttribute('aria-label', text);
      td.title = text;
      return td;
    });
    tr.append(...cells);
    return tr;
  });
  // The tables only lay the cells out: the grid, its row groups, rows and cells carry the roles.
  const blocks: HTMLElement[] = [
    element('div', { role: 'rowgroup', class: 'heatmap-head' }, [
      element('table', { role: 'presentation' }, [element('thead', { role: 'presentation' }, [header])]),
    ]),
  ];
  for (let r = 0; r < bodyRows.length; r += ROWS_PER_BLOCK) {
    const blockRows = bodyRows.slice(r, r + ROWS_PER_BLOCK);
    const block = element('div', { role: 'rowgroup', class: 'heatmap-block' }, [
      element('table', { role: 'presentation' }, [element('tbody', { role: 'presentation' }, blockRows)]),
    ]);
    block.style.containIntrinsicHeight = `auto ${blockRows.length * ROW_PIXELS + (blockRows.length + 1) * SPACING_PIXELS}px`;
    blocks.push(block);
  }
  const grid = element('div', { class: 'heatmap', role: 'grid', 'aria-label': caption, 'aria-rowcount': rows.length + 1, 'aria-colcount': weeks.length + 1 }, blocks);
  const first = grid.querySelector('td');
  if (first) first.tabIndex = 0;
  grid.addEventListener('keydown', (event) => moveFocus(grid, event));
  grid.addEventListener('focusin', (event) => {
    // Roving tab stop: the last focused cell is where Tab comes back to. Only the cell that held
    // the stop changes, not each of the grid's tens of thousands of cells on every arrow key.
    if (!(event.target instanceof HTMLTableCellElement) || event.target.tagName !== 'TD') return;
    const previous = grid.querySelector<HTMLTableCellElement>('td[tabindex="0"]');
    if (previous && previous !== event.target) previous.tabIndex = -1;
    event.target.tabIndex = 0;
  });
  return grid;
}

/** The team rows of a heatmap made by renderHeatmap, in order, across its blocks. */
function teamRows(grid: HTMLElement): HTMLTableRowElement[] {
  return [...grid.querySelectorAll<HTMLTableRowElement>('.heatmap-block tr')];
}

/**
 * Updates a heatmap made by renderHeatmap in place, when it has the same rows and weeks: only the
 * cells' bands and labels change (a what-if redraws thousands of cells; rebuilding the grid and
 * laying it out again took most of the time). Returns false, changing nothing, when the shape differs.
 */
export function updateHeatmap(grid: HTMLElement, rows: readonly HeatmapRow[], weeks: readonly string[], locale: string | null = null): boolean {
  const body = teamRows(grid);
  const headerCells = grid.querySelector<HTMLTableRowElement>('.heatmap-head tr')?.cells.length ?? 0;
  if (body.length !== rows.length || headerCells !== weeks.length + 1) return false;
  for (let r = 0; r < rows.length; r++) {
    const tr = body[r];
    if (tr.cells.length !== rows[r].cells.length + 1 || tr.cells[0].textContent !== rows[r].label) return false;
  }
  const describe = cellDescriber(locale);
  rows.forEach((row, r) => {
    const cells = body[r].cells;
    row.cells.forEach((cell, c) => {
      const td = cells[c + 1];
      const text = describe(row.label, cell);
      const band = `band-${cell.band}`;
      if (td.className !== band) td.className = band;
      if (td.title !== text) {
        td.title = text;
        td.setAttribute('aria-label', text);
      }
    });
  });
  return true;
}

function moveFocus(grid: HTMLElement, event: KeyboardEvent): void {
  const current = event.target;
  if (!(current instanceof HTMLTableCellElement) || current.tagName !== 'TD') return;
  // Rows and cells by index: the row's header is cell 0, its weeks cells 1 to the last.
  const rows = teamRows(grid);
  const rowIndex = rows.indexOf(current.parentElement as HTMLTableRowElement);
  const colIndex = current.cellIndex;
  const lastCol = rows[rowIndex].cells.length - 1;
  const target: Record<string, [number, number]> = {
    ArrowRight: [rowIndex, Math.min(colIndex + 1, lastCol)],
    ArrowLeft: [rowIndex, Math.max(colIndex - 1, 1)],
    ArrowDown: [Math.min(rowIndex + 1, rows.length - 1), colIndex],
    ArrowUp: [Math.max(rowIndex - 1, 0), colIndex],
    Home: [event.ctrlKey ? 0 : rowIndex, 1],
    End: [event.ctrlKey ? rows.length - 1 : rowIndex, lastCol],
  };
  const next = target[event.key];
  if (!next) return;
  event.preventDefault();
  rows[next[0]].cells[next[1]]?.focus();
}
