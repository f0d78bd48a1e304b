/**
 * The CLI end to end on real .xlsx files: the JSON report, the annotated copy, clear, and the
 * exit codes and messages for inputs it cannot use.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/adapters/xlsx/node-file';
import { cellRecords } from '../fixtures/xlsx-helpers';

const GOLDEN = join(__dirname, '..', 'fixtures', 'golden', 's04-timeoff-coverage.xlsx');
const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const INPUT_SHEETS = ['Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings'];

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } }, '2026-11-23');
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'loadline-cli-'));

describe('loadline check', () => {
  it('prints the version-2 JSON report to stdout with --json -', async () => {
    const { code, out, err } = await run('check', GOLDEN, '--json', '-', '--as-of', '2026-03-02');
    expect([code, err]).toEqual([0, '']);
    const report = JSON.parse(out);
    expect(report.version).toBe(2);
    expect(report.asOf).toBe('2026-03-02');
    expect(report.conflicts.filter((c: { kind: string }) => c.kind === 'COVERAGE_GAP')).toHaveLength(3);
  });

  it('prints a readable summary by default, with counts, the worst conflicts, projects and finance', async () => {
    const { code, out } = await run('check', GOLDEN, '--as-of', '2026-03-02');
    expect(code).toBe(0);
    expect(out).toContain('Conflicts: 5');
    expect(out).toMatch(/COVERAGE_GAP\s+3\s+0\s+0/);
    expect(out).toMatch(/Delta\s+amber\s+amber\s+green\s+2026-06-08/);
    // 14,220 + 13,680 + 13,860 = 41,760 OpEx over March–May.
    expect(out).toContain('OpEx 41,760.00');
  });

  it('writes the JSON to a file and the annotated workbook with --out, leaving the input file as it was', async () => {
    const json = join(dir, 'report.json');
    const annotated = join(dir, 'annotated.xlsx');
    const before = readFileSync(SAMPLE);
    const { code } = await run('check', SAMPLE, '--json', json, '--out', annotated);
    expect(code).toBe(0);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const written = await loadWorkbookFile(annotated);
    const names = written.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Input Issues']));
    // One Conflicts row per conflict under the header.
    expect(written.getWorksheet('Conflicts')?.actualRowCount).toBe(report.conflicts.length + 1);
  });

  it('keeps every input value, gives the same workbook when checked twice, and clear restores the fills', async () => {
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    const cleared = join(dir, 'cleared.xlsx');
    await run('check', SAMPLE, '--out', once);
    await run('check', once, '--out', twice);
    await run('clear', twice, '--out', cleared);
    const original = await loadWorkbookFile(SAMPLE);
    const [first, second, clean] = await Promise.all([once, twice, cleared].map(loadWorkbookFile));
    const values = (w: Workbook) => Object.fromEntries(Object.entries(cellRecords(w, INPUT_SHEETS)).map(([k, r]) => [k, [r.value, r.numFmt]]));
    expect(values(first)).toEqual(values(original));
    expect(cellRecords(second)).toEqual(cellRecords(first));
    const highlighted = Object.values(cellRecords(first, INPUT_SHEETS)).filter((r) => JSON.stringify(r.fill ?? null).includes('FFC7CE') || JSON.stringify(r.fill ?? null).includes('FFEB9C'));
    expect(highlighted.length).toBeGreaterThan(0);
    expect(cellRecords(clean, INPUT_SHEETS)).toEqual(cellRecords(original, INPUT_SHEETS));
  });

  it('never touches a user sheet named Conflicts', async () => {
    const input = join(dir, 'user-conflicts.xlsx');
    const original = await loadWorkbookFile(SAMPLE);
    const mine = original.addWorksheet('Conflicts');
    mine.getCell('A1').value = 'my own notes';
    await original.xlsx.writeFile(input);
    const out = join(dir, 'user-conflicts-out.xlsx');
    expect((await run('check', input, '--out', out)).code).toBe(0);
    const written = await loadWorkbookFile(out);
    expect(written.getWorksheet('Conflicts')?.getCell('A1').value).toBe('my own notes');
    expect(written.getWorksheet('Conflicts')?.actualRowCount).toBe(1);
    expect(written.getWorksheet('Conflicts (Loadline)')?.getCell('A1').value).toBe('Severity');
  });
});

describe('inputs the CLI cannot use', () => {
  it('exits 2 with one line naming a missing file', async () => {
    const { code, err } = await run('check', join(dir, 'nope.xlsx'));
    expect(code).toBe(2);
    expect(err).toBe(`loadline: cannot find ${join(dir, 'nope.xlsx')}\n`);
  });

  it('exits 2 when the file is not a workbook', async () => {
    const path = join(dir, 'not.xlsx');
    writeFileSync(path, 'hello');
    const { code, err } = await run('check', path);
    expect(code).toBe(2);
    expect(err).toMatch(/^loadline: cannot read .*not\.xlsx as an \.xlsx workbook/);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 naming what is missing when there is no Staff sheet', async () => {
    const path = join(dir, 'no-staff.xlsx');
    const workbook = new Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'x';
    await workbook.xlsx.writeFile(path);
    const { code, err } = await run('check', path);
    expect(code).toBe(2);
    expect(err).toContain('has no Staff sheet (also looked for People, Resources, Employees, Team); its sheets are: Budget.');
  });

  it('exits 2 on a bad --as-of, an unknown command, and clear without --out', async () => {
    expect((await run('check', GOLDEN, '--as-of', '2026-13-01')).code).toBe(2);
    expect((await run('frobnicate', GOLDEN)).code).toBe(2);
    expect((await run('clear', GOLDEN)).err).toContain('clear needs --out');
  });
});
