import { groupCells } from '../../../src/adapters/office/cell-groups';
import { queueHighlights } from '../../../src/adapters/office/fill-operations';
import { RequestPacker } from '../../../src/adapters/office/request-packer';
import type { WorksheetCache } from '../../../src/adapters/office/worksheet-cache';
import { a1Range, parseA1 } from '../../../src/workbook/address';

const cells = (...addresses: string[]) => addresses.map((a) => parseA1(a) as { row: number; col: number });
const addresses = (ranges: ReturnType<typeof groupCells>) => ranges.map((r) => a1Range(r.row, r.col, r.rowCount, r.colCount));

describe('groupCells', () => {
  it('merges a column run into one range', () => {
    expect(addresses(groupCells(cells('B6', 'B4', 'B5', 'B9', 'B7', 'B8')))).toEqual(['B4:B9']);
  });

  it('merges equal runs in adjacent columns into a rectangle and keeps gaps apart', () => {
    expect(addresses(groupCells(cells('B4', 'B5', 'C4', 'C5', 'E4', 'E5', 'B7', 'B4')))).toEqual(['B4:C5', 'E4:E5', 'B7']);
  });

  it('covers exactly the cells given', () => {
    const given = cells('A1', 'A2', 'B2', 'C2', 'C3', 'D1');
    const covered = groupCells(given).flatMap((r) => Array.from({ length: r.rowCount * r.colCount }, (_, i) => `${r.row + Math.floor(i / r.colCount)},${r.col + (i % r.colCount)}`));
    expect(covered.sort()).toEqual(given.map((c) => `${c.row},${c.col}`).sort());
  });
});

describe('queueHighlights', () => {
  it('paints one range per group of contiguous cells of the same level', () => {
    const painted: { address: string; color: string }[] = [];
    const cache = {
      get: () => ({
        getRange: (address: string) => ({
          format: { fill: { set color(color: string) { painted.push({ address, color }); } } },
        }),
      }),
    } as unknown as WorksheetCache;
    const packer = new RequestPacker(1_000_000);
    const at = (cell: string, level: 'high' | 'medium') => ({ sheet: 'Staff', cell, level, issue: false, ...(parseA1(cell) as { row: number; col: number }) });
    queueHighlights(packer, [at('B4', 'high'), at('B5', 'high'), at('B6', 'medium'), at('B7', 'high'), at('B8', 'high'), at('B9', 'high')]);
    for (const operation of packer.requests()[0].operations) operation(cache);
    expect(painted).toEqual([
      { address: 'B4:B5', color: '#FFC7CE' },
      { address: 'B7:B9', color: '#FFC7CE' },
      { address: 'B6', color: '#FFEB9C' },
    ]);
  });
});
