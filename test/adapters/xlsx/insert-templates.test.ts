import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { readSnapshot, XlsxWorkbookPort, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import { readPlan } from '../../../src/workbook/read-plan';
import { STATE_SHEET } from '../../../src/workbook/state';
import { cellRecords, inspect, reload, xlsxFrom } from '../../fixtures/xlsx-helpers';
import { installFake } from '../office/office-fixtures';

/** A sheet's values from A1 to its last used cell as the adapter reads them (dates as serials), blanks as null. */
function valuesFromA1(workbook: XlsxWorkbook, name: string): unknown[][] {
  const sheet = readSnapshot(workbook).raw.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const width = sheet.originCol + Math.max(0, ...sheet.values.map((row) => row.length));
  const rows = [...Array.from({ length: sheet.originRow }, () => []), ...sheet.values.map((row) => [...new Array(sheet.originCol).fill(null), ...row])];
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

describe('XlsxWorkbookPort.insertTemplateSheets', () => {
  it('adds every input sheet to an empty workbook, and the reader takes them without a single issue', async () => {
    const workbook = await xlsxFrom((wb) => { wb.addWorksheet('Sheet1'); });
    const result = await new XlsxWorkbookPort(workbook).insertTemplateSheets();
    expect(result).toEqual({ created: ['Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings'], skipped: [] });

    const saved = await reload(workbook);
    expect(saved.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings']);
    const read = readPlan(readSnapshot(saved).raw);
    expect(read.diagnostics).toEqual([]);
    if (!read.ok) throw new Error(read.message);
    const { people, duties, projects, assignments, timeOff, holidays, settings } = read.plan;
    expect([people, duties, projects, assignments, timeOff, holidays].map((rows) => rows.length)).toEqual([3, 3, 2, 3, 2, 3]);
    expect(settings.currency).toBe('EUR');
  });

  it('writes the title, notes, bold header, date formats and frozen header rows', async () => {
    const workbook = await xlsxFrom((wb) => { wb.addWorksheet('Sheet1'); });
    await new XlsxWorkbookPort(workbook).insertTemplateSheets();
    const saved = await reload(workbook);
    const projects = (await inspect(saved)).getWorksheet('Projects');
    if (!projects) throw new Error('no Projects sheet');
    expect(projects.getCell('A1').value).toBe('Projects: one row per project, judged on scope, time and cost.');
    expect(projects.getCell('A2').value).toBe('Required. Each project once.');
    expect(valuesFromA1(saved, 'Projects')[2].slice(0, 4)).toEqual(['Project', 'Manager', 'Start', 'End']);
    expect(projects.getCell('A3').font?.bold).toBe(true);
    // 2026-01-05 is serial 46027 (1900 system), in a date format.
    expect([valuesFromA1(saved, 'Projects')[3][2], projects.getCell('C4').numFmt]).toEqual([46027, 'yyyy-mm-dd']);
    expect(projects.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 0 });
  });

  it('skips sheets the workbook has under any name, touches none of them, and agrees with the Office.js door', async () => {
    const workbook = await xlsxFrom((wb) => {
      wb.addWorksheet('People').addRows([['Name'], ['Ada']]);
      const holidays = wb.addWorksheet('holidays');
      holidays.getCell('A1').value = 'Date';
      holidays.getCell('B2').value = { formula: 'TODAY()', result: 46083 };
    });
    const before = cellRecords(await inspect(workbook), ['People', 'holidays']);
    const result = await new XlsxWorkbookPort(workbook).insertTemplateSheets();

    const fake = installFake({ sheets: { People: [['Name'], ['Ada']], holidays: [['Date']] } });
    await expect(new OfficeWorkbookPort().insertTemplateSheets()).resolves.toEqual(result);
    expect(result).toEqual({ created: ['Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Settings'], skipped: ['Staff', 'Holidays'] });

    const saved = await reload(workbook);
    expect(saved.sheets.map((sheet) => sheet.name)).toEqual(fake.sheetNames());
    expect(cellRecords(await inspect(saved), ['People', 'holidays'])).toEqual(before);
    for (const name of result.created) {
      expect([name, valuesFromA1(saved, name)]).toEqual([name, fake.sheet(name).values()]);
    }
  });

  it('does nothing to a workbook that has every input sheet (Loadline\'s hidden state sheet included)', async () => {
    const names = ['Staff', 'Operations', 'Portfolio', 'Bookings', 'Leave', 'Bank holidays', 'SETTINGS'];
    const workbook = await xlsxFrom((wb) => {
      for (const name of names) wb.addWorksheet(name).getCell('A1').value = name;
      wb.addWorksheet(STATE_SHEET).state = 'veryHidden';
    });
    const result = await new XlsxWorkbookPort(workbook).insertTemplateSheets();
    expect(result.created).toEqual([]);
    expect(result.skipped).toHaveLength(7);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([...names, STATE_SHEET]);
  });
});
