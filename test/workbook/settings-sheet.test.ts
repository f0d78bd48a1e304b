import { findSettingsHeader, isSettingsSheetName, readSettingsRows, updateSettingsGrid } from '../../src/workbook/settings-sheet';

describe('readSettingsRows', () => {
  it('reads rows below a header that may sit under notes, skipping blank keys', () => {
    const grid = [['My settings'], [null, 'Setting', 'Value'], [null, 'Currency', 'EUR'], [null, null, 'orphan'], [null, ' Ops first ', 'no']];
    expect(findSettingsHeader(grid)).toEqual({ row: 1, keyCol: 1, valueCol: 2 });
    expect(readSettingsRows(grid)).toEqual([{ key: 'Currency', value: 'EUR', row: 2 }, { key: 'Ops first', value: 'no', row: 4 }]);
  });

  it('finds nothing without a Key / Value header', () => {
    expect(readSettingsRows([['Currency', 'EUR']])).toEqual([]);
  });
});

describe('updateSettingsGrid', () => {
  it('updates keys in place ignoring case and spaces, and appends new keys after the last row', () => {
    const grid = [['Key', 'Value', 'Comment'], ['Over-allocation threshold', 1, 'keep me'], [null, null, 'a note'], ['Currency', 'EUR', null], [null, null, 'trailing note']];
    const update = updateSettingsGrid(grid, { 'overallocation  THRESHOLD': 1.1, 'Ops first': 'no' });
    expect(update).toEqual({
      ok: true,
      grid: [['Key', 'Value', 'Comment'], ['Over-allocation threshold', 1.1, 'keep me'], [null, null, 'a note'], ['Currency', 'EUR', null], ['Ops first', 'no', 'trailing note']],
      edits: [{ row: 1, col: 1, value: 1.1 }, { row: 4, col: 0, value: 'Ops first' }, { row: 4, col: 1, value: 'no' }],
    });
  });

  it('starts a Key / Value table when there is no grid', () => {
    expect(updateSettingsGrid(undefined, { Currency: 'USD' })).toMatchObject({ ok: true, grid: [['Key', 'Value'], ['Currency', 'USD']] });
    expect(updateSettingsGrid([[null]], { Currency: 'USD' })).toMatchObject({ ok: true, grid: [['Key', 'Value'], ['Currency', 'USD']] });
  });

  it('updates only the first of two rows with the same key', () => {
    const update = updateSettingsGrid([['Key', 'Value'], ['Currency', 'EUR'], ['currency', 'GBP']], { Currency: 'USD' });
    expect(update).toMatchObject({ ok: true, edits: [{ row: 1, col: 1, value: 'USD' }] });
  });

  it('refuses a grid with content but no header, so no note is overwritten', () => {
    expect(updateSettingsGrid([['just notes']], { Currency: 'USD' })).toMatchObject({ ok: false });
  });
});

describe('isSettingsSheetName', () => {
  it('matches the name ignoring case and spaces', () => {
    expect([' SETTINGS', 'Settings', 'Setting s', 'Config'].map(isSettingsSheetName)).toEqual([true, true, true, false]);
  });
});
