/**
 * Hostile content through the .xlsx door stays data: names that Excel would run as formulas are
 * written as text in every sheet and link, and links to a sheet whose name holds quotes, an
 * apostrophe or "!" still lead to exactly the cell they name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook, type CellValue as ExcelCellValue } from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, saveWorkbook, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import type { NamedSheetPatch } from '../../../src/app/ports';
import { runCheck } from '../../../src/app/run-check';
import { main } from '../../../src/cli/main';
import type { PatchValue } from '../../../src/workbook/patch';
import { STATE_SHEET } from '../../../src/workbook/state';
import { HOSTILE_PEOPLE, HOSTILE_SHEETS, HOSTILE_TEXTS, hostileXlsx } from '../../fixtures/hostile-workbook';
import { inspect, worksheetXml } from '../../fixtures/xlsx-helpers';

const AS_OF = '2026-03-02';
const dir = mkdtempSync(join(tmpdir(), 'loadline-hostile-'));

/** What the check means to write: the plan the same check makes on a fresh copy of the file. */
async function plannedSheets(bytes: Uint8Array): Promise<readonly NamedSheetPatch[]> {
  const outcome = await runCheck(new XlsxWorkbookPort(await loadWorkbook(bytes)), { today: AS_OF, asOf: AS_OF });
  if (!outcome.ok || !outcome.written) throw new Error('the check did not write');
  return outcome.written.sheets;
}

/** A cell as text the user sees, and whether it is a formula. */
function shown(value: ExcelCellValue): { text: PatchValue; formula: boolean } {
  if (value === null || value === undefined) return { text: null, formula: false };
  if (typeof value !== 'object') return { text: value, formula: false };
  // ExcelJS reads a number in a date format as a Date: back to its serial (days since 1899-12-30).
  if (value instanceof Date) return { text: value.getTime() / 86_400_000 + 25_569, formula: false };
  if ('formula' in value || 'sharedFormula' in value) return { text: null, formula: true };
  if ('hyperlink' in value) return { text: typeof value.text === 'string' ? value.text : null, formula: false };
  return { text: JSON.stringify(value), formula: false };
}

/** Every <f> (formula) element in any worksheet of the file, as "sheet file: formula". */
async function formulasInFile(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    for (const match of xml.matchAll(/<f[ >][^]*?(<\/f>|\/>)/g)) found.push(`${path}: ${match[0]}`);
  }
  return found;
}

