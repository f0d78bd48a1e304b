/**
 * The laws of the model on random valid plans (fast-check): every paid hour is accounted for,
 * effective hours never exceed capacity or bookings, forecasts never precede the status date,
 * and the check is deterministic.
 */
import fc from 'fast-check';
import { analyseInDetail } from '../../src/core/analyse';
import { readPlan } from '../../src/workbook/read-plan';
import { planArbitrary, RUNS, toWorkbook, type PlanInput } from '../helpers/random-plan';

function analyseInput(input: PlanInput) {
  const read = readPlan(toWorkbook(input));
  if (!read.ok) throw new Error(read.message);
  return analyseInDetail(read.plan, read.diagnostics, { asOf: '2026-03-04', today: '2026-11-23' });
}

const cents = (amount: number) => Math.round(amount * 100);
const sumCents = (values: readonly number[]) => values.reduce((a, b) => a + cents(b), 0);

describe('laws of the model', () => {
  it('accounts for every paid hour: CapEx + OpEx + Idle = paid + other costs, to the cent, every month', () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      const { finance } = analyseInput(input).report;
      finance.months.forEach((_, m) => {
        const { capex, opex, idle, paid, other } = finance.totals;
        expect(cents(capex[m]) + cents(opex[m]) + cents(idle[m])).toBe(cents(paid[m]) + cents(other[m]));
        // Printed rows add up to printed totals.
        expect(sumCents(finance.rows.filter((r) => r.kind !== 'idle').map((r) => r.capex[m]))).toBe(cents(capex[m]));
        expect(sumCents(finance.rows.filter((r) => r.kind !== 'idle').map((r) => r.opex[m]))).toBe(cents(opex[m]));
        expect(sumCents(finance.rows.filter((r) => r.kind === 'idle').map((r) => r.opex[m]))).toBe(cents(idle[m]));
      });
    }), { numRuns: RUNS });
  });

  it('never gives effective hours above capacity or above what was booked', () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      const { model } = analyseInput(input);
      for (const p of model.people) {
        p.capacity.forEach((capacity, w) => {
          expect(p.effectiveOps[w] + p.effectiveProject[w]).toBeLessThanOrEqual(capacity + 1e-9);
          expect(p.effectiveProject[w]).toBeLessThanOrEqual(p.project[w] + 1e-9);
          expect(p.effectiveOps[w]).toBeLessThanOrEqual(p.ops[w] + 1e-9);
        });
      }
    }), { numRuns: RUNS });
  });

  it('never forecasts a finish before the status date', () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      for (const project of analyseInput(input).report.projects) {
        if (project.forecastFinish !== null) expect(project.forecastFinish >= '2026-03-04').toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it('gives utilisation = (ops + project) / capacity, and the same report byte for byte twice', () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      const { report: first, model } = analyseInput(input);
      model.people.forEach((p, i) => {
        // Against the unrounded weekly figures: the report rounds the ratio, not its terms.
        first.people[i].utilization.forEach((u, w) => {
          if (p.capacity[w] === 0) expect(u).toBeNull();
          else expect(Math.abs((u as number) - (p.ops[w] + p.project[w]) / p.capacity[w])).toBeLessThanOrEqual(0.00005 + 1e-12);
        });
      });
      expect(JSON.stringify(analyseInput(input).report)).toBe(JSON.stringify(first));
    }), { numRuns: 50 });
  });
});
