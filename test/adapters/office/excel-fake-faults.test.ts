/**
 * The strict Excel fake raises the faults Loadline must survive the way Excel does: cell-edit
 * mode, protected sheets, very hidden sheets that cannot be deleted, and a failure of any sync
 * with any error code. The adapter tests and the browser fault tests rely on these.
 */
import { installFake as install } from './office-fixtures';

/** Runs one batch that writes "x" into A1 of `sheet`. */
function writeA1(sheet: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange('A1').values = [['x']];
    await context.sync();
  });
}

describe('excel fake: cell-edit mode', () => {
  it('refuses every request, reads included, with InvalidOperationInCellEditMode until edit mode ends', async () => {
    const fake = install({ sheets: { Staff: [['Name']] } });
    fake.setCellEditMode(true);
    await expect(writeA1('Staff')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode', message: expect.stringMatching(/Edit cell mode/) });
    expect(fake.sheet('Staff').cell('A1').value).toBe('Name');
    expect(fake.syncs.map((s) => s.failed)).toEqual(['InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode']);

    fake.setCellEditMode(false);
    await writeA1('Staff');
    expect(fake.sheet('Staff').cell('A1').value).toBe('x');
  });

  it('begins at a given sync when the user starts typing in the middle of an action', async () => {
    const fake = install({ sheets: { Staff: [['Name']] } });
    fake.setCellEditMode(true, 2);
    await writeA1('Staff');
    await expect(writeA1('Staff')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(writeA1('Staff')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    fake.setCellEditMode(false);
    await writeA1('Staff');
    expect(fake.syncs.map((s) => s.failed ?? 'ok')).toEqual(['ok', 'InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode', 'ok']);
  });

  it('fails one chosen sync with a chosen code and applies nothing of it', async () => {
    const fake = install({ sheets: { Staff: [['Name']] } });
    fake.failAtSync(1, 'AccessDenied');
    await expect(writeA1('Staff')).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('Staff').cell('A1').value).toBe('Name');
    await writeA1('Staff');
    expect(fake.sheet('Staff').cell('A1').value).toBe('x');
  });
});

describe('excel fake: protected sheets', () => {
  it('refuses values, fills, hyperlinks, column widths and filters on a protected sheet with AccessDenied', async () => {
    const fake = install({ sheets: { Staff: { values: [['Name'], ['Ann']], protected: true }, Other: [['x']] } });
    const attempts: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => { sheet.getRange('A2').values = [['Bob']]; },
      (sheet) => { sheet.getRange('A2').format.fill.color = '#FFC7CE'; },
      (sheet) => { sheet.getRange('A2').format.fill.clear(); },
      (sheet) => { sheet.getRange('A2').hyperlink = { documentReference: "'Other'!A1" }; },
      (sheet) => { sheet.getRange('A:A').format.columnWidth = 99; },
      (sheet) => { sheet.autoFilter.apply(sheet.getRange('A1:A2')); },
    ];
    for (const attempt of attempts) {
      await expect(Excel.run(async (context) => {
        attempt(context.workbook.worksheets.getItem('Staff'));
        await context.sync();
      })).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.sheet('Staff').values()).toEqual([['Name'], ['Ann']]);
    expect(fake.sheet('Staff').fills()).toEqual({});
    expect(fake.sheet('Staff').columnWidths.size).toBe(0);
  });

  it('lets a protected sheet be renamed and deleted: sheet protection guards cells, not tabs', async () => {
    const fake = install({ sheets: { Staff: [['Name']], Locked: { values: [['x']], protected: true }, Gone: { values: [['y']], protected: true } } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Locked').name = 'Still locked';
      context.workbook.worksheets.getItem('Gone').delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Staff', 'Still locked']);
    expect(fake.sheet('Still locked').protected).toBe(true);
  });
});

describe('excel fake: very hidden sheets', () => {
  it('refuses to delete a very hidden sheet, and deletes it once it is made hidden in the same request', async () => {
    const fake = install({ sheets: { Staff: [['Name']], Secret: { values: [['x']], visibility: 'VeryHidden' } } });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Secret').delete();
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.sheetNames()).toEqual(['Staff', 'Secret']);

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Secret');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Staff']);
  });
});
