import { forEachPatchRow, type PatchRow } from '../../../src/adapters/xlsx/patch-cells';
import type { SheetPatch } from '../../../src/workbook/patch';
import { valuesPatch } from '../../fixtures/xlsx-helpers';

function rowsOf(patch: SheetPatch): PatchRow[] {
  const rows: PatchRow[] = [];
  forEachPatchRow(patch, (row) => rows.push(row));
  return rows;
}

describe('forEachPatchRow', () => {
  it('gives every cell styled alike the same style object, so ExcelJS numbers each style once', () => {
    const rows = rowsOf({
      ...valuesPatch('capacity', 'Capacity', [['Name', 'W1', 'W2'], ['Ann', 0.5, 0.75], ['Bob', 1, 1.25]]),
      numberFormats: [{ range: { row: 1, col: 1, rowCount: 2, colCount: 2 }, format: '0%' }],
      styles: [{ range: { row: 1, col: 1, rowCount: 2, colCount: 1 }, bold: true }],
    });
    const [b2, c2] = [rows[1].styles[1], rows[1].styles[2]];
    const [b3, c3] = [rows[2].styles[1], rows[2].styles[2]];
    expect(b2).toBe(b3);
    expect(c2).toBe(c3);
    expect(b2).toEqual({ numFmt: '0%', font: { bold: true } });
    expect(c2).toEqual({ numFmt: '0%' });
    expect(rows[0].styles).toEqual([]); // the header row has no style
  });

  it('styles a link cell with the Hyperlink look, then number formats, then style blocks (the later block wins)', () => {
    const rows = rowsOf({
      ...valuesPatch('conflicts', 'Conflicts', [['Cells'], [null]]),
      numberFormats: [{ range: { row: 1, col: 0, rowCount: 1, colCount: 1 }, format: '@' }],
      styles: [
        { range: { row: 1, col: 0, rowCount: 1, colCount: 1 }, fontColor: 'ff0000', fill: 'DDEBF7' },
        { range: { row: 1, col: 0, rowCount: 1, colCount: 1 }, fontColor: '00FF00' },
      ],
      links: [{ row: 1, col: 0, target: { sheet: 'Ops Duties', cell: 'B4' } }],
    });
    // A blank link cell shows its target, as text the user can read.
    expect(rows[1].links[0]).toEqual({ text: 'Ops Duties!B4', hyperlink: "#'Ops Duties'!B4" });
    expect(rows[1].styles[0]).toEqual({
      numFmt: '@',
      font: { color: { argb: 'FF00FF00' }, underline: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
    });
  });

  it('visits every row from A1 to the last one a value, link or block touches', () => {
    const rows = rowsOf({
      ...valuesPatch('issues', 'Input Issues', [['Code']]),
      styles: [{ range: { row: 3, col: 2, rowCount: 1, colCount: 1 }, wrap: true }],
      links: [{ row: 5, col: 0, target: { sheet: 'Staff', cell: 'A2' } }],
    });
    expect(rows.map((row) => row.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[3].styles[2]).toEqual({ alignment: { wrapText: true } });
    expect(rows[5].values).toEqual([]);
    expect(rows[5].links[0]?.text).toBe('Staff!A2');
  });
});
