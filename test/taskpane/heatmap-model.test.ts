import type { PersonReport, Report } from '../../src/core/report';
import { heatmapRows, loadBand } from '../../src/taskpane/heatmap-model';
import { describeCell } from '../../src/taskpane/render-heatmap';

function person(name: string, team: string | null, capacity: number[], ops: number[], project: number[]): PersonReport {
  return { name, team, capacity, ops, project, utilization: capacity.map(() => null) };
}

describe('loadBand', () => {
  it('bands a week by its share of capacity against the threshold', () => {
    expect(loadBand(19.9, 40, 1)).toBe('light'); // 49.75 %
    expect(loadBand(20, 40, 1)).toBe('moderate'); // 50 %
    expect(loadBand(32, 40, 1)).toBe('full'); // 80 %
    expect(loadBand(40.01, 40, 1)).toBe('full'); // over by exactly the 0.01 h tolerance: fine
    expect(loadBand(40.02, 40, 1)).toBe('over');
    expect(loadBand(48, 40, 1)).toBe('over'); // 120 %: over, not severe
    expect(loadBand(48.1, 40, 1)).toBe('severe'); // above 120 %
  });

  it('follows a raised threshold', () => {
    expect(loadBand(44, 40, 1.1)).toBe('full'); // 110 % at a 110 % threshold
    expect(loadBand(50, 40, 1.3)).toBe('full'); // 125 % is under a 130 % threshold
  });

  it('calls work with no capacity severe, and no capacity without work none', () => {
    expect(loadBand(0.5, 0, 1)).toBe('severe');
    expect(loadBand(0, 0, 1)).toBe('none');
  });
});

describe('heatmapRows', () => {
  it('gives each team its summed load, teams in text order, then everyone', () => {
    const report = {
      weeks: ['2026-03-02', '2026-03-09'],
      people: [
        person('Ann', 'Ops', [40, 40], [10, 30], [20, 20]),
        person('Bob', 'Finance', [20, 0], [5, 0], [0, 0]),
        person('Cat', 'Ops', [20, 20], [0, 0], [10, 10]),
        person('Dee', null, [40, 40], [0, 0], [0, 0]),
      ],
    } as unknown as Report;
    const rows = heatmapRows(report, 1);
    expect(rows.map((r) => [r.label, r.people])).toEqual([['Finance', 1], ['Ops', 2], ['Everyone', 4]]);
    // Ops week 1: (10 + 20 + 0 + 10) / (40 + 20) = 40 / 60 = 0.6667; week 2: (30 + 20 + 10) / 60 = 1.
    expect(rows[1].cells.map((c) => [c.demandHours, c.capacityHours, c.utilisation, c.band])).toEqual([
      [40, 60, 0.6667, 'moderate'],
      [60, 60, 1, 'full'],
    ]);
    // Finance week 2 has no capacity and no work.
    expect(rows[0].cells[1]).toEqual({ weekStart: '2026-03-09', capacityHours: 0, demandHours: 0, utilisation: null, band: 'none' });
    // Everyone week 1: (30 + 5 + 10 + 0) / (40 + 20 + 20 + 40) = 45 / 120 = 0.375.
    expect(rows[2].cells[0].utilisation).toBe(0.375);
  });
});

describe('describeCell', () => {
  const cell = (weekStart: string, demandHours: number, capacityHours: number) =>
    ({ weekStart, demandHours, capacityHours, utilisation: capacityHours > 0 ? demandHours / capacityHours : null, band: 'full' as const });

  it('names the team, the ISO week with its Monday, and the load as a percentage and hours', () => {
    // 45 / 40 = 112.5 % → "113%"; 2026-03-02 is the Monday of ISO week 10.
    expect(describeCell('IT', cell('2026-03-02', 45, 40))).toBe('IT, week 2026-W10 (from 2026-03-02): 113%, 45 h of 40 h');
    expect(describeCell('IT', cell('2026-12-28', 7.5, 0))).toBe('IT, week 2026-W53 (from 2026-12-28): no capacity, 7.5 h of work');
    // German: a decimal comma, and Intl's no-break space before %.
    expect(describeCell('IT', cell('2027-01-04', 37.25, 40), 'de-DE')).toBe('IT, week 2027-W01 (from 2027-01-04): 93\u00a0%, 37,25 h of 40 h');
  });
});
