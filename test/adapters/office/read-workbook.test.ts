import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { encodeState, STATE_SHEET } from '../../../src/workbook/state';
import { installFake } from './office-fixtures';

describe('OfficeWorkbookPort.read', () => {
  it('reads every sheet as values and number formats in two syncs for a small workbook', async () => {
    const fake = installFake({
      sheets: {
        Staff: {
          values: [['Name', 'Start', 'Hours'], ['Ada', 45658, 40], ['Bob', { error: '#N/A' }, '']],
          numberFormats: [[null, null, null], [null, 'yyyy-mm-dd', null], [null, null, '0.0']],
        },
        Notes: { values: [['x']], origin: 'C3', visibility: 'Hidden' },
        Empty: [],
      },
    });
    const snapshot = await new OfficeWorkbookPort().read();
    expect(fake.syncs.length).toBeLessThanOrEqual(2);
    expect(snapshot.sheetNames).toEqual(['Staff', 'Notes', 'Empty']);
    const staff = snapshot.raw.sheets.find((s) => s.name === 'Staff');
    // Excel gives "" for blank (→ null), "#N/A" for an error value (→ CellError), "General" (→ null).
    expect(staff).toEqual({
      name: 'Staff', originRow: 0, originCol: 0,
      values: [['Name', 'Start', 'Hours'], ['Ada', 45658, 40], ['Bob', { error: '#N/A' }, null]],
      numberFormats: [[null, null, null], [null, 'yyyy-mm-dd', null], [null, null, '0.0']],
    });
    expect(snapshot.raw.sheets.find((s) => s.name === 'Notes')).toMatchObject({ values: [['x']], originRow: 2, originCol: 2 });
    expect(snapshot.raw.date1904).toBe(false);
    expect(snapshot.state).toEqual({ owned: [], fills: [] });
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
});
