import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { installFake } from './office-fixtures';

describe('OfficeWorkbookPort.selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = installFake({ sheets: { Staff: [['Name']], 'Ops Duties': [['Duty']] } });
    expect(await new OfficeWorkbookPort().selectCell({ sheet: 'Ops Duties', cell: 'C7' })).toBe(true);
    expect([fake.activeSheet, fake.selection]).toEqual(['Ops Duties', 'Ops Duties!C7']);
  });

  it('returns false and changes nothing when the sheet is missing or hidden', async () => {
    const fake = installFake({ sheets: { Staff: [['Name']], Secret: { values: [['x']], visibility: 'Hidden' } } });
    const port = new OfficeWorkbookPort();
    expect(await port.selectCell({ sheet: 'Gone', cell: 'A1' })).toBe(false);
    expect(await port.selectCell({ sheet: 'Secret', cell: 'A1' })).toBe(false);
    expect(await port.selectCell({ sheet: 'Staff', cell: 'not a cell' })).toBe(false);
    expect([fake.activeSheet, fake.selection]).toEqual(['Staff', 'Staff!A1']);
  });
});

describe('OfficeWorkbookPort settings', () => {
  it('reads the Key / Value rows below the header', async () => {
    installFake({ sheets: { ' settings ': [['Loadline settings'], ['Key', 'Value', 'Note'], ['Currency', 'EUR', 'for money'], [null, null], ['Ops first', 'no']] } });
    expect(await new OfficeWorkbookPort().readSettingsRows()).toEqual([
      { key: 'Currency', value: 'EUR', row: 2 },
      { key: 'Ops first', value: 'no', row: 4 },
    ]);
  });

  it('updates keys in place, appends new ones, and leaves other cells and formulas alone', async () => {
    const fake = installFake({
      sheets: {
        Settings: {
          values: [['Key', 'Value', 'Note'], ['status DATE', 46000, 'from the formula'], ['Currency', 'EUR', 'money']],
          formulas: { B2: '=TODAY()' },
        },
      },
    });
    const result = await new OfficeWorkbookPort().writeSettings({ Currency: 'USD', 'Include tentative': false, 'Working days': '=Mon-Fri' });
    expect(result).toEqual({ ok: true });
    const sheet = fake.sheet('Settings');
    expect(sheet.values()).toEqual([
      ['Key', 'Value', 'Note'],
      ['status DATE', 46000, 'from the formula'],
      ['Currency', 'USD', 'money'],
      ['Include tentative', false, null],
      ['Working days', '=Mon-Fri', null],
    ]);
    expect(sheet.cell('B2').formula).toBe('=TODAY()');
    expect(sheet.cell('B5').formula).toBeNull();
  });

  it('creates the Settings sheet when there is none', async () => {
    const fake = installFake({ sheets: { Staff: [['Name']] } });
    await new OfficeWorkbookPort().writeSettings({ 'Standard hours per week': 37.5 });
    expect(fake.sheet('Settings').values()).toEqual([['Key', 'Value'], ['Standard hours per week', 37.5]]);
  });

  it('refuses to write into a Settings sheet without a Key / Value header', async () => {
    const fake = installFake({ sheets: { Settings: [['my own notes']] } });
    const result = await new OfficeWorkbookPort().writeSettings({ Currency: 'USD' });
    expect(result).toMatchObject({ ok: false });
    expect(fake.sheet('Settings').values()).toEqual([['my own notes']]);
  });
});

describe('OfficeWorkbookPort.insertTemplateSheets', () => {
  it('adds the missing contract sheets and skips those the workbook has under any name', async () => {
    const fake = installFake({ sheets: { People: [['Name'], ['Ada']], holidays: [['Date']] } });
    const result = await new OfficeWorkbookPort().insertTemplateSheets();
    expect(result).toEqual({ created: ['Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Settings'], skipped: ['Staff', 'Holidays'] });
    expect(fake.sheetNames()).toEqual(['People', 'holidays', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Settings']);
    expect(fake.sheet('People').values()).toEqual([['Name'], ['Ada']]);
    const projects = fake.sheet('Projects');
    expect(projects.values()[2].slice(0, 4)).toEqual(['Project', 'Manager', 'Start', 'End']);
    expect(projects.cell('C4').numberFormat).toBe('yyyy-mm-dd');
    expect(projects.freeze).toEqual({ rows: 3, cols: 0 });
    expect(fake.syncs).toHaveLength(2);
  });
});
