import { createExcelFake, type ExcelFake } from '../../fakes/excel-fake';

let fake: ExcelFake;
let uninstall: () => void;

function install(options: Parameters<typeof createExcelFake>[0]): ExcelFake {
  fake = createExcelFake(options);
  uninstall = fake.install(globalThis);
  return fake;
}

afterEach(() => uninstall?.());

describe('excel fake', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    install({ sheets: { Staff: [['Name'], ['Ada']] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Staff').getRange('A1:A2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not readable.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['Name'], ['Ada']]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('requires load and sync before isNullObject and items', async () => {
    install({ sheets: { Staff: [['Name']] } });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const sheets = context.workbook.worksheets;
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      missing.load('name');
      sheets.load('items/name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(sheets.items.map((s) => s.name)).toEqual(['Staff']);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes in order at sync and records one sync per round trip', async () => {
    install({ sheets: { Plan: [] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1:B1');
      range.values = [['x', 1]];
      range.values = [['y', 2]];
      expect(fake.sheet('Plan').cell('A1').value).toBeNull();
      await context.sync();
    });
    expect(fake.sheet('Plan').values()).toEqual([['y', 2]]);
    expect(fake.syncs).toHaveLength(1);
    // Request: getItem + getRange + two value sets, 64 bytes each plus JSON of the arguments.
    expect(fake.syncs[0].requestBytes).toBe(4 * 64 + '"Plan"'.length + '[["x",1]]'.length + '[["y",2]]'.length);
  });

  it('rejects a values array whose shape differs from the range', async () => {
    install({ sheets: { Plan: [] } });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1:B2').values = [['only one row', 1]];
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('turns a string starting with "=" into a formula unless the cell is formatted as text', async () => {
    install({ sheets: { Plan: [] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.getRange('A1').values = [['=evil']];
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['=evil']];
      sheet.getRange('A3').values = [['00123']];
      await context.sync();
    });
    expect(fake.sheet('Plan').cell('A1')).toMatchObject({ formula: '=evil', value: '#NAME?' });
    expect(fake.sheet('Plan').cell('A2')).toMatchObject({ formula: null, value: '=evil', numberFormat: '@' });
    expect(fake.sheet('Plan').cell('A3').value).toBe(123);
  });

  it('applies nothing of a batch when one of its actions fails', async () => {
    install({ sheets: { Plan: [], Locked: { values: [['x']], protected: true } } });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1').values = [['written?']];
      context.workbook.worksheets.add('New sheet');
      context.workbook.worksheets.getItem('Locked').getRange('A1').values = [['y']];
      await context.sync();
    })).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('Plan').cell('A1').value).toBeNull();
    expect(fake.sheetNames()).toEqual(['Plan', 'Locked']);
    expect(fake.syncs[0].failed).toBe('AccessDenied');
  });

  it('fails the Nth sync on request and leaves the model as it was', async () => {
    install({ sheets: { Plan: [] } });
    fake.failAtSync(2);
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Plan').getRange('A1');
      cell.values = [[1]];
      await context.sync();
      cell.values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      cell.load('values');
      await context.sync();
      expect(cell.values).toEqual([[1]]);
    });
    expect(fake.syncs.map((s) => s.failed ?? 'ok')).toEqual(['ok', 'GeneralException', 'ok']);
  });

  it('refuses to read more than 5,000,000 cells in one range', async () => {
    install({ sheets: { Plan: [] } });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1:E1000001').load('values');
      await context.sync();
    })).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('fails a sync whose response is over the payload limit', async () => {
    install({ sheets: { Plan: [['a'.repeat(400)]] }, payloadLimitBytes: 250 });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1').load('values');
      await context.sync();
    })).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('reports no fill as #FFFFFF with tintAndShade null, and a fill as its colour', async () => {
    install({ sheets: { Plan: { values: [['a', 'b']], fills: { B1: 'ffc7ce' } } } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      const blank = sheet.getRange('A1').format.fill.load('color,tintAndShade');
      const filled = sheet.getRange('B1').format.fill.load('color,tintAndShade');
      const both = sheet.getRange('A1:B1').format.fill.load('color');
      await context.sync();
      expect([blank.color, blank.tintAndShade]).toEqual(['#FFFFFF', null]);
      expect([filled.color, filled.tintAndShade]).toEqual(['#FFC7CE', 0]);
      expect(both.color).toBeNull();
    });
  });

  it('gives used ranges, null objects for empty sheets, and navigation loads', async () => {
    install({ sheets: { Plan: { values: [['a', null], [null, 'b']], origin: 'B3' }, Empty: [] } });
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Plan').getUsedRange(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
      const none = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true).load('address');
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      await context.sync();
      expect([used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual(['Plan!B3:C4', 2, 1, 2, 2]);
      expect(none.isNullObject).toBe(true);
      expect(sheets.items.map((s) => s.protection.protected)).toEqual([false, false]);
    });
  });

  it('records tables, freeze panes, conditional formats, hyperlinks, selection and actions', async () => {
    install({ sheets: { Staff: [['Name', 'Team'], ['Ada', 'Ops']], Other: [] }, tables: [{ name: 'People', sheet: 'Staff', range: 'A1:B2' }] });
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      const body = context.workbook.tables.getItem('People').getDataBodyRange().load('address');
      const sheet = context.workbook.worksheets.getItem('Other');
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B2'));
      const cf = sheet.getRange('A1:A9').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=A1="red"';
      cf.custom.format.fill.color = '#F8696B';
      sheet.getRange('C1').hyperlink = { documentReference: "'Staff'!A2" };
      sheet.activate();
      sheet.getRange('C1').select();
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['People', 'Staff']]);
      expect(body.address).toBe('Staff!A2:B2');
    });
    Office.actions.associate('checkCapacity', () => undefined);
    const other = fake.sheet('Other');
    expect(other.freeze).toEqual({ rows: 2, cols: 2 });
    expect(other.conditionalFormats).toEqual([expect.objectContaining({ type: 'Custom', address: 'A1:A9', formula: '=A1="red"', fill: '#F8696B' })]);
    expect(other.cell('C1').hyperlink).toEqual({ documentReference: "'Staff'!A2" });
    expect([fake.activeSheet, fake.selection]).toEqual(['Other', 'Other!C1']);
    expect([...fake.associatedActions.keys()]).toEqual(['checkCapacity']);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
  });

  it('claims only the requirement sets it was told to', () => {
    install({ excelApi: '1.7' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });
});
