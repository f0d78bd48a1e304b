/** The fake's tables.add, pageLayout and borders behave as Excel does, strictly. */
import { createExcelFake, type ExcelFake } from '../../fakes/excel-fake';

let uninstall: (() => void) | undefined;

function install(options: Parameters<typeof createExcelFake>[0]): ExcelFake {
  const fake = createExcelFake(options);
  uninstall = fake.install(globalThis);
  return fake;
}

afterEach(() => uninstall?.());

describe('excel fake: tables.add', () => {
  it('makes a table with Excel’s default name and style, and names blank or repeated headers as Excel does', async () => {
    const fake = install({ sheets: { S: [['Month', null, 'Month'], [1, 2, 3]] } });
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('S').tables.add('A1:C2', true);
      table.load('name,style');
      await context.sync();
      expect([table.name, table.style]).toEqual(['Table1', 'TableStyleMedium2']);
    });
    expect(fake.sheet('S').values()[0]).toEqual(['Month', 'Column2', 'Month2']);
  });

  it('refuses a taken or invalid name, an unknown style, an overlapping table and a header-only range', async () => {
    install({ sheets: { S: [['A', 'B'], [1, 2]], T: [['A'], [1]] }, tables: [{ name: 'Mine', sheet: 'T', range: 'A1:A2' }] });
    const attempt = (act: (context: Excel.RequestContext) => void) => Excel.run(async (context) => {
      act(context);
      await context.sync();
    });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('S').tables.add('A1:B2', true).name = 'Mine'; })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('S').tables.add('A1:B2', true).name = 'A1'; })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('S').tables.add('A1:B2', true).style = 'Pretty'; })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('T').tables.add('A1:A2', true); })).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(attempt((c) => { c.workbook.worksheets.getItem('S').tables.add('A1:B1', true); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('excel fake: pageLayout', () => {
  it('fails with ApiNotFound below ExcelApi 1.9 and changes nothing', async () => {
    const fake = install({ sheets: { S: [['x']] }, excelApi: '1.8' });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
      await context.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fake.sheet('S').pageLayout.orientation).toBe('Portrait');
  });

  it('refuses a zoom mixing scale and fit, a fit of nothing, and print titles that are not whole rows', async () => {
    install({ sheets: { S: [['x']] } });
    const attempt = (act: (layout: Excel.PageLayout) => void) => Excel.run(async (context) => {
      act(context.workbook.worksheets.getItem('S').pageLayout);
      await context.sync();
    });
    await expect(attempt((l) => { l.zoom = { scale: 90, horizontalFitToPages: 1 }; })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((l) => { l.zoom = { horizontalFitToPages: 0, verticalFitToPages: 0 }; })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((l) => l.setPrintTitleRows('A1:B2'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((l) => { l.headersFooters.defaultForAllPages.centerFooter = 'x'.repeat(256); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('excel fake: borders', () => {
  it('reads an edge without a line as None, black, thin, and only after load and sync', async () => {
    install({ sheets: { S: [['x']] } });
    await Excel.run(async (context) => {
      const edge = context.workbook.worksheets.getItem('S').getRange('A1').format.borders.getItem('EdgeTop');
      expect(() => edge.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      edge.load('style,color,weight');
      await context.sync();
      expect([edge.style, edge.color, edge.weight]).toEqual(['None', '#000000', 'Thin']);
    });
  });

  it('draws the outer edges of a range, reads null where its cells differ, and removes a line with None', async () => {
    const fake = install({ sheets: { S: [['a', 'b']] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const edge = sheet.getRange('A1:B1').format.borders.getItem('EdgeLeft');
      edge.style = 'Dot';
      edge.color = '#ff0000';
      await context.sync();
      const left = sheet.getRange('A1:B1').format.borders.getItem('EdgeLeft').load('style');
      // The top edge of A1:B1 covers both cells; only A1 gets a line, so the range reads null.
      sheet.getRange('A1').format.borders.getItem('EdgeTop').style = 'Double';
      const top = sheet.getRange('A1:B1').format.borders.getItem('EdgeTop').load('style');
      await context.sync();
      expect(left.style).toBe('Dot');
      expect(top.style).toBeNull();
      sheet.getRange('A1').format.borders.getItem('EdgeTop').style = 'None';
      await context.sync();
    });
    expect(fake.sheet('S').borders()).toEqual({ A1: { EdgeLeft: { style: 'Dot', color: 'FF0000', weight: 'Thin' } } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').format.borders.getItem('EdgeLeft').style = 'None';
      await context.sync();
    });
    expect(fake.sheet('S').borders()).toEqual({});
  });

  it('refuses border changes on a protected sheet', async () => {
    install({ sheets: { S: { values: [['x']], protected: true } } });
    await expect(Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').format.borders.getItem('EdgeTop').style = 'Dot';
      await context.sync();
    })).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
