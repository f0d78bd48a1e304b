/**
 * The figures record in Loadline's state sheet: split into parts that fit an Excel cell, joined
 * back in part order, and ignored (never a crash) when damaged.
 */
import { CHECK_FIGURES_VERSION, expandRuns, figuresJson, parseCheckFigures, runs, type CheckFigures } from '../../src/workbook/check-figures';
import { decodeState, encodeState, FIGURES_PART_CHARS } from '../../src/workbook/state';

/** Figures of `people` people over 156 weeks, with a name outside the BMP to test splitting. */
function bigFigures(people: number): CheckFigures {
  const weeks = Array.from({ length: 156 }, (_, w) => `W${w}`);
  return {
    version: CHECK_FIGURES_VERSION, asOf: '2026-03-02', weeks, workingDays: [true, true, true, true, true, false, false], date1904: false,
    people: Array.from({ length: people }, (_, p) => ({
      name: `Person ${p} 😀`, utilization: weeks.map((_, w) => (w % 7 === 0 ? null : (p + w) / 100)), spare: weeks.map((_, w) => w % 3),
    })),
    projects: [{ name: 'Atlas', rag: { scope: 'red', time: 'amber', cost: 'green' }, forecastFinish: '2026-12-29', forecastCost: 10000 }],
    duties: ['Payroll'],
    conflicts: [['Ann', null, 'Payroll']],
  };
}

describe('state record: figures', () => {
  it('round-trips figures split over cells of at most 32,000 characters', () => {
    const figures = bigFigures(200);
    const rows = encodeState({ owned: [], fills: [], figures });
    const parts = rows.filter((row) => row[0] === 'figures');
    expect(parts.length).toBeGreaterThan(3);
    for (const row of parts) expect(row[2].length).toBeLessThanOrEqual(FIGURES_PART_CHARS);
    expect(parts.map((row) => row[1])).toEqual(parts.map((_, i) => String(i)));
    expect(decodeState(rows)).toEqual({ owned: [], fills: [], figures });
  });

  it('joins the parts by part number, whatever their row order, and reads numbers as part numbers', () => {
    const figures = bigFigures(30);
    const [marker, ...rest] = encodeState({ owned: [{ name: 'Capacity', key: 'capacity' }], fills: [], figures });
    const shuffled = [marker, ...rest.reverse().map((row) => (row[0] === 'figures' ? [row[0], Number(row[1]), row[2], row[3]] : row))];
    expect(decodeState(shuffled).figures).toEqual(figures);
  });

  it('ignores a record with a missing part or damaged JSON, keeping the rest of the state', () => {
    const rows = encodeState({ owned: [{ name: 'Capacity', key: 'capacity' }], fills: [], figures: bigFigures(30) });
    const missing = rows.filter((row) => !(row[0] === 'figures' && row[1] === '1'));
    expect(decodeState(missing)).toEqual({ owned: [{ name: 'Capacity', key: 'capacity' }], fills: [] });
    const damaged = rows.map((row) => (row[0] === 'figures' && row[1] === '0' ? [row[0], row[1], `x${row[2]}`, ''] : row));
    expect(decodeState(damaged).figures).toBeUndefined();
  });

  it('reads no figures of another version or shape', () => {
    expect(parseCheckFigures(JSON.stringify({ ...bigFigures(1), version: 2 }))).toBeUndefined();
    expect(parseCheckFigures(JSON.stringify({ ...bigFigures(1), weeks: ['W0'] }))).toBeUndefined();
    expect(parseCheckFigures('null')).toBeUndefined();
    expect(parseCheckFigures(JSON.stringify(bigFigures(2)))).toEqual(bigFigures(2));
  });

  it('writes no figures rows for a state without figures', () => {
    expect(encodeState({ owned: [], fills: [] })).toEqual([['Loadline state v1', '', '', '']]);
  });

  it('writes each run of equal weekly values as [value, count], and reads it back', () => {
    expect(runs([0.5, 0.5, 0.5, null, null, 0.25])).toEqual([[0.5, 3], [null, 2], 0.25]);
    expect(runs([])).toEqual([]);
    expect(runs([1, 2, 2])).toEqual([1, [2, 2]]);
    expect(expandRuns([[0.5, 3], [null, 2], 0.25], 10)).toEqual([0.5, 0.5, 0.5, null, null, 0.25]);
    // figuresJson stores each person's weekly arrays as runs.
    const many = bigFigures(40);
    const stored = JSON.parse(figuresJson(many)) as { people: { name: string; utilization: unknown; spare: unknown }[]; runLength: number };
    expect(stored.runLength).toBe(1);
    expect(stored.people).toEqual(many.people.map((p) => ({ name: p.name, utilization: runs(p.utilization), spare: runs(p.spare) })));
    expect(JSON.parse(figuresJson({ ...many, people: [{ name: 'Odd', utilization: [null, null, 0.5, 0.5, -0, 1e21, 1e-7], spare: [1, 1, 1, 2, 2, 3, 3] }] })).people)
      .toEqual([{ name: 'Odd', utilization: [[null, 2], [0.5, 2], 0, 1e21, 1e-7], spare: [[1, 3], [2, 2], [3, 2]] }]);
    // A person at 80 % for a year and idle for two: two runs of each array, not 156 values.
    const weeks = Array.from({ length: 156 }, (_, w) => `W${w}`);
    const figures: CheckFigures = {
      ...bigFigures(0), weeks,
      people: [{ name: 'Ann', utilization: weeks.map((_, w) => (w < 52 ? 0.8 : 0)), spare: weeks.map((_, w) => (w < 52 ? 7.5 : 37.5)) }],
    };
    const json = figuresJson(figures);
    expect(json).toContain('"utilization":[[0.8,52],[0,104]],"spare":[[7.5,52],[37.5,104]]');
    expect(parseCheckFigures(json)).toEqual(figures);
    expect(decodeState(encodeState({ owned: [], fills: [], figures })).figures).toEqual(figures);
  });

  it('reads no figures whose runs are damaged', () => {
    const weeks = ['W0', 'W1', 'W2'];
    const record = (utilization: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({
      ...bigFigures(0), weeks, people: [{ name: 'Ann', utilization, spare: [[0, 3]] }], runLength: 1, ...extra,
    });
    expect(parseCheckFigures(record([[0.5, 3]]))).toBeDefined();
    expect(parseCheckFigures(record([[0.5, 1], 0.5, 0.5]))).toBeUndefined(); // a run of one is written plain
    expect(parseCheckFigures(record([[0.5, 2.5], 0.5]))).toBeUndefined();
    expect(parseCheckFigures(record([[0.5, 2]]))).toBeUndefined(); // two weeks of three
    expect(parseCheckFigures(record([[0.5, 1e9]]))).toBeUndefined(); // never expanded past the bound
    expect(parseCheckFigures(record(['0.5', [0.5, 2]]))).toBeUndefined();
    expect(parseCheckFigures(record([[0.5, 3]], { runLength: 2 }))).toBeUndefined();
  });
});
