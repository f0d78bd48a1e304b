/**
 * The estimate-range forecast against hand-worked figures. Status date Monday 2026-03-02; Atlas
 * runs Mon 2 March – Fri 29 May 2026: 13 weeks, 65 working days. Ann works 40 h a week at 50 an
 * hour, so a 20 h/week booking gives 4 effective hours a working day (H = 260 h to the End) and a
 * 40 h/week booking 8 (H = 520 h).
 */
import { triangularCdf, triangularQuantile } from '../../src/core/triangular';
import { check, DUTY_HEADER, STAFF_HEADER, workbook, type Grid } from '../helpers/grids';

const HEADER = ['Project', 'Start', 'End', 'Budget', 'Estimate', 'Estimate low', 'Estimate high', '% complete', 'Actual cost', 'Other costs'];
const ASSIGNMENT_HEADER = ['Person', 'Project', 'Hours per week'];

/** Atlas with the given figures, Ann booked `hoursPerWeek` on it. */
function atlas(figures: { budget?: number; estimate: number | null; low?: number | null; high?: number | null; complete?: string; actual?: number; other?: number },
  hoursPerWeek: number, options: { rate?: number | null; header?: string[] } = {}) {
  const staff: Grid = [STAFF_HEADER, ['Ann', 'T', 'CC', 40, null, options.rate === undefined ? 50 : options.rate]];
  const projects: Grid = [options.header ?? HEADER, ['Atlas', '2026-03-02', '2026-05-29', figures.budget ?? null, figures.estimate,
    figures.low ?? null, figures.high ?? null, figures.complete ?? null, figures.actual ?? null, figures.other ?? null]];
  return check(workbook({ Staff: staff, 'Ops Duties': [DUTY_HEADER], Projects: projects, Assignments: [ASSIGNMENT_HEADER, ['Ann', 'Atlas', hoursPerWeek]] }));
}

describe('triangular distribution', () => {
  it('gives the quantiles and CDF of DESIGN.md, the CDF undoing the quantile', () => {
    const t = { a: 200, m: 300, b: 500 };
    // (m − a)/(b − a) = 1/3 < 0.5, so E_0.5 = 500 − √(0.5 × 300 × 200) = 500 − √30000 = 326.7949.
    expect(triangularQuantile(t, 0.5)).toBeCloseTo(326.7949, 4);
    // p = 0.25 ≤ 1/3: 200 + √(0.25 × 300 × 100) = 200 + √7500 = 286.6025.
    expect(triangularQuantile(t, 0.25)).toBeCloseTo(286.6025, 4);
    for (const p of [0.1, 0.25, 0.5, 0.8, 0.9]) expect(triangularCdf(t, triangularQuantile(t, p))).toBeCloseTo(p, 12);
    expect([triangularCdf(t, 100), triangularCdf(t, 200), triangularCdf(t, 500), triangularCdf(t, 900)]).toEqual([0, 0, 1, 1]);
  });

  it('never divides by zero on a degenerate shape', () => {
    // a = b: a step at a; a = m and m = b use only the branch whose denominator is above 0.
    expect([triangularQuantile({ a: 300, m: 300, b: 300 }, 0.8), triangularCdf({ a: 300, m: 300, b: 300 }, 299), triangularCdf({ a: 300, m: 300, b: 300 }, 300)]).toEqual([300, 0, 1]);
    expect(triangularCdf({ a: 300, m: 300, b: 500 }, 300)).toBe(0);
    expect(triangularCdf({ a: 200, m: 400, b: 400 }, 399.999)).toBeLessThan(1);
    expect(triangularQuantile({ a: 0, m: 0, b: 0 }, 0.5)).toBe(0);
  });
});

