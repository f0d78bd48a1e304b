/**
 * Pictures of the annotated sample's OpEx CapEx and Projects Check sheets as LibreOffice Calc
 * prints them, for the README: checks examples/sample.xlsx with the CLI, renders each sheet to
 * PDF (scripts/render-sheets.py) and its first page to PNG (pdftoppm).
 *
 *   npm run pictures     → docs/opex-capex.png, docs/projects-check.png
 *
 * Needs LibreOffice Calc with python3-uno, poppler-utils and the Carlito font (Calibri's metric
 * twin: without it LibreOffice draws another font and the picture is not what Excel shows).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { main } from '../src/cli/main';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'examples', 'sample.xlsx');
const DOCS = join(ROOT, 'docs');
/** The sample's status date, so the pictures do not change with the day they are made. */
const TODAY = '2026-03-02';
/** Enough to read the figures of a page fitted one page wide, small enough to keep the repository light. */
const RESOLUTION_DPI = '130';

/** White space kept around the cropped table, in pixels. */
const MARGIN_PX = 12;

/** Blank pixel rows that end the table (the footer sits far below it on the page). */
const GAP_PX = 60;

const PICTURES: readonly { readonly sheet: string; readonly file: string }[] = [
  { sheet: 'OpEx CapEx', file: 'opex-capex.png' },
  { sheet: 'Projects Check', file: 'projects-check.png' },
];

async function renderPictures(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'loadline-pictures-'));
  try {
    const annotated = join(work, 'sample-annotated.xlsx');
    const code = await main(['check', SAMPLE, '--out', annotated], { out: () => undefined, err: (text) => process.stderr.write(text) }, TODAY);
    if (code !== 0) throw new Error(`loadline check exited with ${code}`);
    mkdirSync(DOCS, { recursive: true });
    for (const { sheet, file } of PICTURES) {
      const pdf = join(work, `${file}.pdf`);
      execFileSync('/usr/bin/python3', [join(__dirname, 'render-sheets.py'), annotated, pdf, sheet], { stdio: 'inherit' });
      const stem = join(work, file.replace(/\.png$/, ''));
      execFileSync('pdftoppm', ['-png', '-r', RESOLUTION_DPI, '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
      writeFileSync(join(DOCS, file), PNG.sync.write(cropToTable(PNG.sync.read(readFileSync(`${stem}.png`)))));
      console.log(`wrote docs/${file} (${sheet}, first printed page, cropped to the table)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The page cut down to its first block of content (the table; the page footer below it is left
 * out), with a small white margin: a fitted landscape page is mostly white.
 */
function cropToTable(page: PNG): PNG {
  const inked = (x: number, y: number): boolean => {
    const i = (y * page.width + x) * 4;
    return page.data[i] < 235 || page.data[i + 1] < 235 || page.data[i + 2] < 235;
  };
  const rowInked = (y: number): boolean => {
    for (let x = 0; x < page.width; x++) if (inked(x, y)) return true;
    return false;
  };
  let top = 0;
  while (top < page.height && !rowInked(top)) top++;
  let bottom = top;
  for (let y = top, blank = 0; y < page.height && blank < GAP_PX; y++) {
    if (rowInked(y)) {
      bottom = y;
      blank = 0;
    } else blank++;
  }
  let left = page.width;
  let right = 0;
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < page.width; x++) {
      if (!inked(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  if (right < left) return page;
  const x0 = Math.max(0, left - MARGIN_PX);
  const y0 = Math.max(0, top - MARGIN_PX);
  const width = Math.min(page.width, right + MARGIN_PX + 1) - x0;
  const height = Math.min(page.height, bottom + MARGIN_PX + 1) - y0;
  const cropped = new PNG({ width, height });
  PNG.bitblt(page, cropped, x0, y0, width, height, 0, 0);
  return cropped;
}

renderPictures().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
