import { readSnapshot, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { RawSheet } from '../../../src/workbook/grid';
import { encodeState, STATE_SHEET } from '../../../src/workbook/state';
import { xlsxFrom } from '../../fixtures/xlsx-helpers';

function sheet(workbook: XlsxWorkbook, name: string): RawSheet {
  const found = readSnapshot(workbook).raw.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The value at a zero-based sheet position, from a RawSheet with an origin. */
function at(raw: RawSheet, row: number, col: number): unknown {
  return raw.values[row - raw.originRow]?.[col - raw.originCol] ?? null;
}

describe('readSnapshot', () => {
  describe('dates', () => {
    it('returns the stored serial of date cells in the 1900 system, around the fictitious 1900-02-29', async () => {
      const workbook = await xlsxFrom((wb) => {
        const ws = wb.addWorksheet('Dates');
        // Serials straight into date-formatted cells: 59 is 1900-02-28, 60 the fictitious
        // 1900-02-29, 61 is 1900-03-01 to Excel.
        [1, 59, 60, 61].forEach((serial, i) => {
          ws.getCell(i + 1, 1).value = serial;
          ws.getCell(i + 1, 1).numFmt = 'yyyy-mm-dd';
        });
        // A JS Date at UTC midnight; 2026-03-02 is 46083 (2026-01-01 is 46023, + 31 + 28 + 1).
        ws.getCell('A5').value = new Date(Date.UTC(2026, 2, 2));
        ws.getCell('A5').numFmt = 'dd/mm/yyyy';
        ws.getCell('A6').value = new Date(Date.UTC(2026, 2, 2, 12));
        ws.getCell('A6').numFmt = 'yyyy-mm-dd hh:mm';
      });
      const raw = sheet(workbook, 'Dates');
      expect(raw.values.map((row) => row[0])).toEqual([1, 59, 60, 61, 46083, 46083.5]);
      expect(raw.numberFormats?.map((row) => row[0])).toEqual([
        'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'dd/mm/yyyy', 'yyyy-mm-dd hh:mm',
      ]);
      expect(readSnapshot(workbook).raw.date1904).toBe(false);
    });

    it('returns serials in the 1904 system when the workbook uses it', async () => {
      const workbook = await xlsxFrom((wb) => {
        wb.properties.date1904 = true;
        const ws = wb.addWorksheet('Dates');
        // 2026-03-02 is 44621 in the 1904 system: 46083 − 1462.
        ws.getCell('A1').value = new Date(Date.UTC(2026, 2, 2));
        ws.getCell('A1').numFmt = 'yyyy-mm-dd';
        ws.getCell('A2').value = 0; // 1904-01-01
        ws.getCell('A2').numFmt = 'yyyy-mm-dd';
      });
      const snapshot = readSnapshot(workbook);
      expect(snapshot.raw.date1904).toBe(true);
      expect(sheet(workbook, 'Dates').values).toEqual([[44621], [0]]);
    });

    it('returns a date formula result as a serial', async () => {
      const workbook = await xlsxFrom((wb) => {
        const ws = wb.addWorksheet('Dates');
        ws.getCell('A1').value = { formula: 'DATE(2026,3,2)', result: new Date(Date.UTC(2026, 2, 2)) };
        ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      });
      expect(sheet(workbook, 'Dates').values).toEqual([[46083]]);
    });
  });

  it('reads numbers, text numbers, booleans, rich text and hyperlinks as plain values', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Staff');
      ws.getRow(1).values = [40, '40', '1,234.50', true];
      ws.getCell('A2').value = { richText: [{ text: 'Ann ' }, { text: 'Lee', font: { bold: true } }] };
      ws.getCell('B2').value = { text: 'Wiki', hyperlink: 'https://example.org/' };
      ws.getCell('C2').value = '=SUM(A1)'; // text that looks like a formula
    });
    expect(sheet(workbook, 'Staff').values).toEqual([
      [40, '40', '1,234.50', true],
      ['Ann Lee', 'Wiki', '=SUM(A1)'],
    ]);
  });

  it('maps error values, cached or literal, to CellError', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Staff');
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('C1').value = { formula: 'A9', result: { error: '#REF!' } };
    });
    expect(sheet(workbook, 'Staff').values).toEqual([[{ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }]]);
  });

  it('reads formulas as their cached result, and null when none is cached', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Calc');
      ws.getCell('A1').value = 42;
      ws.getCell('B1').value = { formula: 'A1*2', result: 84 };
      ws.getCell('C1').value = { formula: 'A1&"h"', result: '42h' };
      ws.getCell('D1').value = { formula: 'A1>1', result: true };
      ws.getCell('E1').value = { formula: 'A1*3' }; // never calculated
      ws.getCell('F1').value = 'end';
    });
    expect(sheet(workbook, 'Calc').values).toEqual([[42, 84, '42h', true, null, 'end']]);
  });

  it('gives a merged title its value once, in the top-left cell, above the header row', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Staff');
      ws.getCell('A1').value = 'Staff list 2026';
      ws.mergeCells('A1:D1');
      ws.getRow(3).values = ['Name', 'Role', 'Hours per week', 'Rate'];
      ws.getRow(4).values = ['Ann', 'Dev', 40, 85];
      ws.getCell('A5').value = 'note';
      ws.mergeCells('A5:B5');
      ws.getCell('C5').value = 5;
    });
    const raw = sheet(workbook, 'Staff');
    expect([raw.originRow, raw.originCol]).toEqual([0, 0]);
    expect(raw.values).toEqual([
      ['Staff list 2026'],
      [],
      ['Name', 'Role', 'Hours per week', 'Rate'],
      ['Ann', 'Dev', 40, 85],
      ['note', null, 5],
    ]);
  });

  it('gives the origin of a used range that does not start at A1', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Projects');
      ws.getCell('C4').value = 'Project';
      ws.getCell('D4').value = 'Budget';
      ws.getCell('C5').value = 'Apollo';
      ws.getCell('D5').value = 120000;
      ws.getCell('D5').numFmt = '#,##0';
      ws.getCell('J1').style = { font: { bold: true } }; // formatted but empty: not used
    });
    const raw = sheet(workbook, 'Projects');
    expect([raw.originRow, raw.originCol]).toEqual([3, 2]);
    expect(raw.values).toEqual([['Project', 'Budget'], ['Apollo', 120000]]);
    expect(at(raw, 4, 3)).toBe(120000); // D5
    expect(raw.numberFormats).toEqual([[null, null], [null, '#,##0']]);
  });

  it('carries number formats such as 0% through', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Projects');
      ws.getRow(1).values = ['CapEx %', 0.5];
      ws.getCell('B1').numFmt = '0%';
    });
    const raw = sheet(workbook, 'Projects');
    expect(raw.values).toEqual([['CapEx %', 0.5]]);
    expect(raw.numberFormats).toEqual([[null, '0%']]);
  });

  it('reads an Excel table as a RawTable whose first row is the header, without its totals row', async () => {
    const workbook = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet('Team');
      ws.getCell('A1').value = 'Our people';
      ws.addTable({
        name: 'People',
        ref: 'B3',
        columns: [{ name: 'Name' }, { name: 'Hours' }],
        rows: [['Ann', 40], ['Bob', 20]],
      });
      ws.addTable({
        name: 'Budgets',
        ref: 'E3',
        totalsRow: true,
        columns: [{ name: 'Project', totalsRowLabel: 'Total' }, { name: 'Budget', totalsRowFunction: 'sum' }],
        rows: [['Apollo', 100]],
      });
    });
    const { tables } = readSnapshot(workbook).raw;
    expect(tables).toEqual([
      {
        name: 'People', sheet: 'Team', originRow: 2, originCol: 1,
        values: [['Name', 'Hours'], ['Ann', 40], ['Bob', 20]],
        numberFormats: [[null, null], [null, null], [null, null]],
      },
      {
        name: 'Budgets', sheet: 'Team', originRow: 2, originCol: 4,
        values: [['Project', 'Budget'], ['Apollo', 100]],
        numberFormats: [[null, null], [null, null]],
      },
    ]);
  });

  it('leaves out the state sheet and the sheets Loadline owns, and lists every sheet name in tab order', async () => {
    const workbook = await xlsxFrom((wb) => {
      wb.addWorksheet('Staff').getCell('A1').value = 'Name';
      wb.addWorksheet('Conflicts').getCell('A1').value = 'my own notes';
      wb.addWorksheet('Capacity').getCell('A1').value = 'Loadline wrote this';
      const hidden = wb.addWorksheet('Old');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 1;
      const state = wb.addWorksheet(STATE_SHEET);
      state.state = 'veryHidden';
      encodeState({
        owned: [{ name: 'Capacity', key: 'capacity' }],
        fills: [{ sheet: 'Staff', cell: 'A1', original: { color: null } }],
      }).forEach((row) => state.addRow(row));
    });
    const snapshot = readSnapshot(workbook);
    expect(snapshot.sheetNames).toEqual(['Staff', 'Conflicts', 'Capacity', 'Old', STATE_SHEET]);
    expect(snapshot.raw.sheets.map((s) => s.name)).toEqual(['Staff', 'Conflicts', 'Old']);
    expect(snapshot.state).toEqual({
      owned: [{ name: 'Capacity', key: 'capacity' }],
      fills: [{ sheet: 'Staff', cell: 'A1', original: { color: null } }],
    });
  });

  it('gives an empty sheet an empty grid at A1, and an empty state without a state sheet', async () => {
    const workbook = await xlsxFrom((wb) => {
      wb.addWorksheet('Blank');
    });
    const snapshot = readSnapshot(workbook);
    expect(snapshot.raw.sheets).toEqual([{ name: 'Blank', values: [], numberFormats: [], originRow: 0, originCol: 0 }]);
    expect(snapshot.state).toEqual({ owned: [], fills: [] });
  });
});