describe('estimate range forecast', () => {
  it('extrapolates each quantile past the End, with % complete, actuals and other costs', () => {
    const report = atlas({ budget: 25000, estimate: 300, low: 200, high: 500, complete: '20%', actual: 5000, other: 1000 }, 20);
    const project = report.projects[0];
    // a = 200, m = 300, b = 500: (m−a)/(b−a) = 1/3, so every p ≥ 0.5 takes the upper branch:
    //   E50 = 500 − √(0.5 × 300 × 200) = 326.7949 → R50 = × 0.8 = 261.4359 h
    //   E80 = 500 − √(0.2 × 60000)     = 390.4555 → R80 = 312.3644 h
    //   E90 = 500 − √(0.1 × 60000)     = 422.5403 → R90 = 338.0323 h
    // H = 260 h by Fri 29 May, all three above it: extrapolate at 260 / 65 = 4 h a working day.
    //   P50: ⌈1.4359 / 4⌉ = 1 working day after 29 May → Mon 1 Jun
    //   P80: ⌈52.3644 / 4⌉ = 14 → Thu 18 Jun;  P90: ⌈78.0323 / 4⌉ = 20 → Fri 26 Jun
    // Cost = 5,000 + R × 50 + 1,000 × 0.8: 18,871.80, 21,418.22, 22,701.61.
    // On time: F(260 / 0.8 = 325) = 1 − (500 − 325)² / (300 × 200) = 1 − 30625 / 60000 = 0.4896.
    // Within budget: (25,000 − 5,000 − 800) / 50 = 384 h remaining = 480 h in all;
    //   F(480) = 1 − 20² / 60000 = 0.9933.
    expect(project.range).toEqual({
      p50: { finish: '2026-06-01', cost: 18871.8 }, p80: { finish: '2026-06-18', cost: 21418.22 }, p90: { finish: '2026-06-26', cost: 22701.61 },
      onTime: 0.4896, withinBudget: 0.9933,
    });
    // The single forecast is unchanged: R = 240 h is reached on the 60th working day, Fri 22 May.
    expect(project).toMatchObject({ remainingEffort: 240, forecastFinish: '2026-05-22', forecastCost: 5000 + 240 * 50 + 800 });
    expect(report.diagnostics).toEqual([]);
  });

  it('handles a = m (the most likely is the best case) and finishes inside the plan', () => {
    const report = atlas({ estimate: 300, low: 300, high: 500 }, 40);
    // (m−a)/(b−a) = 0: E_p = 500 − √((1−p) × 200 × 200) = 500 − 200 √(1−p):
    //   E50 = 358.5786, E80 = 410.5573, E90 = 436.7544 (c = 0, so R_p = E_p).
    // 8 h a day: ⌈R/8⌉ = 45th, 52nd, 55th working day from Mon 2 Mar: Fri 1 May, Tue 12 May, Fri 15 May.
    // Costs R × 50. H = 520 ≥ b: on time for certain. No budget: no within-budget chance.
    expect(report.projects[0].range).toEqual({
      p50: { finish: '2026-05-01', cost: 17928.93 }, p80: { finish: '2026-05-12', cost: 20527.86 }, p90: { finish: '2026-05-15', cost: 21837.72 },
      onTime: 1, withinBudget: null,
    });
  });

  it('handles m = b (the most likely is the worst case), read through the Optimistic/Pessimistic aliases', () => {
    const header = ['Project', 'Start', 'End', 'Budget', 'Estimate', 'Optimistic', 'Pessimistic', '% complete', 'Actual cost', 'Other costs'];
    const report = atlas({ budget: 15000, estimate: 400, low: 200, high: 400 }, 20, { header });
    // (m−a)/(b−a) = 1: E_p = 200 + √(p × 200 × 200) = 200 + 200 √p: 341.4214, 378.8854, 389.7367.
    // H = 260 at 4 h a day: ⌈81.4214/4⌉ = 21, ⌈118.8854/4⌉ = 30, ⌈129.7367/4⌉ = 33 working days
    // after Fri 29 May: Mon 29 Jun, Fri 10 Jul, Wed 15 Jul.
    // On time: F(260) = (260 − 200)² / (200 × 200) = 0.09. Within budget: 15,000 / 50 = 300 h;
    // F(300) = 100² / 40000 = 0.25.
    expect(report.projects[0].range).toEqual({
      p50: { finish: '2026-06-29', cost: 17071.07 }, p80: { finish: '2026-07-10', cost: 18944.27 }, p90: { finish: '2026-07-15', cost: 19486.83 },
      onTime: 0.09, withinBudget: 0.25,
    });
  });

  it('collapses to the single forecast when a = m = b', () => {
    const report = atlas({ budget: 15000, estimate: 300, low: 300, high: 300 }, 20);
    // E_p = 300 for every p: 40 h past H = 260 at 4 h a day = 10 working days after 29 May → Fri 12 Jun.
    // F is a step at 300: F(260) = 0 (late for certain); cost 15,000 = budget: F(300) = 1.
    const point = { finish: '2026-06-12', cost: 15000 };
    expect(report.projects[0].range).toEqual({ p50: point, p80: point, p90: point, onTime: 0, withinBudget: 1 });
    expect(report.projects[0]).toMatchObject({ forecastFinish: '2026-06-12', forecastCost: 15000 });
  });

  it('gives no within-budget chance without a rate, and no NaN anywhere', () => {
    // No hourly rate anywhere: the blended rate is 0, so cost does not depend on effort; DESIGN.md
    // asks for a chance only when the rate is known.
    const report = atlas({ budget: 15000, estimate: 300, low: 200, high: 500 }, 20, { rate: null });
    const range = report.projects[0].range;
    expect(range?.withinBudget).toBeNull();
    expect(range?.p80.cost).toBe(0);
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('is certain when the project is complete (c = 1): nothing remains, finish at the status date', () => {
    const report = atlas({ budget: 6000, estimate: 300, low: 200, high: 500, complete: '100%', actual: 5000, other: 1000 }, 20);
    // R_p = E_p × 0 = 0: finish = s; cost = 5,000 + 0 + 1,000 × 0 = 5,000 ≤ 6,000.
    const point = { finish: '2026-03-02', cost: 5000 };
    expect(report.projects[0].range).toEqual({ p50: point, p80: point, p90: point, onTime: 1, withinBudget: 1 });
  });

  it('reports ESTIMATE_RANGE as a warning and keeps the row on its single Estimate when low > Estimate', () => {
    const report = atlas({ estimate: 300, low: 400, high: 500 }, 20);
    expect(report.diagnostics).toEqual([{
      severity: 'warning', code: 'ESTIMATE_RANGE', sheet: 'Projects', cell: 'F2',
      message: 'Estimate low 400 h is above Estimate 300 h: the range is ignored (it needs low ≤ Estimate ≤ high)',
    }]);
    expect(report.projects[0]).toMatchObject({ name: 'Atlas', remainingEffort: 300, range: null });
  });

  it('reports ESTIMATE_RANGE when Estimate is above high, or half the range is blank', () => {
    expect(atlas({ estimate: 600, low: 400, high: 500 }, 20).diagnostics.map((d) => [d.code, d.cell])).toEqual([['ESTIMATE_RANGE', 'G2']]);
    expect(atlas({ estimate: 300, low: 200 }, 20).diagnostics.map((d) => [d.code, d.cell, d.severity])).toEqual([['ESTIMATE_RANGE', 'G2', 'warning']]);
    expect(atlas({ estimate: null, low: 200, high: 500 }, 20).diagnostics.map((d) => [d.code, d.cell])).toEqual([['ESTIMATE_RANGE', 'E2']]);
    expect(atlas({ estimate: 300 }, 20).projects[0].range).toBeNull();
  });
});
