/**
 * Project checks and finance against hand-worked figures. Status date Monday 2026-03-02;
 * Atlas runs Mon 2 March – Fri 29 May 2026: 13 weeks, 65 working days.
 */
import { earnedValue } from '../../src/core/project-check';
import { check, plan } from '../helpers/grids';

// Projects columns: Project, Start, End, Budget, Estimate, CapEx %, Cap start, Cap end, % complete, Actual cost, Other costs, Status
const staff = [['Ann', 'T', 'CC-ENG', 40, null, 50]];

describe('project checks', () => {
  it('forecasts an early finish with negative slip when effective hours cover the work', () => {
    const report = check(plan({
      staff, projects: [['Atlas', '2026-03-02', '2026-05-29', 12000, 200]], assignments: [['Ann', 'Atlas', null, null, 40]],
    }));
    const atlas = report.projects[0];
    // 8 h a day; 200 h are reached on the 25th working day, Friday 3 April. 65 − 25 = 40 working
    // days early. Coverage 520 / 200 = 2.6. Cost 200 h × 50 = 10,000 ≤ 95 % × 12,000 = 11,400.
    expect(atlas).toMatchObject({
      remainingEffort: 200, effectiveHours: 520, scopeCoverage: 2.6, forecastFinish: '2026-04-03', slipDays: -40,
      forecastCost: 10000, budget: 12000, rag: { scope: 'green', time: 'green', cost: 'green' }, evm: null,
    });
    expect(report.conflicts).toEqual([]);
  });

  it('extrapolates past the end at the average rate when the plan falls short', () => {
    const report = check(plan({
      staff, projects: [['Atlas', '2026-03-02', '2026-05-29', 30000, 600]], assignments: [['Ann', 'Atlas', null, null, 20]],
    }));
    const atlas = report.projects[0];
    // 4 h a day × 65 = 260 h by the end; 340 h more at 4 h a day = 85 working days after Fri 29 May:
    // 17 weeks → Friday 25 September. Coverage 260 / 600 = 0.4333: red; slip 85: red.
    // Cost 600 × 50 = 30,000: not above the budget, but above 95 % of it: amber.
    expect(atlas).toMatchObject({
      effectiveHours: 260, scopeCoverage: 0.4333, forecastFinish: '2026-09-25', slipDays: 85,
      forecastCost: 30000, rag: { scope: 'red', time: 'red', cost: 'amber' },
    });
    const kinds = report.conflicts.map((c) => [c.kind, c.severity]);
    expect(kinds).toEqual([['SCOPE_AT_RISK', 'high'], ['SCHEDULE_SLIP', 'high'], ['OVER_BUDGET', 'medium']]);
    expect(report.conflicts[0].message).toBe('Atlas needs 600 h, 260 h effectively available before 29 May 2026: only 260 h are booked from the status date for 600 h remaining; book more time');
  });

  it('has no forecast and no assignments for a project nobody is booked on, costed at the average rate', () => {
    const report = check(plan({
      staff: [...staff, ['Bob', 'T', 'CC', 40, null, 70], ['Cy', 'T', 'CC', 40]],
      projects: [['Ghost', '2026-03-02', '2026-05-29', 5000, 100]],
    }));
    // Blended rate: plain mean of the rates given and above 0: (50 + 70) / 2 = 60 → 100 h × 60 = 6,000 > 5,000.
    expect(report.projects[0]).toMatchObject({
      remainingEffort: 100, effectiveHours: 0, scopeCoverage: 0, forecastFinish: null, slipDays: null, forecastCost: 6000,
      rag: { scope: 'red', time: 'red', cost: 'red' },
    });
    expect(report.conflicts.map((c) => c.kind)).toEqual(['NO_ASSIGNMENTS', 'SCOPE_AT_RISK', 'SCHEDULE_SLIP', 'OVER_BUDGET']);
    expect(report.conflicts[0].cells).toEqual(['Projects!A2']);
  });

  it('has no forecast when the plan\'s rate would finish only after 9999-12-31, Excel\'s last date', () => {
    // Ann books 0.01 h a week on Atlas's one week (Mon 2 – Fri 6 March): 0.002 h a working day.
    const atlas = (estimate: number) => check(plan({
      staff, projects: [['Atlas', '2026-03-02', '2026-03-06', null, estimate]], assignments: [['Ann', 'Atlas', null, null, 0.01]],
    }));
    // 100,000 h at 0.002 h a day: 50 million working days, about 190,000 years.
    const never = atlas(100_000);
    expect(never.projects[0]).toMatchObject({ effectiveHours: 0.01, forecastFinish: null, slipDays: null, rag: { time: 'red' } });
    expect(never.conflicts.find((c) => c.kind === 'SCHEDULE_SLIP')?.message)
      .toBe('Atlas has no forecast finish: at the 0.01 h planned before 6 Mar 2026 it would not reach 100000 h before the year 10000; book more time');
    // 3,000 h: 1.5 million working days (5 a week), about 5,750 years: a date in the 78th century, still given.
    const far = atlas(3_000).projects[0].forecastFinish;
    expect(far).toMatch(/^7\d{3}-\d{2}-\d{2}$/);
  });

  it('uses % complete and actual cost for remaining effort, forecast cost and earned value', () => {
    const report = check(plan({
      staff, projects: [['Atlas', '2026-02-02', '2026-05-29', 40000, 800, null, null, null, '25%', 9000, 2000]],
      assignments: [['Ann', 'Atlas', null, null, 20]],
    }));
    const atlas = report.projects[0];
    // R = 800 × 0.75 = 600 h. Forecast cost = 9,000 + 600 × 50 + 2,000 × 0.75 = 40,500 > 40,000: red.
    // Booked 4 h a day from Mon 2 Feb: 20 working days before s (80 h) and 65 from s (260 h):
    // PV = 40,000 × 80 / 340 = 9,411.76. EV = 10,000. SPI = 10,000 / 9,411.76 = 1.0625;
    // CPI = 10,000 / 9,000 = 1.1111; EAC = 40,000 / 1.1111 = 36,000; ETC = 27,000; VAC = 4,000;
    // TCPI = 30,000 / 31,000 = 0.9677.
    expect(atlas).toMatchObject({ remainingEffort: 600, forecastCost: 40500, rag: { cost: 'red' } });
    expect(atlas.evm).toEqual({
      pv: 9411.76, ev: 10000, ac: 9000, sv: 588.24, cv: 1000, spi: 1.0625, cpi: 1.1111, eac: 36000, etc: 27000, vac: 4000, tcpi: 0.9677,
    });
  });

  it('reads amber and red CPI/SPI from the Settings thresholds', () => {
    const projects = [['Atlas', '2026-03-02', '2026-05-29', 10000, 100, null, null, null, 0.5, 5400]];
    // EV 5,000 / AC 5,400: CPI 0.9259. Default amber 0.95, red 0.9: amber.
    const base = check(plan({ staff, projects, assignments: [['Ann', 'Atlas', null, null, 10]] }));
    expect(base.conflicts.filter((c) => c.kind === 'LOW_CPI').map((c) => c.severity)).toEqual(['medium']);
    const strict = check(plan({ staff, projects, assignments: [['Ann', 'Atlas', null, null, 10]], settings: [['CPI/SPI red', 0.93]] }));
    expect(strict.conflicts.filter((c) => c.kind === 'LOW_CPI').map((c) => c.severity)).toEqual(['high']);
  });
});

