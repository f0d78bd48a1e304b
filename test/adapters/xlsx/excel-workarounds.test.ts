/**
 * Files as Excel writes them, which ExcelJS 4.4 misreads: made with ExcelJS, then edited in the
 * zip into Excel's own form.
 */
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, readSnapshot, saveWorkbook } from '../../../src/adapters/xlsx';
import { worksheetXml } from '../../fixtures/xlsx-helpers';

/** Saves a workbook built with plain ExcelJS, rewrites some of its parts, and returns the bytes. */
async function excelStyleFile(build: (wb: Workbook) => void, edits: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  for (const [path, edit] of Object.entries(edits)) zip.file(path, edit(await zip.file(path)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('internal links in an Excel file', () => {
  // Excel stores a link to a cell of the workbook as a bare `location`, with no relationship;
  // the placeholder link's relationship (rId1) is left over and unused, as Excel would never have it.
  const excelLinks = (xml: string): string => xml.replace(
    /<hyperlinks>.*<\/hyperlinks>/,
    '<hyperlinks><hyperlink ref="A1" location="\'Team Plan\'!B4" display="Go"/><hyperlink ref="A2" r:id="rId2"/></hyperlinks>',
  );

  async function userFile(): Promise<Uint8Array> {
    return excelStyleFile((wb) => {
      const ws = wb.addWorksheet('Index');
      ws.getCell('A1').value = { text: 'Go', hyperlink: 'https://placeholder.invalid/' };
      ws.getCell('A2').value = { text: 'Web', hyperlink: 'https://example.org/' };
      wb.addWorksheet('Team Plan').getCell('B4').value = 1;
    }, { 'xl/worksheets/sheet1.xml': excelLinks });
  }

  it('reads a location-only link as a "#" hyperlink (ExcelJS alone drops it)', async () => {
    const workbook = await loadWorkbook(await userFile());
    const index = workbook.getWorksheet('Index')!;
    expect(index.getCell('A1').value).toEqual({ text: 'Go', hyperlink: "#'Team Plan'!B4" });
    expect(index.getCell('A2').value).toEqual({ text: 'Web', hyperlink: 'https://example.org/' });
    expect(readSnapshot(workbook).raw.sheets[0].values).toEqual([['Go'], ['Web']]);
  });

  it('saves the user\'s links back as Excel had them', async () => {
    const bytes = await saveWorkbook(await loadWorkbook(await userFile()));
    const { sheet, rels } = await worksheetXml(bytes, 'Index');
    expect(sheet).toContain('<hyperlink ref="A1" location="&apos;Team Plan&apos;!B4"/>');
    expect(sheet).toMatch(/<hyperlink ref="A2" r:id="rId\d+"\/>/);
    expect(rels).toContain('Target="https://example.org/"');
    expect(rels).not.toContain('Team Plan');
    expect(rels).not.toContain('placeholder');
  });
});

describe('tables in an Excel file', () => {
  // Excel leaves out headerRowCount (default 1) and lists filter settings only for filtered
  // columns; ExcelJS writes both out in full.
  const excelTable = (xml: string): string => xml
    .replace(' headerRowCount="1"', '')
    .replace('totalsRowShown="1"', 'totalsRowShown="0"')
    .replace(/<filterColumn [^>]*\/>/g, '');

  async function userFile(): Promise<Uint8Array> {
    return excelStyleFile((wb) => {
      wb.addWorksheet('Staff').addTable({
        name: 'People', ref: 'A1', columns: [{ name: 'Name' }, { name: 'Hours' }], rows: [['Ann', 40], ['Bob', 20]],
      });
    }, { 'xl/tables/table1.xml': excelTable });
  }

  it('reads the header row of a table saved without headerRowCount', async () => {
    const { tables } = readSnapshot(await loadWorkbook(await userFile())).raw;
    expect(tables).toHaveLength(1);
    expect(tables[0].values).toEqual([['Name', 'Hours'], ['Ann', 40], ['Bob', 20]]);
    expect([tables[0].originRow, tables[0].originCol]).toEqual([0, 0]);
  });

  it('saves the table with its header row and visible filter buttons', async () => {
    const bytes = await saveWorkbook(await loadWorkbook(await userFile()));
    const table = await (await JSZip.loadAsync(bytes)).file('xl/tables/table1.xml')!.async('string');
    expect(table).toContain('headerRowCount="1"');
    expect(table).not.toContain('hiddenButton="1"');
  });

  it('gives a table without a header row its column names as the header, one row above', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Staff').addTable({
      name: 'People', ref: 'B3', headerRow: false, columns: [{ name: 'Name' }, { name: 'Hours' }], rows: [['Ann', 40]],
    });
    const { tables } = readSnapshot(await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer))).raw;
    expect(tables[0].values).toEqual([['Name', 'Hours'], ['Ann', 40]]);
    // Ann sits in B3, so the (virtual) header is row 2.
    expect([tables[0].originRow, tables[0].originCol]).toEqual([1, 1]);
  });
});
