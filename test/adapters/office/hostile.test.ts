/**
 * Hostile content through the Office.js door stays data. The strict fake turns a string written
 * into Range.values the way Excel does ("=x", "+x", "-x", "@x" become formulas) unless the cell
 * is Text-formatted, so every cell Loadline writes is checked for a formula; and a link to a
 * sheet whose name holds quotes, an apostrophe or "!" must lead to exactly its cell.
 */
import { OfficeWorkbookPort } from '../../../src/adapters/office';
import type { NamedSheetPatch } from '../../../src/app/ports';
import { runCheck } from '../../../src/app/run-check';
import { a1 } from '../../../src/workbook/address';
import { STATE_SHEET } from '../../../src/workbook/state';
import type { ExcelFake } from '../../fakes/excel-fake';
import { HOSTILE_PEOPLE, HOSTILE_SHEETS, HOSTILE_TEXTS } from '../../fixtures/hostile-workbook';
import { installFake } from './office-fixtures';

const TODAY = '2026-03-02';

/** Every cell of every sheet that holds a formula, as "Sheet!A1: formula". */
function formulas(fake: ExcelFake): string[] {
  const found: string[] = [];
  for (const name of fake.sheetNames()) {
    const sheet = fake.sheet(name);
    sheet.values().forEach((row, r) => row.forEach((_, c) => {
      const formula = sheet.cell(a1(r, c)).formula;
      if (formula !== null) found.push(`${name}!${a1(r, c)}: ${formula}`);
    }));
  }
  return found;
}

async function check(): Promise<readonly NamedSheetPatch[]> {
  const outcome = await runCheck(new OfficeWorkbookPort(), { today: TODAY });
  if (!outcome.ok || !outcome.written) throw new Error('the check did not write');
  return outcome.written.sheets;
}

describe('hostile names through the Office.js adapter (strict fake)', () => {
  let fake: ExcelFake;
  let planned: readonly NamedSheetPatch[];

  beforeEach(async () => {
    fake = installFake({ sheets: HOSTILE_SHEETS as Record<string, (string | number | null)[][]> });
    planned = await check();
  });

  it('makes no formula in any sheet: summary sheets, links, the state sheet or the input sheets', () => {
    expect(planned).toHaveLength(6);
    expect(formulas(fake)).toEqual([]);
  });

  it('writes every summary cell as exactly the value the check meant, each text Text-formatted', () => {
    for (const { name, patch } of planned) {
      const sheet = fake.sheet(name);
      patch.values.forEach((row, r) => row.forEach((value, c) => {
        const cell = sheet.cell(a1(r, c));
        const expected = value === '' ? null : value;
        expect([name, a1(r, c), cell.value]).toEqual([name, a1(r, c), expected]);
        if (typeof expected === 'string') expect([name, a1(r, c), cell.numberFormat]).toEqual([name, a1(r, c), '@']);
      }));
    }
  });

  it('keeps each hostile name intact in the sheets people read', () => {
    const texts = (name: string) => fake.sheet(name).values().flat().filter((v): v is string => typeof v === 'string');
    for (const person of Object.values(HOSTILE_PEOPLE)) expect(texts('Capacity')).toContain(person);
    expect(texts('Projects Check')).toEqual(expect.arrayContaining([HOSTILE_TEXTS.projectMain, HOSTILE_TEXTS.projectSum, HOSTILE_TEXTS.projectIdle]));
    expect(texts('OpEx CapEx')).toEqual(expect.arrayContaining([HOSTILE_TEXTS.costCentre, '=IT', '-OPS']));
    expect(texts('Conflicts')).toContain(`${HOSTILE_PEOPLE.leak} is booked at up to 125 % in weeks 2026-W10–W26: 170 h over; move or shorten a booking or a duty`);
    expect(texts('Input Issues')).toContain(`"${HOSTILE_TEXTS.unknownPerson}" is not on the Staff sheet: this row is skipped`);
  });

  it('links with a hyperlink, never a HYPERLINK formula, and the link cell keeps its text', () => {
    let links = 0;
    for (const { name, patch } of planned) {
      for (const link of patch.links) {
        const cell = fake.sheet(name).cell(a1(link.row, link.col));
        expect(cell.formula).toBeNull();
        expect(cell.value).toBe(patch.values[link.row][link.col]);
        expect(cell.hyperlink?.documentReference).toMatch(/^'.+'!\$?[A-Z]+\$?\d+$/);
        links += 1;
      }
    }
    // 16 conflicts and 3 input issues, each linked to its first cell.
    expect(links).toBe(19);
  });

  it('leaves the input sheets as the user typed them and records the state as text', () => {
    for (const [name, rows] of Object.entries(HOSTILE_SHEETS)) {
      const values = fake.sheet(name).values();
      rows.forEach((row, r) => row.forEach((value, c) => expect([name, r, c, values[r]?.[c] ?? null]).toEqual([name, r, c, value])));
    }
    const state = fake.sheet(STATE_SHEET);
    state.values().forEach((row, r) => row.forEach((value, c) => {
      if (typeof value === 'string') expect(state.cell(a1(r, c)).numberFormat).toBe('@');
    }));
  });

  it('stays text on the second run, which rewrites the sheets and restores the fills', async () => {
    await check();
    expect(formulas(fake)).toEqual([]);
  });
});

