import type { RawWorkbook } from '../../src/workbook/grid';
import { DEFAULT_SETTINGS_VALUES, settingsChanges, settingsProblem, settingsValuesFromWorkbook } from '../../src/taskpane/settings-values';
import { updateSettingsGrid } from '../../src/workbook/settings-sheet';

function workbook(values: RawWorkbook['sheets'][number]['values']): RawWorkbook {
  return { sheets: [{ name: 'Settings', values, originRow: 0, originCol: 0 }], tables: [], date1904: false };
}

describe('settingsValuesFromWorkbook', () => {
  it('reads the four settings the form edits, as the check reads them', () => {
    // 46083 is the Excel serial of 2026-03-02 (1900 system).
    const raw = workbook([['Key', 'Value'], ['Status date', 46083], ['Over-allocation threshold', '110%'], ['Include tentative', 'no'], ['Ops first', 'No']]);
    expect(settingsValuesFromWorkbook(raw)).toEqual({ statusDate: '2026-03-02', thresholdPercent: 110, includeTentative: false, opsFirst: false });
  });

  it('gives the defaults when there is no Settings sheet', () => {
    expect(settingsValuesFromWorkbook({ sheets: [], tables: [], date1904: false })).toEqual(DEFAULT_SETTINGS_VALUES);
    expect(DEFAULT_SETTINGS_VALUES).toEqual({ statusDate: null, thresholdPercent: 100, includeTentative: true, opsFirst: true });
  });
});

describe('settingsChanges', () => {
  it('writes text the check reads back to the same values', () => {
    const values = { statusDate: '2026-03-09', thresholdPercent: 115, includeTentative: true, opsFirst: false };
    const changes = settingsChanges(values);
    expect(changes).toEqual({ 'Status date': '2026-03-09', 'Over-allocation threshold': '115%', 'Include tentative': 'yes', 'Ops first': 'no' });
    const update = updateSettingsGrid([['Key', 'Value'], ['Currency', 'EUR']], changes);
    if (!update.ok) throw new Error(update.message);
    expect(settingsValuesFromWorkbook(workbook(update.grid))).toEqual(values);
  });

  it('writes a blank status date as blank, which reads as "today"', () => {
    const values = { statusDate: null, thresholdPercent: 100, includeTentative: false, opsFirst: true };
    const update = updateSettingsGrid([['Key', 'Value'], ['Status date', 46083]], settingsChanges(values));
    if (!update.ok) throw new Error(update.message);
    expect(settingsValuesFromWorkbook(workbook(update.grid))).toEqual(values);
  });
});

describe('settingsProblem', () => {
  it('rejects a threshold that is not a positive percentage and a date that is not real', () => {
    const fine = { statusDate: null, thresholdPercent: 100, includeTentative: true, opsFirst: true };
    expect(settingsProblem(fine)).toBeUndefined();
    expect(settingsProblem({ ...fine, thresholdPercent: Number.NaN })).toMatch(/threshold/);
    expect(settingsProblem({ ...fine, thresholdPercent: 0 })).toMatch(/threshold/);
    expect(settingsProblem({ ...fine, statusDate: '2026-02-30' })).toMatch(/status date/);
  });
});