describe('hostile names through the CLI and the .xlsx adapter', () => {
  let input: Uint8Array;
  let written: Uint8Array;
  let planned: readonly NamedSheetPatch[];

  beforeAll(async () => {
    input = await hostileXlsx();
    const inPath = join(dir, 'hostile.xlsx');
    const outPath = join(dir, 'hostile-annotated.xlsx');
    writeFileSync(inPath, input);
    let err = '';
    const code = await main(['check', inPath, '--out', outPath, '--as-of', AS_OF], { out: () => undefined, err: (text) => { err += text; } }, AS_OF);
    expect([code, err]).toEqual([0, '']);
    written = new Uint8Array(readFileSync(outPath));
    planned = await plannedSheets(input);
  });

  it('writes the six summary sheets', () => {
    expect(planned.map((s) => s.name)).toEqual(['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues']);
  });

  it('puts no formula anywhere in the file: not in a summary sheet, a link, the state or an input sheet', async () => {
    expect(await formulasInFile(written)).toEqual([]);
  });

  it('writes every summary cell, links included, as exactly the text or number the check meant', async () => {
    const workbook = await inspect(written);
    for (const { name, patch } of planned) {
      const sheet = workbook.getWorksheet(name);
      expect(sheet).toBeDefined();
      patch.values.forEach((row, r) => row.forEach((value, c) => {
        const cell = shown(sheet!.getCell(r + 1, c + 1).value);
        const expected = value === '' ? null : value;
        expect([name, r + 1, c + 1, cell]).toEqual([name, r + 1, c + 1, { text: expected, formula: false }]);
      }));
    }
  });

  it('keeps each hostile name intact where a reader looks for it', async () => {
    // Plain ExcelJS (no Loadline hooks): what any other tool reading the file sees.
    const workbook = new Workbook();
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    const texts = (name: string) => {
      const found: string[] = [];
      workbook.getWorksheet(name)?.eachRow((row) => row.eachCell((cell) => {
        const { text } = shown(cell.value);
        if (typeof text === 'string') found.push(text);
      }));
      return found;
    };
    const capacity = texts('Capacity');
    for (const person of Object.values(HOSTILE_PEOPLE)) expect(capacity).toContain(person);
    const projects = texts('Projects Check');
    for (const project of [HOSTILE_TEXTS.projectMain, HOSTILE_TEXTS.projectSum, HOSTILE_TEXTS.projectIdle]) expect(projects).toContain(project);
    expect(texts('OpEx CapEx')).toEqual(expect.arrayContaining([HOSTILE_TEXTS.costCentre, '=IT', '-OPS', HOSTILE_TEXTS.projectSum]));
    const conflicts = texts('Conflicts');
    expect(conflicts).toEqual(expect.arrayContaining([HOSTILE_TEXTS.dutyCritical, HOSTILE_TEXTS.dutyHigh, HOSTILE_PEOPLE.leak]));
    // A message that begins with a name begins with "=" and is still a message.
    expect(conflicts).toContain(`${HOSTILE_PEOPLE.leak} is booked at up to 125 % in weeks 2026-W10–W26: 170 h over; move or shorten a booking or a duty`);
    expect(texts('Input Issues')).toEqual(expect.arrayContaining([
      `"${HOSTILE_TEXTS.unknownPerson}" is not on the Staff sheet: this row is skipped`,
      `"${HOSTILE_TEXTS.unknownProject}" is not on the Projects sheet: this row is skipped`,
    ]));
    expect(texts(STATE_SHEET)).toContain('Capacity');
  });

  it('leaves every input cell as the user typed it', async () => {
    const workbook = await inspect(written);
    for (const [name, rows] of Object.entries(HOSTILE_SHEETS)) {
      const sheet = workbook.getWorksheet(name)!;
      rows.forEach((row, r) => row.forEach((value, c) => {
        expect([name, r + 1, c + 1, shown(sheet.getCell(r + 1, c + 1).value)]).toEqual([name, r + 1, c + 1, { text: value, formula: false }]);
      }));
    }
  });
});

/**
 * Reads an in-workbook link target as Excel does: `'It''s'!B4` or `Plain!B4` → sheet and cell.
 * Written here from Excel's reference syntax, not from Loadline's own address helpers.
 */