/**
 * Reads a documentReference as Excel does: `'It''s'!B4` or `Plain!B4` → sheet and cell. Written
 * from Excel's reference syntax, not from Loadline's own address helpers.
 */
function resolveReference(reference: string | undefined): { sheet: string; cell: string } | undefined {
  const quoted = /^'((?:[^']|'')+)'!\$?([A-Z]{1,3})\$?(\d+)$/.exec(reference ?? '');
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), cell: `${quoted[2]}${quoted[3]}` };
  const bare = /^([^'!\s][^!\s]*)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(reference ?? '');
  return bare ? { sheet: bare[1], cell: `${bare[2]}${bare[3]}` } : undefined;
}

describe.each([`Bob's "Plan" Q1!`, `=Bob's "Plan"`, 'Q1!Plan'])('links to a Staff table on a sheet named %s', (sheetName) => {
  /**
   * Staff as an Excel table at B2: Ann (B3) works 40 h but is booked 60 h (OVERALLOCATED, linked
   * to her name cell B3), Bob's hours are "lots" (NOT_A_NUMBER at C4).
   */
  function install(): ExcelFake {
    return installFake({
      sheets: {
        [sheetName]: { values: [['Name', 'Hours per week', 'Hourly rate'], ['Ann', 40, 50], ['Bob', 'lots', 50], ['Cy', 40, 50]], origin: 'B2' },
        Projects: [['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 100]],
        Assignments: [['Person', 'Project', 'Hours per week'], ['Ann', 'Apollo', 60]],
      },
      tables: [{ name: 'Staff', sheet: sheetName, range: 'B2:D5' }],
    });
  }

  /** The link of the row whose `column` holds `label` on `sheet`. */
  function linkOfRow(fake: ExcelFake, sheet: string, label: string, linkColumn: string): string | undefined {
    const row = fake.sheet(sheet).values().findIndex((values) => values.includes(label));
    return fake.sheet(sheet).cell(`${linkColumn}${row + 1}`).hyperlink?.documentReference;
  }

  it('points Input Issues at the bad cell and Conflicts at the conflicting cell, and the pane can select them', async () => {
    const fake = install();
    await check();
    expect(resolveReference(linkOfRow(fake, 'Input Issues', 'NOT_A_NUMBER', 'D'))).toEqual({ sheet: sheetName, cell: 'C4' });
    expect(resolveReference(linkOfRow(fake, 'Conflicts', 'OVERALLOCATED', 'J'))).toEqual({ sheet: sheetName, cell: 'B3' });
    // The conflict's red on B3; the bad number in C4 carries the input-issue mark.
    expect(fake.sheet(sheetName).fills()).toEqual({ B3: 'FFC7CE', C4: 'FDE9E9' });
    expect(Object.keys(fake.sheet(sheetName).borders())).toEqual(['C4']);

    expect(await new OfficeWorkbookPort().selectCell({ sheet: sheetName, cell: 'C4' })).toBe(true);
    expect(fake.selection).toBe(`${sheetName}!C4`);
  });
});
