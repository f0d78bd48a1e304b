/**
 * A heatmap of many teams, as a large organisation's check draws it: blocks of ten team rows,
 * each a table of its own that the browser lays out only near the viewport. The blocks must line
 * up with the week header, the arrow keys must cross from one block to the next, a block out of
 * sight must really be skipped (that is what saves the layout), and the grid must stay one
 * accessible grid.
 */
import type { Page } from 'playwright-core';
import { generateOrganisation } from '../../bench/generate';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, seriousAccessibilityViolations, type PaneBrowser } from './support/browser';
import { excelFakeInitScript, fakeOptionsFromRaw } from './support/excel-fake-page';

const TODAY = '2026-03-02';

/** The focused cell's team (its row header) and its column. */
function focusedCell(page: Page): Promise<{ team: string; column: number }> {
  return page.evaluate(() => {
    const cell = document.activeElement as HTMLTableCellElement;
    const row = cell.parentElement as HTMLTableRowElement;
    return { team: row.cells[0].textContent ?? '', column: cell.cellIndex };
  });
}

/**
 * Waits until the first or last block is rendered (`shown`) or skipped. A cell in a skipped block
 * is not visible to checkVisibility({ contentVisibilityAuto: true }); the browser works out which
 * blocks to skip as it renders a frame.
 */
async function waitForBlock(page: Page, block: 'first' | 'last', shown: boolean): Promise<void> {
  await page.waitForFunction(([which, expected]) => {
    const blocks = document.querySelectorAll('#heatmap .heatmap-block');
    const td = blocks[which === 'first' ? 0 : blocks.length - 1]?.querySelector('td');
    return td !== null && td !== undefined && td.checkVisibility({ contentVisibilityAuto: true }) === expected;
  }, [block, shown] as const, { polling: 'raf', timeout: 5_000 });
}

