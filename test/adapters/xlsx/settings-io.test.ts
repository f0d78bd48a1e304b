import type { Workbook, Worksheet } from 'exceljs';
import type { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { readSnapshot, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import { settingsChanges, settingsValuesFromWorkbook } from '../../../src/taskpane/settings-values';
import { readPlan } from '../../../src/workbook/read-plan';
import { inspect, reload, xlsxFrom } from '../../fixtures/xlsx-helpers';
import { installFake } from '../office/office-fixtures';

/** A sheet's values from A1 to its last used cell, blanks as null (the Excel fake's picture). */
function valuesFromA1(worksheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.value;
      const plain = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
      if (plain === null || plain === undefined || plain === '') return;
      while (rows.length < rowNumber) rows.push([]);
      rows[rowNumber - 1][colNumber - 1] = plain;
    });
  });
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

function settingsSheet(workbook: Workbook): Worksheet {
  const worksheet = workbook.getWorksheet('Settings');
  if (!worksheet) throw new Error('no Settings sheet');
  return worksheet;
}

/**
 * A user's Settings sheet: a title, the header in B3 ("Setting" is the reader's other name for
 * Key), a Notes column, a formula for the standard hours and the threshold as a 0% number.
 */
function userSettings(): Promise<XlsxWorkbook> {
  return xlsxFrom((wb) => {
    wb.addWorksheet('Staff').getRow(1).values = ['Name'];
    const ws = wb.addWorksheet('Settings');
    ws.getCell('A1').value = 'Our planning settings';
    ws.getRow(3).values = [null, 'Setting', 'Value', 'Notes'];
    ws.getRow(4).values = [null, 'Currency', 'EUR', 'reported in euros'];
    ws.getRow(5).values = [null, 'Standard hours per week', { formula: '35+2.5', result: 37.5 }];
    ws.getRow(6).values = [null, 'over-allocation THRESHOLD', 1];
    ws.getCell('C6').numFmt = '0%';
  });
}

describe('XlsxWorkbookPort.readSettingsRows', () => {
  it('gives the Key / Value rows below the header, rows counted from the used range', async () => {
    const port = new XlsxWorkbookPort(await userSettings());
    // The used range starts at A1 (the title), so the header is row 2 and Currency row 3.
    await expect(port.readSettingsRows()).resolves.toEqual([
      { key: 'Currency', value: 'EUR', row: 3 },
      { key: 'Standard hours per week', value: 37.5, row: 4 },
      { key: 'over-allocation THRESHOLD', value: 1, row: 5 },
    ]);
  });

  it('is empty when the workbook has no Settings sheet', async () => {
    const port = new XlsxWorkbookPort(await xlsxFrom((wb) => { wb.addWorksheet('Staff').getCell('A1').value = 'Name'; }));
    await expect(port.readSettingsRows()).resolves.toEqual([]);
  });
});

