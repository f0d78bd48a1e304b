/**
 * The cell scanner reads each cell's r, s and t attributes in place: every form a producer writes
 * must come out as the regex it replaces read it.
 */
import { scanCells, type ScannedCell } from '../../../src/adapters/xlsx/sheet-cells';

function cellsOf(sheetData: string, prefix = ''): Pick<ScannedCell, 'row' | 'col' | 'style' | 'type' | 'v'>[] {
  const p = prefix;
  const xml = `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`;
  const cells: Pick<ScannedCell, 'row' | 'col' | 'style' | 'type' | 'v'>[] = [];
  scanCells(xml, { cell: ({ row, col, style, type, v }) => cells.push({ row, col, style, type, v }) });
  return cells;
}

describe('scanCells: attributes read in place', () => {
  it('reads references with $ signs, lower-case letters and three letters', () => {
    expect(cellsOf('<row r="4"><c r="$B$4"><v>1</v></c><c r="c4"><v>2</v></c><c r="XFD4"><v>3</v></c></row>'))
      .toEqual([
        { row: 3, col: 1, style: 0, type: 'n', v: '1' },
        { row: 3, col: 2, style: 0, type: 'n', v: '2' },
        { row: 3, col: 16383, style: 0, type: 'n', v: '3' },
      ]);
  });

  it('places cells without r, or with an r that is not a reference, after the cell before', () => {
    expect(cellsOf('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c r="C"><v>3</v></c><c r="ABCD2"><v>4</v></c><c r=""><v>5</v></c></row>')
      .map(({ row, col }) => [row, col])).toEqual([[1, 1], [1, 2], [1, 3], [1, 4], [1, 5]]);
  });

  it('reads styles as numbers, and anything else as Number() did (0 when not a number)', () => {
    expect(cellsOf('<row r="1"><c r="A1" s="12"/><c r="B1" s="x"/><c r="C1" s=" 7"/><c r="D1" s=""/><c r="E1" s="1e1"/><c r="F1" s="1234567890"/></row>')
      .map((cell) => cell.style)).toEqual([12, 0, 7, 0, 10, 1234567890]);
  });

  it('reads every type Excel writes, and keeps one it does not know as written', () => {
    const types = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr', 'foo', 'strx'];
    const row = types.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1" t="${t}"/>`).join('');
    expect(cellsOf(`<row r="1">${row}</row>`).map((cell) => cell.type)).toEqual(types);
  });

  it('reads single-quoted attributes, spaces around =, and element prefixes', () => {
    expect(cellsOf("<x:row r='3'><x:c r = 'D3' s= '2' t ='s'><x:v>5</x:v></x:c></x:row>", 'x:'))
      .toEqual([{ row: 2, col: 3, style: 2, type: 's', v: '5' }]);
  });
});