describeWithChromium('the heatmap of a large organisation', () => {
  let browser: PaneBrowser;
  // 1,000 people in teams of ten: 100 teams and Everyone, eleven blocks (about 2,000 px).
  const raw = generateOrganisation(1_000);
  /** The grid's height right after the check, its blocks out of sight not yet laid out. */
  let heightBeforeLayout = 0;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(fakeOptionsFromRaw(raw)) });
    const { page } = browser;
    await page.getByText('In Excel').waitFor();
    await page.locator('#check-button').click();
    await page.locator('#results:not([hidden])').waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every team row in blocks of ten under one header row', async () => {
    const { page } = browser;
    heightBeforeLayout = await page.locator('#heatmap [role="grid"]').evaluate((grid) => grid.getBoundingClientRect().height);
    const teams = await page.locator('#heatmap [role="rowheader"]').allTextContents();
    expect(teams).toHaveLength(101);
    expect(teams).toContain('Team 100');
    await expect(page.locator('#heatmap .heatmap-block').evaluateAll((blocks) => blocks.map((b) => b.querySelectorAll('tr').length)))
      .resolves.toEqual([...Array(10).fill(10), 1]);
    await expect(page.locator('#heatmap [role="grid"]').getAttribute('aria-rowcount')).resolves.toBe('102');
  });

  it('lines every block\'s columns up with the week header', async () => {
    const { page } = browser;
    // Reading a box lays a block out even when it is out of sight, so every row can be measured.
    const offsets = await page.evaluate(() => {
      const lefts = (row: HTMLTableRowElement) => [...row.cells].map((cell) => Math.round(cell.getBoundingClientRect().left));
      const header = lefts(document.querySelector<HTMLTableRowElement>('#heatmap .heatmap-head tr')!);
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('#heatmap .heatmap-block tr')].map(lefts);
      return { header, rows };
    });
    expect(offsets.header.length).toBeGreaterThan(100);
    for (const row of offsets.rows) expect(row).toEqual(offsets.header);
  });

  it('keeps rows 2 px apart across blocks, room in each block for a focused cell\'s outline, and its height', async () => {
    const { page } = browser;
    // A window tall enough for every block to be laid out: a skipped block's rows have no place.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 420, height: 4_000 });
    const geometry = await measure().finally(() => (viewport ? page.setViewportSize(viewport) : undefined));
    expect(geometry.gaps).toHaveLength(101);
    expect(new Set(geometry.gaps)).toEqual(new Set([2]));
    expect(geometry.room).toHaveLength(11);
    for (const room of geometry.room) expect(room).toBeGreaterThanOrEqual(3);
    // A block out of sight takes the height it will have: the page does not jump as blocks appear.
    expect(geometry.height).toBe(heightBeforeLayout);

    async function measure() {
      await page.evaluate(() => document.querySelector('#heatmap')!.scrollIntoView({ block: 'start' }));
      await waitForBlock(page, 'last', true);
      return page.evaluate(() => {
        const rows = [...document.querySelectorAll('#heatmap tr')].map((tr) => tr.getBoundingClientRect());
        const gaps = rows.slice(1).map((row, i) => Math.round(row.top - rows[i].bottom));
        // A block paints nothing outside its box (content-visibility's paint containment), and a
        // focused cell's outline reaches 3 px out (1 px offset + 2 px): the box must hold it.
        const room = [...document.querySelectorAll('#heatmap .heatmap-block')].map((block) => {
          const box = block.getBoundingClientRect();
          const cells = [...block.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
          return Math.min(
            Math.min(...cells.map((c) => c.top)) - box.top,
            box.bottom - Math.max(...cells.map((c) => c.bottom)),
            box.right - Math.max(...cells.map((c) => c.right)),
          );
        });
        return { gaps, room, height: document.querySelector('#heatmap [role="grid"]')!.getBoundingClientRect().height };
      });
    }
  });

  it('lays out and paints only the blocks near the viewport', async () => {
    const { page } = browser;
    const blockShown = (block: 'first' | 'last', shown: boolean) => waitForBlock(page, block, shown);
    // A short window, so that the last block (2,000 px down) is well outside the margin the
    // browser keeps rendered around the viewport.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 420, height: 300 });
    try {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.querySelector('#heatmap')!.scrollIntoView({ block: 'start' });
      });
      await blockShown('first', true);
      await blockShown('last', false);
      await page.locator('#heatmap .heatmap-block').last().scrollIntoViewIfNeeded();
      await blockShown('last', true);
      await blockShown('first', false);
    } finally {
      if (viewport) await page.setViewportSize(viewport);
    }
  });

  it('moves across blocks with the arrow keys, Ctrl+End and Ctrl+Home', async () => {
    const { page } = browser;
    const teams = await page.locator('#heatmap [role="rowheader"]').allTextContents();
    await page.locator('#heatmap td').first().focus();
    await expect(focusedCell(page)).resolves.toEqual({ team: teams[0], column: 1 });
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    // Down from the first block's tenth row into the second block, in the same week.
    await expect(focusedCell(page)).resolves.toEqual({ team: teams[12], column: 2 });
    await page.keyboard.press('Control+End');
    const last = await focusedCell(page);
    expect(last.team).toBe(teams[100]);
    await expect(page.evaluate(() => {
      const cell = document.activeElement as HTMLTableCellElement;
      return cell.cellIndex === (cell.parentElement as HTMLTableRowElement).cells.length - 1 && cell.tabIndex === 0;
    })).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect(focusedCell(page)).resolves.toEqual({ team: teams[99], column: last.column });
    await page.keyboard.press('Control+Home');
    await expect(focusedCell(page)).resolves.toEqual({ team: teams[0], column: 1 });
    // Still one tab stop for the whole grid.
    await expect(page.locator('#heatmap td[tabindex="0"]').count()).resolves.toBe(1);
  });

  it('is one accessible grid with no serious or critical problem', async () => {
    await expect(seriousAccessibilityViolations(browser)).resolves.toEqual([]);
  });
});
