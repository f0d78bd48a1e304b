/**
 * The Finance Ledger's law on random plans: month by month its amounts add up, to the cent, to
 * CapEx + OpEx + Idle of the report, which equals paid + other costs.
 */
import fc from 'fast-check';
import { analyse } from '../../../src/core/analyse';
import { readPlan } from '../../../src/workbook/read-plan';
import { buildLedgerSheet } from '../../../src/workbook/report/ledger-sheet';
import { serialOfIsoDate } from '../../../src/workbook/excel-date';
import { planArbitrary, RUNS, toWorkbook } from '../../helpers/random-plan';

const cents = (amount: number) => Math.round(amount * 100);

describe('Finance Ledger laws', () => {
  it('adds up, month by month, to CapEx + OpEx + Idle = paid + other costs, with no zero line', () => {
    fc.assert(fc.property(planArbitrary, (input) => {
      const read = readPlan(toWorkbook(input));
      if (!read.ok) throw new Error(read.message);
      const report = analyse(read.plan, read.diagnostics, { asOf: '2026-03-04', today: '2026-11-23' });
      const lines = buildLedgerSheet(read.plan, report).values.slice(1).filter((line) => line[0] !== null);
      const { months, totals } = report.finance;
      months.forEach((month, m) => {
        const serial = serialOfIsoDate(`${month}-01`);
        const ofMonth = lines.filter((line) => line[0] === serial);
        const sum = ofMonth.reduce((total, line) => total + cents(line[5] as number), 0);
        expect(sum).toBe(cents(totals.capex[m]) + cents(totals.opex[m]) + cents(totals.idle[m]));
        expect(sum).toBe(cents(totals.paid[m]) + cents(totals.other[m]));
        for (const type of ['CapEx', 'OpEx', 'Idle'] as const) {
          const typed = ofMonth.filter((line) => line[4] === type).reduce((total, line) => total + cents(line[5] as number), 0);
          expect(typed).toBe(cents(totals[type === 'CapEx' ? 'capex' : type === 'OpEx' ? 'opex' : 'idle'][m]));
        }
      });
      expect(lines.every((line) => line[5] !== 0)).toBe(true);
      expect(lines.length).toBe(lines.filter((line) => months.some((month) => serialOfIsoDate(`${month}-01`) === line[0])).length);
    }), { numRuns: RUNS });
  });
});
