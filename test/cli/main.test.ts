/**
 * The CLI end to end on real .xlsx files: the JSON report, the annotated copy, clear, and the
 * exit codes and messages for inputs it cannot use.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/adapters/xlsx/node-file';
import { cellRecords, inspect, packageParts } from '../fixtures/xlsx-helpers';

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

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

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
    const written = await inspect(await loadWorkbookFile(annotated));
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
    const original = await inspect(await loadWorkbookFile(SAMPLE));
    const [first, second, clean] = await Promise.all([once, twice, cleared].map(async (path) => inspect(await loadWorkbookFile(path))));
    const values = (w: Workbook) => Object.fromEntries(Object.entries(cellRecords(w, INPUT_SHEETS)).map(([k, r]) => [k, [r.value, r.numFmt]]));
    expect(values(first)).toEqual(values(original));
    expect(cellRecords(second)).toEqual(cellRecords(first));
    const highlighted = Object.values(cellRecords(first, INPUT_SHEETS)).filter((r) => JSON.stringify(r.fill ?? null).includes('FFC7CE') || JSON.stringify(r.fill ?? null).includes('FFEB9C'));
    expect(highlighted.length).toBeGreaterThan(0);
    expect(cellRecords(clean, INPUT_SHEETS)).toEqual(cellRecords(original, INPUT_SHEETS));
  });

  it('gives the same package, part for part, when the annotated copy is checked again', async () => {
    const once = join(dir, 'same-once.xlsx');
    const twice = join(dir, 'same-twice.xlsx');
    await run('check', SAMPLE, '--out', once);
    await run('check', once, '--out', twice);
    const [a, b] = await Promise.all([once, twice].map((path) => packageParts(new Uint8Array(readFileSync(path)))));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
  });

  it('never touches a user sheet named Conflicts', async () => {
    const input = join(dir, 'user-conflicts.xlsx');
    const original = await inspect(await loadWorkbookFile(SAMPLE));
    const mine = original.addWorksheet('Conflicts');
    mine.getCell('A1').value = 'my own notes';
    await original.xlsx.writeFile(input);
    const out = join(dir, 'user-conflicts-out.xlsx');
    expect((await run('check', input, '--out', out)).code).toBe(0);
    const written = await inspect(await loadWorkbookFile(out));
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

  /** A Compound File (OLE2) as Excel writes legacy .xls files and password-protected workbooks: its signature, then stream names in UTF-16. */
  function compoundFile(stream: string): Buffer {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
  }

  it.each([
    ['locked.xlsx', () => compoundFile('EncryptionInfo'), 'it is password-protected; open it in Excel, save an unprotected copy and check that'],
    ['old.xls', () => compoundFile('Workbook'), 'it is an old .xls file; open it in Excel and save it as .xlsx (Excel Workbook)'],
    ['photos.zip', async () => zipOf({ 'a.txt': 'hello' }), 'it is a zip file but holds no Excel workbook; save the plan from Excel as .xlsx and check that'],
    ['binary.xlsb', async () => zipOf({ '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>' }),
      'it is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx (Excel Workbook)'],
    ['broken.xlsx', () => Buffer.from('PK\u0003\u0004 and then nothing'), 'it is a damaged or unfinished zip file; save it again from Excel as .xlsx and check that'],
  ])('exits 2 with one line saying what to do when %s is not a workbook', async (name, make, reason) => {
    const path = join(dir, name);
    writeFileSync(path, await make());
    const { code, err } = await run('check', path);
    expect([code, err]).toEqual([2, `loadline: cannot read ${path} as an .xlsx workbook: ${reason}\n`]);
  });

  it('exits 2 with one line when a part of the workbook turns out damaged as it is read', async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Corrupt the compressed data of the first worksheet (its local header stays intact).
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = bytes.indexOf(name) + name.length;
    for (let i = at + 10; i < at + 60; i++) bytes[i] = 0xff;
    const path = join(dir, 'damaged.xlsx');
    writeFileSync(path, bytes);
    const { code, err } = await run('check', path);
    expect([code, err]).toEqual([2, `loadline: cannot read ${path} as an .xlsx workbook: its part xl/worksheets/sheet1.xml is damaged; save it again from Excel as .xlsx and check that\n`]);
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
