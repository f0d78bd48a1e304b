/**
 * A real headless Chromium on the built pane: a fresh profile, the page served by a local static
 * server on a random port, and every request elsewhere aborted — so nothing leaves the machine,
 * and the Office.js CDN fails as it does offline (the pane must then come up standalone).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server';
import { runChromium } from '../../support/chromium';
import { DIST, ensureBuild } from './ensure-build';

/**
 * A browser that never comes up is killed after this (and the server closed) within the suite's
 * 60 s hook timeout, rather than living on for playwright's default three minutes.
 */
const LAUNCH_TIMEOUT_MS = 45_000;

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** A browser with one page, the server it loads from, and the requests that were blocked. */
export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly server: StaticServer;
  /** URLs the route aborted (e.g. the Office.js CDN). */
  readonly blocked: string[];
  /** Every URL the page asked the local server for, in order. */
  readonly served: string[];
  /** Errors the page threw or logged. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Options for `openPaneBrowser`. */
export interface OpenPaneBrowserOptions {
  /** A script run in the page before its own scripts (e.g. the Excel fake). */
  readonly initScript?: string;
  /** Fixes the page's clock to this ISO date at noon, so "today" matches the Node-side check. */
  readonly today?: string;
  /** The page to open (default taskpane.html). */
  readonly page?: string;
  /** Called once the browser is set up, before the page is opened (e.g. to record every request). */
  readonly beforeNavigate?: (context: BrowserContext, page: Page) => void | Promise<void>;
  /** The browser's language (navigator.language), e.g. "de-DE"; Chromium's default otherwise. */
  readonly locale?: string;
}

/**
 * Builds dist/ if stale, serves it and opens taskpane.html in headless Chromium (the run's, see
 * test/support/chromium.ts). When any step fails, whatever was already started (server, browser,
 * profile folder) is closed before the error is thrown, so a failed launch leaves no handle that
 * would keep jest from exiting.
 */
export async function openPaneBrowser(options: OpenPaneBrowserOptions = {}): Promise<PaneBrowser> {
  ensureBuild();
  const run = runChromium();
  if ('missing' in run) throw new Error(`No Chromium for the browser tests: ${run.missing}`);
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    // Last opened, first closed; every step runs even when an earlier one throws.
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve().then(cleanup).catch(() => undefined);
  };
  try {
    const server = await startStaticServer({ root: DIST, port: 0 });
    cleanups.push(() => server.close());
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-chromium-'));
    cleanups.push(() => fs.rmSync(profile, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: run.location.executablePath,
      env: { ...process.env, ...run.location.env },
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: LAUNCH_TIMEOUT_MS,
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
    });
    cleanups.push(() => context.close());
    const blocked: string[] = [];
    const served: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) {
        served.push(url.slice(server.url.length));
        return route.continue();
      }
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    if (options.initScript) await context.addInitScript({ content: options.initScript });
    const page = context.pages()[0] ?? (await context.newPage());
    if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T12:00:00`));
    await options.beforeNavigate?.(context, page);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${server.url}${options.page ?? 'taskpane.html'}`);
    return { context, page, server, blocked, served, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The summary's figures as the page shows them, by name ("severity.high" → 2). */
export async function readFigures(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-figure]', (nodes) =>
    Object.fromEntries(nodes.map((node) => [node.getAttribute('data-figure') ?? '', Number(node.getAttribute('data-value'))])),
  );
}

/**
 * Injects axe-core and returns the violations of impact serious or critical. The page's CSP
 * forbids inline scripts, so axe is served from the page's own origin by a route rather than
 * inlined (which would need the CSP switched off for the test).
 */
export async function seriousAccessibilityViolations(browser: PaneBrowser): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const url = `${browser.server.url}__test__/axe.min.js`;
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Registered after the blocking route, so it wins for this one URL.
  await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: source }));
  await browser.page.addScriptTag({ url });
  return browser.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
