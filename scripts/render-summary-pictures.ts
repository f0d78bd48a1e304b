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
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'examples', 'sample.xlsx');
const DOCS = join(ROOT, 'docs');
/** The sample's status date, so the pictures do not change with the day they are made. */
const TODAY = '2026-03-02';
/** Enough to read the figures on a README page, small enough to keep the repository light. */
const RESOLUTION_DPI = '80';

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
      renameSync(`${stem}.png`, join(DOCS, file));
      console.log(`wrote docs/${file} (${sheet}, first printed page)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

renderPictures().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