describe('XlsxWorkbookPort.writeSettings', () => {
  it('replaces a value in place, appends new keys below, and keeps the title, notes and formula', async () => {
    const workbook = await userSettings();
    const changes = settingsChanges({ statusDate: '2026-03-09', thresholdPercent: 110, includeTentative: false, opsFirst: true });
    await expect(new XlsxWorkbookPort(workbook).writeSettings(changes)).resolves.toEqual({ ok: true });

    const saved = await reload(workbook);
    const sheet = settingsSheet(await inspect(saved));
    expect(valuesFromA1(sheet)).toEqual([
      ['Our planning settings', null, null, null],
      [null, null, null, null],
      [null, 'Setting', 'Value', 'Notes'],
      [null, 'Currency', 'EUR', 'reported in euros'],
      [null, 'Standard hours per week', 37.5, null],
      [null, 'over-allocation THRESHOLD', '110%', null],
      [null, 'Status date', '2026-03-09', null],
      [null, 'Include tentative', 'no', null],
      [null, 'Ops first', 'yes', null],
    ]);
    expect(sheet.getCell('C5').value).toEqual({ formula: '35+2.5', result: 37.5 });
    // Text as the Office.js door writes it: with the Text format, so Excel keeps it text.
    expect(['C6', 'C7', 'C8', 'C9', 'B7'].map((cell) => sheet.getCell(cell).numFmt)).toEqual(['@', '@', '@', '@', '@']);

    // Every reader sees the new values: the pane's form and the check's own Settings.
    const raw = readSnapshot(saved).raw;
    expect(settingsValuesFromWorkbook(raw)).toEqual({ statusDate: '2026-03-09', thresholdPercent: 110, includeTentative: false, opsFirst: true });
    const read = readPlan(raw);
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.settings).toMatchObject({ overallocationThreshold: 1.1, standardHoursPerWeek: 37.5, currency: 'EUR', opsFirst: true, includeTentative: false });
  });

  it('is seen by the next read of the same port, which had read the workbook before', async () => {
    const port = new XlsxWorkbookPort(await userSettings());
    expect(settingsValuesFromWorkbook((await port.read()).raw).thresholdPercent).toBe(100);
    await port.writeSettings(settingsChanges({ statusDate: null, thresholdPercent: 120, includeTentative: true, opsFirst: true }));
    expect(settingsValuesFromWorkbook((await port.read()).raw).thresholdPercent).toBe(120);
  });

  it('empties the status date when the form leaves it blank', async () => {
    const workbook = await xlsxFrom((wb) => {
      wb.addWorksheet('Settings').addRows([['Key', 'Value'], ['Status date', '2026-01-05'], ['Currency', 'GBP']]);
    });
    await new XlsxWorkbookPort(workbook).writeSettings({ 'Status date': '' });
    const saved = await reload(workbook);
    expect(valuesFromA1(settingsSheet(await inspect(saved)))).toEqual([['Key', 'Value'], ['Status date', null], ['Currency', 'GBP']]);
    expect(settingsValuesFromWorkbook(readSnapshot(saved).raw).statusDate).toBeNull();
  });

  it('creates a Settings sheet after the last tab when there is none, leaving the other sheets alone', async () => {
    const workbook = await xlsxFrom((wb) => {
      wb.addWorksheet('Staff').addRows([['Name', 'Hours per week'], ['Ada', 40]]);
      wb.addWorksheet('Notes').getCell('B2').value = { formula: 'Staff!B2*2', result: 80 };
    });
    await new XlsxWorkbookPort(workbook).writeSettings({ 'Standard hours per week': 37.5, 'Include tentative': true, Currency: 'USD' });
    const saved = await inspect(workbook);
    expect(saved.worksheets.map((ws) => ws.name)).toEqual(['Staff', 'Notes', 'Settings']);
    expect(valuesFromA1(settingsSheet(saved))).toEqual([['Key', 'Value'], ['Standard hours per week', 37.5], ['Include tentative', true], ['Currency', 'USD']]);
    // General (Excel's default) comes back from the file as no format at all.
    expect(settingsSheet(saved).getCell('B2').numFmt ?? 'General').toBe('General');
    expect(saved.getWorksheet('Notes')?.getCell('B2').value).toEqual({ formula: 'Staff!B2*2', result: 80 });
    expect(valuesFromA1(saved.getWorksheet('Staff') as Worksheet)).toEqual([['Name', 'Hours per week'], ['Ada', 40]]);
  });

  it('refuses a Settings sheet without Key / Value headers and changes nothing', async () => {
    const workbook = await xlsxFrom((wb) => { wb.addWorksheet('settings').getCell('C3').value = 'my own notes'; });
    const result = await new XlsxWorkbookPort(workbook).writeSettings({ Currency: 'USD' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no row with "Key" and "Value" headers/) });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['settings']);
    expect(valuesFromA1((await inspect(workbook)).worksheets[0])).toEqual([[null, null, null], [null, null, null], [null, null, 'my own notes']]);
  });

  it('leaves the Settings sheet as the Office.js door leaves it, for the same sheet and changes', async () => {
    const grid = [['Key', 'Value', 'Note'], ['status DATE', 46000, 'from the formula'], ['Currency', 'EUR', 'money']];
    const changes = { Currency: 'USD', 'Include tentative': false, 'Working days': '=Mon-Fri', 'Over-allocation threshold': '120%' };

    const fake = installFake({ sheets: { Settings: grid } });
    await new OfficeWorkbookPort().writeSettings(changes);
    const workbook = await xlsxFrom((wb) => { wb.addWorksheet('Settings').addRows(grid); });
    await new XlsxWorkbookPort(workbook).writeSettings(changes);

    const saved = settingsSheet(await inspect(workbook));
    expect(valuesFromA1(saved)).toEqual(fake.sheet('Settings').values());
    expect(['B3', 'B4', 'B5', 'B6'].map((cell) => saved.getCell(cell).numFmt ?? 'General')).toEqual(['B3', 'B4', 'B5', 'B6'].map((cell) => fake.sheet('Settings').cell(cell).numberFormat));
    // "=Mon-Fri" stays text in both doors, never a formula.
    expect(saved.getCell('B5').value).toBe('=Mon-Fri');
  });
});
