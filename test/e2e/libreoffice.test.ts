/**
 * The annotated sample opens in a real spreadsheet application: LibreOffice Calc (Debian's
 * libreoffice-calc, installed by .ci/run) converts it headless, and the converted workbook still
 * has the summary sheets with their figures. Skipped without LibreOffice; fails without it in CI.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/adapters/xlsx/node-file';
import { inspect } from '../fixtures/xlsx-helpers';
import { describeWithLibreOffice, soffice } from '../support/libreoffice';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');

describeWithLibreOffice('the annotated workbook in LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loadline-calc-'));
  const annotated = join(dir, 'annotated.xlsx');
  const json = join(dir, 'report.json');

  beforeAll(async () => {
    if (!soffice) throw new Error('unreachable: describeWithLibreOffice runs this suite only with LibreOffice');
    const code = await main(['check', SAMPLE, '--out', annotated, '--json', json], { out: () => undefined, err: () => undefined }, '2026-11-23');
    expect(code).toBe(0);
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'calc'), annotated], { timeout: 120_000, stdio: 'ignore' });
  }, 180_000);

  it('keeps the summary sheets and their figures after Calc opens and saves it', async () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const converted = await inspect(await loadWorkbookFile(join(dir, 'calc', 'annotated.xlsx')));
    const names = converted.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Staff', 'Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Input Issues']));
    const conflicts = converted.getWorksheet('Conflicts');
    expect(conflicts?.getCell('A1').value).toBe('Severity');
    expect(conflicts?.actualRowCount).toBe(report.conflicts.length + 1);
    // The OpEx CapEx check row is 0 in every month, as Calc reads it.
    const finance = converted.getWorksheet('OpEx CapEx');
    let checkRow: number[] = [];
    finance?.eachRow((row) => {
      const label = row.values as unknown[];
      if (label.some((v) => typeof v === 'string' && v.startsWith('CapEx + OpEx + Idle'))) {
        checkRow = label.filter((v): v is number => typeof v === 'number');
      }
    });
    expect(checkRow).toHaveLength(report.finance.months.length);
    expect(checkRow.every((v) => v === 0)).toBe(true);
    // Project names survive as text in Projects Check.
    const projects = converted.getWorksheet('Projects Check');
    const firstProject = projects?.getCell('A2').value;
    expect(firstProject).toBe(report.projects[0].name);
  });

  it('checks and annotates again a workbook Calc has saved (its tables carry no table style)', async () => {
    const again = join(dir, 'again.xlsx');
    let err = '';
    const code = await main(['check', join(dir, 'calc', 'annotated.xlsx'), '--out', again], { out: () => undefined, err: (t) => { err += t; } }, '2026-11-23');
    expect([code, err]).toEqual([0, '']);
    const reread = await inspect(await loadWorkbookFile(again));
    expect(reread.getWorksheet('Conflicts')?.getCell('A1').value).toBe('Severity');
  });
});