function resolveLocation(location: string): { sheet: string; cell: string } | undefined {
  const quoted = /^'((?:[^']|'')+)'!\$?([A-Z]{1,3})\$?(\d+)$/.exec(location);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), cell: `${quoted[2]}${quoted[3]}` };
  const bare = /^([^'!\s][^!\s]*)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(location);
  return bare ? { sheet: bare[1], cell: `${bare[2]}${bare[3]}` } : undefined;
}

/**
 * Staff as an Excel table at B2 of a sheet called `sheetName`: Ann (B3) works 40 h but is booked
 * 60 h (OVERALLOCATED, linked to her name cell B3), Bob's hours "lots" (NOT_A_NUMBER at C4).
 */
async function tableOnOddSheet(sheetName: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.addWorksheet(sheetName).addTable({
    name: 'Staff', ref: 'B2', headerRow: true,
    columns: [{ name: 'Name' }, { name: 'Hours per week' }, { name: 'Hourly rate' }],
    rows: [['Ann', 40, 50], ['Bob', 'lots', 50], ['Cy', 40, 50]],
  });
  workbook.addWorksheet('Projects').addRows([['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 100]]);
  workbook.addWorksheet('Assignments').addRows([['Person', 'Project', 'Hours per week'], ['Ann', 'Apollo', 60]]);
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}

/** The annotated file, and the link cells of the issue and conflict that name the odd sheet. */
async function annotate(sheetName: string) {
  const port = new XlsxWorkbookPort(await loadWorkbook(await tableOnOddSheet(sheetName)));
  const outcome = await runCheck(port, { today: AS_OF });
  if (!outcome.ok) throw new Error(outcome.message);
  const bytes = await saveWorkbook(port.workbook);
  const reloaded = await inspect(bytes);
  // ExcelJS reads a link cell's text but not a location-only link: the target is read from the XML.
  const linkIn = async (sheet: string, column: number, label: string) => {
    const ws = reloaded.getWorksheet(sheet)!;
    const { sheet: xml } = await worksheetXml(bytes, sheet);
    for (let r = 2; r <= ws.rowCount; r++) {
      if (ws.getRow(r).values && (ws.getRow(r).values as ExcelCellValue[]).includes(label)) {
        const address = ws.getCell(r, column).address;
        const element = new RegExp(`<hyperlink [^>]*ref="${address}"[^>]*/>`).exec(xml)?.[0] ?? '';
        const location = /location="([^"]*)"/.exec(element)?.[1];
        return { address, value: ws.getCell(r, column).value, location: location === undefined ? undefined : unescapeXml(location) };
      }
    }
    throw new Error(`no ${label} row on ${sheet}`);
  };
  return {
    bytes,
    issue: await linkIn('Input Issues', 4, 'NOT_A_NUMBER'),
    conflict: await linkIn('Conflicts', 10, 'OVERALLOCATED'),
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const ODD_NAMES = [`Bob's "Plan" Q1`, `Bob's "Plan" Q1!`, 'Q1!Plan'];

describe.each(ODD_NAMES)('links to cells on a sheet named %s', (sheetName) => {
  it('lead, after save and reload, to exactly the bad cell (Input Issues) and the conflicting cell (Conflicts)', async () => {
    const { issue, conflict } = await annotate(sheetName);
    const target = (location: string | undefined) => (location === undefined ? undefined : resolveLocation(location));
    expect(target(issue.location)).toEqual({ sheet: sheetName, cell: 'C4' });
    expect(target(conflict.location)).toEqual({ sheet: sheetName, cell: 'B3' });
  });
});

/**
 * The form Excel itself stores and follows for a link inside the workbook: a bare `location`
 * attribute, with no relationship to an external target (see src/adapters/xlsx/internal-links.ts).
 */
async function storedLinks(sheetName: string) {
  const { bytes, issue, conflict } = await annotate(sheetName);
  const stored = async (sheet: string, address: string) => {
    const { sheet: xml, rels } = await worksheetXml(bytes, sheet);
    const element = new RegExp(`<hyperlink [^>]*ref="${address}"[^>]*/>`).exec(xml)?.[0] ?? '';
    const location = /location="([^"]*)"/.exec(element)?.[1];
    return { location: location === undefined ? undefined : resolveLocation(unescapeXml(location)), relationship: /r:id=/.test(element), rels: /hyperlink/.test(rels) };
  };
  return { issue: await stored('Input Issues', issue.address), conflict: await stored('Conflicts', conflict.address) };
}

describe('links stored the way Excel stores them', () => {
  it("on a sheet named with quotes and an apostrophe: a bare location, no relationship", async () => {
    const sheetName = `Bob's "Plan" Q1`;
    const { issue, conflict } = await storedLinks(sheetName);
    expect(issue).toEqual({ location: { sheet: sheetName, cell: 'C4' }, relationship: false, rels: false });
    expect(conflict).toEqual({ location: { sheet: sheetName, cell: 'B3' }, relationship: false, rels: false });
  });

  it.each([`Bob's "Plan" Q1!`, 'Q1!Plan'])('on a sheet named %s: a bare location, no relationship', async (sheetName) => {
    const { issue, conflict } = await storedLinks(sheetName);
    expect(issue).toEqual({ location: { sheet: sheetName, cell: 'C4' }, relationship: false, rels: false });
    expect(conflict).toEqual({ location: { sheet: sheetName, cell: 'B3' }, relationship: false, rels: false });
  });
});