describe('earnedValue', () => {
  // The "bread project" of questpond's earned value tutorial
  // (https://www.geocities.ws/projectmanagementquestpond/earnedvalue.htm): 400 breads at $0.02,
  // BAC = $8; at hour 3, 120 breads planned (PV $2.40), 80 made (EV $1.60) for $3 (AC).
  // Published: SV −0.8, CV −1.4, SPI 0.6 (0.667), CPI 0.53, TCPI (8 − 1.6) / (8 − 3) = 1.28.
  it('matches a published worked example', () => {
    const evm = earnedValue(8, 80 / 400, 3, 120 / 400);
    expect(evm.pv).toBeCloseTo(2.4, 10);
    expect(evm.ev).toBeCloseTo(1.6, 10);
    expect(evm.sv).toBeCloseTo(-0.8, 10);
    expect(evm.cv).toBeCloseTo(-1.4, 10);
    expect(evm.spi).toBeCloseTo(0.6667, 4);
    expect(evm.cpi).toBeCloseTo(0.5333, 4);
    expect(evm.tcpi).toBeCloseTo(1.28, 10);
    // EAC = BAC / CPI = 8 / 0.5333 = 15; ETC = 12; VAC = −7.
    expect(evm.eac).toBeCloseTo(15, 10);
    expect(evm.etc).toBeCloseTo(12, 10);
    expect(evm.vac).toBeCloseTo(-7, 10);
  });

  it('gives no figure, never Infinity, when a denominator is 0', () => {
    const evm = earnedValue(1000, 0, 0, 0);
    expect([evm.spi, evm.cpi, evm.eac, evm.etc, evm.vac]).toEqual([null, null, null, null, null]);
    expect(earnedValue(1000, 0.5, 1000, 0.5).tcpi).toBeNull();
  });
});

