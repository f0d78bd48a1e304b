/**
 * The rows of a summary sheet as the .xlsx door writes them: which cells exist, what a link or a
 * table's header cell shows, and which cells carry a format.
 */
import { renderSheetPatch } from '../../../src/adapters/xlsx/sheet-writer';
import { DEFAULT_STYLES, Styles } from '../../../src/adapters/xlsx/styles';
import type { SheetPatch } from '../../../src/workbook/patch';
import { valuesPatch } from '../../fixtures/xlsx-helpers';

function sheetData(patch: SheetPatch): string {
  const xml = new TextDecoder().decode(renderSheetPatch(patch, new Styles(DEFAULT_STYLES), { tabSelected: false, tableRelIds: patch.tables?.map((_, i) => `rId${i + 1}`) ?? [] }));
  return /<sheetData\/>|<sheetData>(.*)<\/sheetData>/s.exec(xml)?.[1] ?? '';
}

describe('the rows of a written sheet', () => {
  it('writes only cells with a value, a link or a look, numbers and text as they are', () => {
    const rows = sheetData(valuesPatch('conflicts', 'Conflicts', [
      ['Name', null, 0.25],
      [null, '', null],
      ['  padded', 7, true],
    ]));
    expect(rows).toBe(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="C1"><v>0.25</v></c></row>'
      + '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">  padded</t></is></c><c r="B3"><v>7</v></c><c r="C3" t="b"><v>1</v></c></row>',
    );
  });

  it('shows a link\'s text, or its target when the cell is blank, and a table\'s column names in its header row', () => {
    const patch: SheetPatch = {
      ...valuesPatch('issues', 'Input Issues', [
        ['Where', null, 'Where'],
        ['Staff!B3', 12, null],
        [null, 12, null],
      ]),
      links: [
        { row: 1, col: 0, target: { sheet: 'Staff', cell: 'B3' } },
        { row: 1, col: 1, target: { sheet: 'Staff', cell: 'C3' } },
        { row: 2, col: 0, target: { sheet: "Bob's Plan", cell: 'C4' } },
        // Past the end of its row's values.
        { row: 2, col: 4, target: { sheet: 'Staff', cell: 'A1' } },
      ],
      tables: [{ name: 'Issues', range: { row: 0, col: 0, rowCount: 3, colCount: 3 }, style: 'TableStyleLight1' }],
    };
    const rows = sheetData(patch);
    const cells = [...rows.matchAll(/<c r="([A-Z]+\d+)"( s="(\d+)")?[^>]*>(?:<is><t>([^<]*)<\/t><\/is>|<v>([^<]*)<\/v>)?/g)]
      .map((m) => [m[1], m[4] ?? m[5] ?? null, m[3] !== undefined]);
    expect(cells).toEqual([
      // A blank header is named as Excel does, a repeated one numbered: the table part says the same.
      ['A1', 'Where', false], ['B1', 'Column2', false], ['C1', 'Where2', false],
      // Links are text in the link font (a cell format of their own).
      ['A2', 'Staff!B3', true], ['B2', '12', true],
      ['A3', "Bob's Plan!C4", true], ['B3', '12', false], ['E3', 'Staff!A1', true],
    ]);
  });

  it('gives the same cells the same format, on the rows a block covers and no others', () => {
    const patch: SheetPatch = {
      ...valuesPatch('capacity', 'Capacity', [['Name', 'W1'], ['Ann', 0.5], ['Bob', 1.25], ['Total', 1.75]]),
      numberFormats: [{ range: { row: 1, col: 1, rowCount: 3, colCount: 1 }, format: '0%' }],
      styles: [{ range: { row: 3, col: 0, rowCount: 1, colCount: 3 }, bold: true }],
    };
    const rows = sheetData(patch);
    const style = (ref: string) => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(rows)?.[1] ?? '0';
    expect(style('A1')).toBe('0');
    expect(style('B2')).not.toBe('0');
    expect(style('B3')).toBe(style('B2'));
    // The total row: bold text, and bold percentages (a format of their own), and the bold blank C4 exists.
    expect(new Set([style('A4'), style('B4'), style('B2'), '0']).size).toBe(4);
    expect(style('C4')).toBe(style('A4'));
    expect(rows).toContain('<row r="4">');
  });
});
