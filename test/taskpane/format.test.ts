import { formatChance, formatDate, formatHours, formatMoney, formatPercent } from '../../src/taskpane/format';
import { moneyText } from '../../src/workbook/report/currency-format';
import { describeRange, rangeRows } from '../../src/taskpane/render-ranges';
import type { ProjectReport } from '../../src/core/report';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('the pane in the workbook locale', () => {
  it('writes money, hours, percentages and dates the German way', () => {
    // Money keeps the sheets' symbol in front (Excel localises only the separators of "€"#,##0.00).
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('€1.234,50');
    expect(formatHours(37.5, 'de-DE')).toBe('37,5 h');
    expect(formatPercent(1.125, 'de-DE')).toBe(`113${NBSP}%`);
    expect(formatChance(0.9982, 'de-DE')).toBe(`99,8${NBSP}%`);
    expect(formatDate('2026-03-02', 'de-DE')).toBe('2. März 2026');
  });

  it('writes them the French way, with narrow no-break spaces in the groups', () => {
    expect(formatMoney(1234.5, 'EUR', 'fr-FR')).toBe(`€1${NNBSP}234,50`);
    expect(formatPercent(0.8, 'fr-FR')).toBe(`80${NBSP}%`);
  });

  it('keeps British English without a locale, and a plain currency text in front', () => {
    expect([formatMoney(1234.5, 'EUR'), formatMoney(1234.5, 'Pounds'), formatHours(2.345), formatDate('2026-03-02')])
      .toEqual(['€1,234.50', 'Pounds 1,234.50', '2.35 h', '2 Mar 2026']);
    expect(formatPercent(null)).toBe('no capacity');
  });
});

describe('formatMoney', () => {
  it('writes money as the summary sheets show it: symbol, thousands, cents, a minus before the symbol', () => {
    expect(formatMoney(39368.614, 'GBP')).toBe('£39,368.61');
    expect(formatMoney(-1234.5, 'EUR')).toBe('-€1,234.50');
    expect(formatMoney(1499.6, 'JPY')).toBe('¥1,500');
    expect(formatMoney(12, 'CHF')).toBe('CHF 12.00');
    expect(formatMoney(12, null)).toBe('12.00');
    expect(formatMoney(-0.001, 'GBP')).toBe('£0.00');
  });

  it('gives the CLI’s and the sheets’ text without a locale', () => {
    for (const currency of ['GBP', 'EUR', 'USD', 'JPY', 'INR', 'SEK', null]) {
      for (const amount of [0, 0.5, -2.25, 1234567.891, -987654.3]) expect(formatMoney(amount, currency)).toBe(moneyText(amount, currency));
    }
  });
});

describe('describeRange', () => {
  const atlas: ProjectReport = {
    name: 'Atlas', remainingEffort: 240, effectiveHours: 260, scopeCoverage: 1.0833, forecastFinish: '2026-05-22', slipDays: -5,
    forecastCost: 17800, budget: 25000, rag: { scope: 'green', time: 'green', cost: 'green' }, evm: null,
    range: {
      p50: { finish: '2026-06-01', cost: 18871.8 }, p80: { finish: '2026-06-18', cost: 21418.22 }, p90: { finish: '2026-06-26', cost: 22701.61 },
      onTime: 0.4896, withinBudget: 0.9933,
    },
  };

  it('says the whole bar in one sentence for a screen reader', () => {
    const [row] = rangeRows([atlas, { ...atlas, name: 'No range', range: null }], () => '2026-05-29');
    expect(describeRange(row)).toBe('Atlas: 50% likely to finish by 1 Jun 2026, 80% by 18 Jun 2026, 90% by 26 Jun 2026; ' +
      'deadline 29 May 2026; chance of finishing on time 49%, of staying within budget 99.3%.');
  });

  it('says it in the workbook locale, and says when there is no forecast date', () => {
    const noForecast = { ...atlas, range: { ...atlas.range!, p90: { finish: null, cost: 1 }, withinBudget: null } };
    const [row] = rangeRows([noForecast], () => '2026-05-29');
    expect(describeRange(row, 'de-DE')).toBe(`Atlas: 50${NBSP}% likely to finish by 1. Juni 2026, 80${NBSP}% by 18. Juni 2026, 90${NBSP}% by no forecast date; ` +
      `deadline 29. Mai 2026; chance of finishing on time 49${NBSP}%.`);
  });
});
