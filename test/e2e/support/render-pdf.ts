/**
 * Renders chosen sheets of a workbook through LibreOffice Calc to PDF (scripts/render-sheets.py)
 * and reads the PDF's text back with pdftotext, for tests that check what a printout shows.
 */
import { execFileSync, spawnSync } from 'child_process';
import { join } from 'path';

/** The LibreOffice and poppler tools the rendering needs, or what is missing. */
export function missingRenderTools(): string[] {
  const missing: string[] = [];
  if (spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim() === '') missing.push('soffice (apt-get install libreoffice-calc)');
  if (spawnSync('/usr/bin/python3', ['-c', 'import uno'], { encoding: 'utf8' }).status !== 0) missing.push('python3-uno');
  if (spawnSync('which', ['pdftotext'], { encoding: 'utf8' }).stdout.trim() === '') missing.push('pdftotext (apt-get install poppler-utils)');
  return missing;
}

const RENDER = join(__dirname, '..', '..', '..', 'scripts', 'render-sheets.py');

/** Writes `sheets` of `workbook` to `pdf` as LibreOffice prints them; returns the PDF's text, page by page. */
export function renderSheetsToText(workbook: string, pdf: string, sheets: readonly string[]): string[] {
  execFileSync('/usr/bin/python3', [RENDER, workbook, pdf, ...sheets], { timeout: 150_000, stdio: 'ignore' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return text.split('\f');
}
