/**
 * Reading what other producers write: the package and cell forms Excel reads and ExcelJS never
 * writes, each in a package made part by part (test/fixtures/hand-made-xlsx.ts).
 */
import { loadWorkbook, readSnapshot } from '../../../src/adapters/xlsx';
import { handMadeXlsx } from '../../fixtures/hand-made-xlsx';

/** A snapshot of a hand-made package. */
async function snapshotOf(options: Parameters<typeof handMadeXlsx>[0]) {
  return readSnapshot(await loadWorkbook(await handMadeXlsx(options)));
}

describe('reading packages as other producers write them', () => {
  it('follows absolute part names (openpyxl) to a workbook outside xl/', async () => {
    const snapshot = await snapshotOf({
      absoluteTargets: true,
      workbookPath: 'book/main.xml',
      sharedStrings: ['<si><t>Name</t></si>', '<si><t>Ann</t></si>'],
      sheets: [{ name: 'Staff', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>40</v></c></row>' }],
    });
    expect(snapshot.raw.sheets).toEqual([{ name: 'Staff', values: [['Name'], ['Ann', 40]], numberFormats: [[null], [null, null]], originRow: 0, originCol: 0 }]);
  });

  it('follows relative targets written with ./ and ../', async () => {
    // styles as "./styles.xml", shared strings as "../xl/sharedStrings.xml"
    const snapshot = await snapshotOf({
      sharedStrings: ['<si><t>x</t></si>'],
      numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>',
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="164"/>',
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46083</v></c></row>' }],
    });
    expect(snapshot.raw.sheets[0].values).toEqual([['x', 46083]]);
    expect(snapshot.raw.sheets[0].numberFormats).toEqual([[null, 'dd/mm/yyyy']]);
  });

  it('joins rich text runs and leaves phonetic guides out, in shared and inline strings', async () => {
    const snapshot = await snapshotOf({
      sharedStrings: ['<si><r><rPr><b/></rPr><t>Ann </t></r><r><t xml:space="preserve">Lee</t></r><rPh sb="0" eb="1"><t>アン</t></rPh><phoneticPr fontId="1"/></si>'],
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Bob &amp; Co</t></is></c>'
        + '<c r="C1" t="inlineStr"><is><r><t>Cy</t></r><r><t> Tan</t></r></is></c><c r="D1" t="inlineStr"><is><t>Tab_x0009_here</t></is></c></row>' }],
    });
    expect(snapshot.raw.sheets[0].values).toEqual([['Ann Lee', 'Bob & Co', 'Cy Tan', 'Tab\there']]);
  });

  it('reads formula cells as their cached values, shared formulas and string results included', async () => {
    const snapshot = await snapshotOf({
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>84</v></c><c r="B1"><v>42</v></c></row>'
        + '<row r="2"><c r="A2"><f t="shared" si="0"/><v>10</v></c><c r="B2" t="str"><f>"4"&amp;"2h"</f><v>42h</v></c></row>'
        + '<row r="3"><c r="A3"><f t="shared" si="0"/></c><c r="B3" t="b"><f>TRUE()</f><v>1</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' }],
    });
    // A3 was never calculated: no cached value, so blank.
    expect(snapshot.raw.sheets[0].values).toEqual([[84, 42], [10, '42h'], [null, true, { error: '#DIV/0!' }]]);
  });

  it('reads empty values, empty inline strings and styled empty cells as blanks, without looking past the cell', async () => {
    const snapshot = await snapshotOf({
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="9"/>',
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" s="1"/><c r="B1"><v/></c><c r="C1" t="inlineStr"><is/></c><c r="D1" s="1"></c><c r="E1"><v>5</v></c></row>'
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>after</t></is></c></row>' }],
    });
    expect(snapshot.raw.sheets[0]).toMatchObject({ values: [[null, null, null, null, 5], ['after']], originCol: 0, originRow: 0 });
  });

  it('counts the positions of rows and cells written without an r attribute', async () => {
    const snapshot = await snapshotOf({
      sheets: [{ name: 'S', rows: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row><row r="5"><c r="B5"><v>6</v></c></row><row><c><v>7</v></c></row>' }],
    });
    expect(snapshot.raw.sheets[0].values).toEqual([[1, 2], [3, null, null, 4, 5], [], [], [null, 6], [7]]);
  });

  it('reads the 1904 date system, hidden and very hidden sheets, and built-in date and percent formats', async () => {
    const snapshot = await snapshotOf({
      date1904: true,
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/>',
      sheets: [
        { name: 'Dates', rows: '<row r="1"><c r="A1" s="1"><v>44621</v></c><c r="B1" s="2"><v>0.5</v></c></row>' },
        { name: 'Old', state: 'hidden', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'Secret', state: 'veryHidden', rows: '' },
      ],
    });
    expect(snapshot.raw.date1904).toBe(true);
    expect(snapshot.sheetNames).toEqual(['Dates', 'Old', 'Secret']);
    expect(snapshot.raw.sheets[0]).toMatchObject({ values: [[44621, 0.5]], numberFormats: [['mm-dd-yy', '0%']] });
  });

  it('reads elements with a namespace prefix and the strict vocabulary', async () => {
    const bytes = await handMadeXlsx({
      strict: true,
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>two</t></is></c></row>' }],
    });
    expect(readSnapshot(await loadWorkbook(bytes)).raw.sheets[0].values).toEqual([[1, 'two']]);
    const prefixed = await handMadeXlsx({ sheets: [{ name: 'S', rows: '' }] });
    // The same sheet as .NET's Open XML SDK writes it: every element prefixed with x:.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(prefixed);
    zip.file('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2"><x:v>7</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>eight</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>');
    const snapshot = readSnapshot(await loadWorkbook(await zip.generateAsync({ type: 'uint8array' })));
    expect(snapshot.raw.sheets[0]).toMatchObject({ values: [[7, 'eight']], originRow: 1, originCol: 2 });
  });

  it('reads table parts: the header row, the data, no totals row, and tables without a header row', async () => {
    const table = (name: string, ref: string, extra: string) => `<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${name}" displayName="${name}" ref="${ref}"${extra}>`
      + '<tableColumns count="2"><tableColumn id="1" name="Name"/><tableColumn id="2" name="Hours"/></tableColumns></table>';
    const snapshot = await snapshotOf({
      sheets: [{
        name: 'Team',
        rows: '<row r="2"><c r="B2" t="inlineStr"><is><t>Name</t></is></c><c r="C2" t="inlineStr"><is><t>Hours</t></is></c></row>'
          + '<row r="3"><c r="B3" t="inlineStr"><is><t>Ann</t></is></c><c r="C3"><v>40</v></c></row>'
          + '<row r="4"><c r="B4" t="inlineStr"><is><t>Total</t></is></c><c r="C4"><v>40</v></c></row>'
          + '<row r="8"><c r="E8" t="inlineStr"><is><t>Bob</t></is></c><c r="F8"><v>20</v></c></row>',
        after: '<tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/></tableParts>',
        rels: [['rId1', 'table', '../tables/table1.xml'], ['rId2', 'table', '/xl/tables/table2.xml']],
      }],
      extraParts: {
        'xl/tables/table1.xml': table('People', 'B2:C4', ' totalsRowCount="1"'),
        'xl/tables/table2.xml': table('More', 'E8:F8', ' headerRowCount="0"'),
      },
    });
    expect(snapshot.raw.tables).toEqual([
      { name: 'People', sheet: 'Team', originRow: 1, originCol: 1, values: [['Name', 'Hours'], ['Ann', 40]], numberFormats: [[null, null], [null, null]] },
      // No header row: the column names stand one row above the data (row 7, zero-based 6).
      { name: 'More', sheet: 'Team', originRow: 6, originCol: 4, values: [['Name', 'Hours'], ['Bob', 20]], numberFormats: [[null, null], [null, null]] },
    ]);
  });
});
