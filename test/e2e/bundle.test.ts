/**
 * What Excel downloads: the scripts and styles taskpane.html (also the ribbon's function file) and dialog.html load
 * up front must stay under 150 KB gzipped, and ExcelJS must not be among them (it is fetched
 * only standalone).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { DIST, ensureBuild } from './support/ensure-build';

const BUDGET_BYTES = 150 * 1024;

/** Local files a built page loads before it runs: script src and stylesheet href. */
function initialFiles(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*\brel="?stylesheet"?[^>]*\bhref="?([^"\s>]+)"?/g)].map((m) => m[1]);
  return [...scripts, ...styles].filter((url) => !/^https?:/.test(url));
}

/** Code every ExcelJS build carries: the path of the workbook part in an .xlsx package. */
function containsExcelJs(file: string): boolean {
  return fs.readFileSync(path.join(DIST, file), 'utf8').includes('xl/workbook.xml');
}

describe('in-Excel bundle', () => {
  beforeAll(() => ensureBuild());

  it.each([['taskpane.html'], ['dialog.html']])('%s loads under 150 KB gzipped, without ExcelJS', (page) => {
    const files = initialFiles(page);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const gzipped = files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length, 0);
    console.log(`${page}: ${(gzipped / 1024).toFixed(1)} KB gzipped up front (${files.join(', ')})`);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
    expect(files.filter(containsExcelJs)).toEqual([]);
  });

  it('keeps ExcelJS in a chunk of its own, for the standalone page', () => {
    const chunks = fs.readdirSync(DIST).filter((file) => file.endsWith('.js') && containsExcelJs(file));
    expect(chunks.length).toBe(1);
  });
});
