/**
 * Applying a suggestion's edits to raw grids: cells set, rows appended under the last row of the
 * sheet or table (which grows), the input untouched, stale `before` values found.
 */
import { applyEdits, EditTargetError, staleEdits } from '../../src/workbook/apply-edits';
import type { RawWorkbook } from '../../src/workbook/grid';
import { decodeState, encodeState } from '../../src/workbook/state';

const raw: RawWorkbook = {
  sheets: [
    { name: 'Assignments', originRow: 0, originCol: 0, values: [['Person', 'Project', 'Hours per week'], ['Ann', 'P', 50]] },
    // A table at C3:E4 under a title, with the sheet's used range from A1.
    { name: 'Plan', originRow: 0, originCol: 0, values: [['Bookings'], [], [null, null, 'Person', 'Project', 'Hours'], [null, null, 'Bob', 'Q', 10]] },
  ],
  tables: [{ name: 'Bookings', sheet: 'Plan', originRow: 2, originCol: 2, values: [['Person', 'Project', 'Hours'], ['Bob', 'Q', 10]] }],
  date1904: false,
};

describe('applyEdits', () => {
  it('sets a cell and appends a row under the last one, keyed by header text', () => {
    const next = applyEdits(raw, [
      { sheet: 'Assignments', cell: 'C2', before: 50, after: 40 },
      { sheet: 'Assignments', append: { Person: 'Cy', 'Hours per week': 10, Project: 'P' } },
    ]);
    expect(next.sheets[0].values).toEqual([['Person', 'Project', 'Hours per week'], ['Ann', 'P', 40], ['Cy', 'P', 10]]);
    // The input is not touched.
    expect(raw.sheets[0].values[1]).toEqual(['Ann', 'P', 50]);
    expect(raw.sheets[0].values).toHaveLength(2);
  });

  it('grows a table by the appended row, and writes it into the table\'s sheet too', () => {
    const next = applyEdits(raw, [{ sheet: 'Plan', append: { Person: 'Di', Project: 'Q', Hours: 5 } }]);
    // The table's next row is sheet row 5 (index 4): C5:E5.
    expect(next.tables[0].values).toEqual([['Person', 'Project', 'Hours'], ['Bob', 'Q', 10], ['Di', 'Q', 5]]);
    expect(next.sheets[1].values[4]).toEqual([null, null, 'Di', 'Q', 5]);
  });

  it('edits a cell inside a table in both the table and its sheet', () => {
    const next = applyEdits(raw, [{ sheet: 'Plan', cell: 'E4', before: 10, after: 12 }]);
    expect(next.tables[0].values[1]).toEqual(['Bob', 'Q', 12]);
    expect(next.sheets[1].values[3]).toEqual([null, null, 'Bob', 'Q', 12]);
  });

  it('throws a programmer error for a sheet or headers that are not there', () => {
    expect(() => applyEdits(raw, [{ sheet: 'Nope', cell: 'A1', before: null, after: 1 }])).toThrow(EditTargetError);
    expect(() => applyEdits(raw, [{ sheet: 'Assignments', append: { Nobody: 1 } }])).toThrow(EditTargetError);
  });
});

describe('staleEdits', () => {
  it('names the cell edits whose before no longer matches, blank equal to null', () => {
    const edits = [
      { sheet: 'Assignments', cell: 'C2', before: 50, after: 40 },
      { sheet: 'Assignments', cell: 'C2', before: 45, after: 40 },
      { sheet: 'Assignments', cell: 'D9', before: null, after: 'x' },
      { sheet: 'Assignments', append: { Person: 'Cy' } },
    ];
    expect(staleEdits(raw, edits)).toEqual([edits[1]]);
  });
});

describe('the applied-suggestion record in the state sheet', () => {
  it('round-trips through encodeState and decodeState, and ignores a damaged record', () => {
    const record = {
      id: '3', text: 'Move 10 h/week of P from Ann to Bob in 2026-W10–W22',
      cells: [{ sheet: 'Assignments', cell: 'E2', before: 50, after: 40 }],
      rows: [{ sheet: 'Plan', table: 'Assignments', row: 2, col: 0, values: ['Bob', 'P', '2026-03-02', null, 10] }],
    };
    const grid = encodeState({ owned: [], fills: [], applied: [record] });
    expect(decodeState(grid)).toEqual({ owned: [], fills: [], applied: [record] });
    const damaged = [...grid, ['applied', '4', 'x', '{"cells":[{"sheet":1}],"rows":[]}'], ['applied', '5', 'y', 'not json']];
    expect(decodeState(damaged).applied).toEqual([record]);
  });
});
