import { generateOrganisation } from '../../../bench/generate';
import { OfficeWorkbookPort } from '../../../src/adapters/office';
import type { RawWorkbook } from '../../../src/workbook/grid';
import { readPlan } from '../../../src/workbook/read-plan';
import { encodeState, STATE_SHEET } from '../../../src/workbook/state';
import type { ExcelFakeOptions } from '../../fakes/excel-fake';
import { installFake } from './office-fixtures';

/** Excel on the web refuses a request or a response over 5 MB; Loadline promises 4 MB. */
const FOUR_MB = 4_000_000;

/** The fake seeded with a generated organisation's sheets, each from A1. */
function organisationFake(raw: RawWorkbook): ExcelFakeOptions {
  return { sheets: Object.fromEntries(raw.sheets.map((sheet) => [sheet.name, { values: sheet.values, numberFormats: sheet.numberFormats }])) };
}

describe('OfficeWorkbookPort.read', () => {
  it('reads the input sheets as values and number formats in two syncs, and no other sheet', async () => {
    const fake = installFake({
      sheets: {
        Staff: {
          values: [['Name', 'Start', 'Hours'], ['Ada', 45658, 40], ['Bob', { error: '#N/A' }, '']],
          numberFormats: [[null, null, null], [null, 'yyyy-mm-dd', null], [null, null, '0.0']],
        },
        Holidays: { values: [['x']], origin: 'C3', visibility: 'Hidden' },
        Notes: [['not', 'an', 'input']],
        Leave: [],
      },
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs.length).toBe(2);
    expect(snapshot.sheetNames).toEqual(['Staff', 'Holidays', 'Notes', 'Leave']);
    // Excel gives "" for blank (→ null), "#N/A" for an error value (→ CellError), "General" (→ null).
    expect(snapshot.raw.sheets).toEqual([
      {
        name: 'Staff', originRow: 0, originCol: 0,
        values: [['Name', 'Start', 'Hours'], ['Ada', 45658, 40], ['Bob', { error: '#N/A' }, null]],
        numberFormats: [[null, null, null], [null, 'yyyy-mm-dd', null], [null, null, '0.0']],
      },
      { name: 'Holidays', originRow: 2, originCol: 2, values: [['x']], numberFormats: [[null]] },
      { name: 'Leave', originRow: 0, originCol: 0, values: [], numberFormats: [] },
    ]);
    expect(snapshot.raw.date1904).toBe(false);
    expect(snapshot.state).toEqual({ owned: [], fills: [] });
  });

  it("reads the workbook's culture in the first round trip and checks German text with it", async () => {
    const fake = installFake({
      culture: 'de-DE',
      sheets: { Staff: [['Name', 'Hours per week', 'Hourly rate', 'Start date'], ['Ada', '37,5', '1.234,50 €', '02.03.2026']] },
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs.length).toBe(2);
    // Excel names cultures in lower case; the reader canonicalises the tag.
    expect(snapshot.raw.locale).toBe('de-de');
    const read = readPlan(snapshot.raw);
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.settings.locale).toBe('de-DE');
    // 2 March 2026 is day 20514 (days since 1970-01-01).
    expect(read.plan.people.map((p) => [p.hoursPerWeek, p.hourlyRate, p.start])).toEqual([[37.5, 1234.5, 20514]]);
  });

  it('reads no culture on a host before ExcelApi 1.11, where Application.cultureInfo is missing', async () => {
    const fake = installFake({ excelApi: '1.10', culture: 'de-DE', sheets: { Staff: [['Name', 'Hours per week'], ['Ada', '37,5']] } });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs.length).toBe(2);
    expect(snapshot.raw.locale).toBeUndefined();
  });

  it('lists the sheets again without the name lookups when a host refuses the first round trip', async () => {
    const fake = installFake({ sheets: { Staff: [['Name', 'Hours'], ['Ada', 40]], Notes: [['x']] } });
    // Stands in for a host that will not chain a used range onto a sheet that does not exist.
    fake.failAtSync(1, 'InvalidArgument');
    const snapshot = await new OfficeWorkbookPort().read();
    // 1 refused, 1 listing without lookups, then the reads.
    expect(fake.syncs.length).toBeGreaterThanOrEqual(3);
    expect(snapshot.sheetNames).toEqual(['Staff', 'Notes']);
    expect(snapshot.raw.sheets.map((s) => [s.name, s.values])).toEqual([['Staff', [['Name', 'Hours'], ['Ada', 40]]]]);
  });

  it('reads tables as blocks cut from their sheet, header row first', async () => {
    installFake({
      sheets: { Data: [['ignored'], [null, 'Person', 'Project'], [null, 'Ada', 'Apollo']] },
      tables: [{ name: 'Assignments', sheet: 'Data', range: 'B2:C3' }],
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(snapshot.raw.tables).toEqual([{
      name: 'Assignments', sheet: 'Data', originRow: 1, originCol: 1,
      values: [['Person', 'Project'], ['Ada', 'Apollo']], numberFormats: [[null, null], [null, null]],
    }]);
  });

  it('detects the 1904 date system', async () => {
    installFake({ sheets: { Staff: [['Name']] }, date1904: true });
    expect((await new OfficeWorkbookPort().read()).raw.date1904).toBe(true);
  });

  it('reads the state sheet into state and leaves it and owned sheets out of the raw sheets', async () => {
    const state = { owned: [{ name: 'Conflicts', key: 'conflicts' as const }], fills: [{ sheet: 'Staff', cell: 'B4', original: { color: null } }] };
    installFake({
      sheets: {
        Staff: [['Name']],
        Conflicts: [['Kind']],
        [STATE_SHEET]: { values: encodeState(state), visibility: 'VeryHidden' },
      },
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(snapshot.state).toEqual(state);
    expect(snapshot.raw.sheets.map((s) => s.name)).toEqual(['Staff']);
    expect(snapshot.sheetNames).toEqual(['Staff', 'Conflicts', STATE_SHEET]);
  });

  it('reads a sheet larger than one response in row blocks, each under the budget', async () => {
    // 400 rows × 6 columns of "name-000-0"-like text: about 400 × 6 × (13 + 10) ≈ 55 KB of response.
    const rows = Array.from({ length: 400 }, (_, r) => Array.from({ length: 6 }, (_, c) => `name-${String(r).padStart(3, '0')}-${c}`));
    const fake = installFake({ sheets: { Staff: rows, Small: [['a']] }, payloadLimitBytes: 12_500 });
    const snapshot = await new OfficeWorkbookPort({ budgetBytes: 10_000 }).read();
    expect(snapshot.raw.sheets.find((s) => s.name === 'Staff')?.values).toEqual(rows);
    expect(fake.syncs.every((s) => s.failed === undefined && s.responseBytes <= 12_500)).toBe(true);
    // 55 KB in responses of at most 10 KB by estimate: at least 6 round trips, and not wildly more.
    expect(fake.syncs.length).toBeGreaterThanOrEqual(6);
    expect(fake.syncs.length).toBeLessThanOrEqual(14);
  });

  it('falls back to sizing first when the first windows are too big for one response', async () => {
    // 300-character cells: the 64-bytes-per-cell guess is far too low, so Excel refuses the
    // windowed sync (2 rows × 12 columns × 300 B > 6 KB) and some blocks; halves get through.
    const rows = Array.from({ length: 10 }, (_, r) => Array.from({ length: 12 }, (_, c) => `${r}-${c}`.padEnd(300, '.')));
    const fake = installFake({ sheets: { Notes: rows }, payloadLimitBytes: 6_000 });
    const snapshot = await new OfficeWorkbookPort({ budgetBytes: 5_000 }).read();
    expect(snapshot.raw.sheets[0].values).toEqual(rows);
    expect(fake.syncs.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('reads the 2,000-person benchmark organisation in two syncs, each request and response under 4 MB', async () => {
    // About 107,000 cells: 2,001 × 10 Staff, 1,001 × 10 Ops Duties, 251 × 13 Projects,
    // 10,001 × 7 Assignments, 1,001 × 4 Time Off, 43 × 3 Holidays, 6 × 2 Settings.
    const raw = generateOrganisation(2_000);
    const fake = installFake(organisationFake(raw));
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs.every((s) => s.failed === undefined && s.requestBytes < FOUR_MB && s.responseBytes < FOUR_MB)).toBe(true);
    // The grids are the generated ones cell for cell (blank → null, General → null), which is
    // also what the reader gave before it probed the contract's names (three syncs then).
    expect(snapshot.raw).toEqual({ sheets: raw.sheets, tables: [], date1904: false, locale: 'en-us' });
    expect(snapshot.sheetNames).toEqual(raw.sheets.map((s) => s.name));
  });

  it('reads a 10,000-person organisation in more syncs, each under 4 MB', async () => {
    const raw = generateOrganisation(10_000);
    const fake = installFake(organisationFake(raw));
    const snapshot = await new OfficeWorkbookPort().read();
    // About 11 MB of values and formats (Assignments alone is 50,001 × 7): at least three
    // responses of 4 MB after the first sync, and at the 32-bytes-a-cell estimate no more than six.
    expect(fake.syncs.length).toBeGreaterThanOrEqual(4);
    expect(fake.syncs.length).toBeLessThanOrEqual(7);
    expect(fake.syncs.every((s) => s.failed === undefined && s.requestBytes < FOUR_MB && s.responseBytes < FOUR_MB)).toBe(true);
    expect(snapshot.raw.sheets).toEqual(raw.sheets);
  });

  it('reads input sheets and tables under spellings the direct lookups miss, in two syncs', async () => {
    const fake = installFake({
      sheets: {
        staff: [['Name'], ['Ada']],
        'ops  duties': { values: [['Duty', 'Owner', 'Hours'], ['Payroll', 'Ada', 4]], origin: 'B2' },
        Data: [['Person', 'Project', 'Hours', null, 'From', 'To'], ['Ada', 'Apollo', 10, null, 'Ada', 46000], ['Ada', 'Zeus', 5, null, 'Ada', 46003]],
        Scratch: [['big', 'unrelated', 'sheet']],
      },
      tables: [
        { name: 'Assignments', sheet: 'Data', range: 'A1:C3' },
        { name: 'TIME.OFF', sheet: 'Data', range: 'E1:F2' },
      ],
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs).toHaveLength(2);
    // "ops  duties" normalises to "opsduties" like "Ops Duties" but Excel's lookup wants the
    // spaces: the sheet is sized in the second sync with a window that covers it.
    expect(snapshot.raw.sheets).toEqual([
      { name: 'staff', originRow: 0, originCol: 0, values: [['Name'], ['Ada']], numberFormats: [[null], [null]] },
      {
        name: 'ops  duties', originRow: 1, originCol: 1,
        values: [['Duty', 'Owner', 'Hours'], ['Payroll', 'Ada', 4]], numberFormats: [[null, null, null], [null, null, null]],
      },
    ]);
    // Contract tables on another sheet are read on their own, the sheet itself is not.
    expect(snapshot.raw.tables).toEqual([
      {
        name: 'Assignments', sheet: 'Data', originRow: 0, originCol: 0,
        values: [['Person', 'Project', 'Hours'], ['Ada', 'Apollo', 10], ['Ada', 'Zeus', 5]],
        numberFormats: [[null, null, null], [null, null, null], [null, null, null]],
      },
      {
        name: 'TIME.OFF', sheet: 'Data', originRow: 0, originCol: 4,
        values: [['From', 'To'], ['Ada', 46000]], numberFormats: [[null, null], [null, null]],
      },
    ]);
    expect(snapshot.sheetNames).toEqual(['staff', 'ops  duties', 'Data', 'Scratch']);
  });

  it('reads every sheet but its own when there is no Staff sheet, so the reader can name them', async () => {
    const state = { owned: [{ name: 'Conflicts', key: 'conflicts' as const }], fills: [] };
    installFake({
      sheets: {
        Personnel: [['Name'], ['Ada']],
        Projects: [['Project']],
        Conflicts: [['Kind']],
        [STATE_SHEET]: { values: encodeState(state), visibility: 'VeryHidden' },
      },
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(snapshot.raw.sheets.map((s) => [s.name, s.values])).toEqual([['Personnel', [['Name'], ['Ada']]], ['Projects', [['Project']]]]);
    expect(snapshot.state).toEqual(state);
  });

  it('reads no other sheet when Staff is a table on an input sheet', async () => {
    installFake({
      sheets: { Projects: [['Project'], ['Apollo'], [null], ['Name'], ['Ada']], Notes: [['x']] },
      tables: [{ name: 'Staff', sheet: 'Projects', range: 'A4:A5' }],
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(snapshot.raw.sheets.map((s) => s.name)).toEqual(['Projects']);
    expect(snapshot.raw.tables).toEqual([{ name: 'Staff', sheet: 'Projects', originRow: 3, originCol: 0, values: [['Name'], ['Ada']], numberFormats: [[null], [null]] }]);
  });

  it('reads a probed sheet whose text is far longer than estimated, after Excel refuses the first try', async () => {
    // 15 rows × 12 cells of 300 characters: about 56 KB of response where 32 bytes a cell
    // estimate 6 KB, so the second sync is refused (40 KB limit) and the rows come in halves.
    const rows = Array.from({ length: 15 }, (_, r) => Array.from({ length: 12 }, (_, c) => `${r}-${c}`.padEnd(300, '.')));
    rows[0][0] = 'Name';
    const fake = installFake({ sheets: { Staff: rows }, payloadLimitBytes: 40_000 });
    const snapshot = await new OfficeWorkbookPort({ budgetBytes: 30_000 }).read();
    expect(snapshot.raw.sheets[0].values).toEqual(rows);
    expect(fake.syncs[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncs.filter((s) => s.failed === undefined).every((s) => s.responseBytes <= 40_000)).toBe(true);
  });
});