describe('finance', () => {
  it('splits project labour into CapEx and OpEx at a capitalisation window starting mid-month', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC-ENG', 40, null, 100]],
      projects: [['Atlas', '2026-03-02', '2026-05-29', null, null, '60%', '2026-03-16']],
      assignments: [['Ann', 'Atlas', null, null, 40]],
    }));
    const atlas = report.finance.rows.find((r) => r.kind === 'project' && r.name === 'Atlas');
    // 8 h × 100 = 800 a day. March: 10 working days before the 16th are OpEx (8,000); the 12 from
    // the 16th are 60 % CapEx (5,760) and 40 % OpEx (3,840). April: 22 days × 800 = 17,600 → 10,560 / 7,040.
    // May (1–29): 21 days = 16,800 → 10,080 / 6,720.
    expect(atlas?.capex).toEqual([5760, 10560, 10080]);
    expect(atlas?.opex).toEqual([11840, 7040, 6720]);
    expect(report.finance.totals.idle).toEqual([0, 0, 0]);
  });

  it('spreads other costs over the project\'s working days and keeps every month adding up', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC-ENG', 40, null, 100]],
      duties: [['Desk', 'Ann', null, 10, 'Week', null, null, null, 'CC-OPS']],
      projects: [['Atlas', '2026-03-02', '2026-05-29', null, null, '50%', null, null, null, null, 6500]],
      assignments: [['Ann', 'Atlas', null, null, 20]],
    }));
    // 6,500 over 65 working days = 100 a day; half CapEx (no window: the whole project).
    const { totals, rows } = report.finance;
    expect(totals.other).toEqual([2200, 2200, 2100]);
    const atlas = rows.find((r) => r.kind === 'project');
    // March labour: 4 h × 100 × 22 = 8,800 → 4,400 CapEx + 4,400 OpEx; other 2,200 → 1,100 + 1,100.
    expect(atlas?.capex[0]).toBe(5500);
    expect(rows.find((r) => r.kind === 'ops')?.opex[0]).toBe(4400); // 2 h × 100 × 22
    expect(rows.find((r) => r.kind === 'idle')?.opex[0]).toBe(4400); // 40 − 10 − 20 = 10 h a week idle
    for (let m = 0; m < report.finance.months.length; m++) {
      const sides = Math.round((totals.capex[m] + totals.opex[m] + totals.idle[m]) * 100);
      expect(sides).toBe(Math.round((totals.paid[m] + totals.other[m]) * 100));
    }
  });

  it('costs ops done by the backup at the backup\'s rate, to the duty\'s cost centre', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC-A', 40, null, 100], ['Bob', 'T', 'CC-B', 40, null, 60]],
      duties: [['Desk', 'Ann', 'Bob', 10, 'Week']],
      timeOff: [['Ann', '2026-03-02', '2026-03-31', null]],
    }));
    // Ann is away all March: Bob does 10 h a week = 2 h × 22 days × 60 = 2,640, booked to Ann's
    // duty's cost centre — none given, so Bob's own, CC-B. In April Ann is back: 2 h × 22 × 100 = 4,400 to CC-A.
    const ops = report.finance.rows.filter((r) => r.kind === 'ops');
    expect(ops.map((r) => [r.name, r.opex[0], r.opex[1]])).toEqual([['CC-A', 0, 4400], ['CC-B', 2640, 0]]);
  });
});
