/**
 * Text numbers and dates in the workbook's locale, on every number and date column of the
 * contract. Each locale's grid is the same plan typed as text the way a user of that locale types
 * it; read with Settings "Locale" it must give exactly the plan typed as real numbers and dates.
 */
import type { Plan } from '../../src/core/model';
import type { CellValue } from '../../src/workbook/grid';
import { localeRules } from '../../src/workbook/locale-rules';
import { readPlan } from '../../src/workbook/read-plan';
import { workbook, type Grid } from '../helpers/grids';

/** How one locale writes each figure of the plan: hand-typed literals. */
interface Typed {
  readonly dates: readonly [string, string, string, string];
  readonly hours: string; readonly fte: string; readonly rate: string; readonly budget: string;
  readonly estimate: string; readonly low: string; readonly high: string; readonly capex: string; readonly complete: string;
  readonly actual: string; readonly other: string; readonly allocation: string; readonly leaveHours: string; readonly dutyHours: string;
  readonly threshold: string; readonly budgetWarning: string; readonly cpiAmber: string;
}

// The figures: dates 2 Mar, 4 May, 12 Jun, 11 Jan 2026 (every one ambiguous between day- and
// month-first); 37.5 h; FTE 0.8; rate 1,234.50; budget 120,000; estimate 1,500.25 (low 1,200,
// high 2,000.5); CapEx 12.5 %; complete 80 %; actual 45,678.90; other 2,500; allocation 50 %;
// leave 7.5 h; duty 2.5 h a week; threshold 110 %; budget warning 92.5 %; CPI/SPI amber 0.95.
const NNBSP = '\u202f';
const NBSP = '\u00a0';
const TYPED: Readonly<Record<string, Typed>> = {
  'de-DE': {
    dates: ['02.03.2026', '04.05.2026', '12.06.2026', '11.01.2026'], hours: '37,5', fte: '0,8', rate: '1.234,50 €', budget: '120.000 €',
    estimate: '1.500,25', low: '1.200', high: '2.000,5', capex: '12,5 %', complete: '80 %', actual: '45.678,90 €', other: '2.500 €',
    allocation: '50 %', leaveHours: '7,5', dutyHours: '2,5', threshold: '110 %', budgetWarning: '92,5 %', cpiAmber: '0,95',
  },
  'fr-FR': {
    dates: ['02/03/2026', '04/05/2026', '12/06/2026', '11/01/2026'], hours: '37,5', fte: '0,8', rate: `1${NNBSP}234,50${NBSP}€`, budget: `120${NBSP}000 €`,
    estimate: `1${NNBSP}500,25`, low: '1 200', high: `2${NBSP}000,5`, capex: `12,5${NNBSP}%`, complete: `80${NBSP}%`, actual: `45${NNBSP}678,90${NNBSP}€`,
    other: `2${NNBSP}500 €`, allocation: '50 %', leaveHours: '7,5', dutyHours: '2,5', threshold: '110 %', budgetWarning: '92,5 %', cpiAmber: '0,95',
  },
  'en-GB': {
    dates: ['02/03/2026', '04/05/2026', '12/06/2026', '11/01/2026'], hours: '37.5', fte: '0.8', rate: '£1,234.50', budget: '£120,000',
    estimate: '1,500.25', low: '1,200', high: '2,000.5', capex: '12.5%', complete: '80%', actual: '£45,678.90', other: '£2,500',
    allocation: '50%', leaveHours: '7.5', dutyHours: '2.5', threshold: '110%', budgetWarning: '92.5%', cpiAmber: '0.95',
  },
  'en-US': {
    dates: ['03/02/2026', '05/04/2026', '06/12/2026', '01/11/2026'], hours: '37.5', fte: '0.8', rate: '$1,234.50', budget: '$120,000',
    estimate: '1,500.25', low: '1,200', high: '2,000.5', capex: '12.5%', complete: '80%', actual: '$45,678.90', other: '$2,500',
    allocation: '50%', leaveHours: '7.5 h', dutyHours: '2.5', threshold: '110%', budgetWarning: '92.5%', cpiAmber: '0.95',
  },
  'de-CH': {
    dates: ['02.03.2026', '04.05.2026', '12.06.2026', '11.01.2026'], hours: '37.5', fte: '0.8', rate: "CHF 1'234.50", budget: '120’000 CHF',
    estimate: "1'500.25", low: '1’200', high: "2'000.5", capex: '12.5 %', complete: '80 %', actual: "45'678.90", other: '2’500',
    allocation: '50 %', leaveHours: '7.5', dutyHours: '2.5', threshold: '110 %', budgetWarning: '92.5 %', cpiAmber: '0.95',
  },
  'ja-JP': {
    dates: ['2026/03/02', '2026/05/04', '2026/06/12', '2026/01/11'], hours: '37.5', fte: '0.8', rate: '¥1,234.50', budget: '¥120,000',
    estimate: '1,500.25', low: '1,200', high: '2,000.5', capex: '12.5%', complete: '80%', actual: '45,678.90', other: '2,500',
    allocation: '50%', leaveHours: '7.5', dutyHours: '2.5', threshold: '110%', budgetWarning: '92.5%', cpiAmber: '0.95',
  },
};

/** The same plan with real numbers and ISO dates: what every locale's text must read as. */
const REAL: Typed = {
  dates: ['2026-03-02', '2026-05-04', '2026-06-12', '2026-01-11'], hours: '37.5', fte: '0.8', rate: '1234.5', budget: '120000',
  estimate: '1500.25', low: '1200', high: '2000.5', capex: '0.125', complete: '0.8', actual: '45678.9', other: '2500',
  allocation: '0.5', leaveHours: '7.5', dutyHours: '2.5', threshold: '110', budgetWarning: '0.925', cpiAmber: '0.95',
};

/** Every number and date column of the contract, written as `t` writes them. */
function grids(t: Typed, settings: Grid = [], real = false): Record<string, Grid> {
  const n = (text: string): CellValue => (real ? Number(text) : text);
  const [a, b, c, d] = t.dates;
  return {
    Settings: [['Key', 'Value'], ...settings, ['Status date', a], ['Horizon start', a], ['Horizon end', d.replace(/2026/, '2027')],
      ['Standard hours per week', n(t.hours)], ['Over-allocation threshold', n(t.threshold)], ['Budget warning', n(t.budgetWarning)],
      ['CPI/SPI amber', n(t.cpiAmber)]],
    Staff: [['Name', 'Hours per week', 'FTE', 'Hourly rate', 'Start date', 'End date'],
      ['Ann', n(t.hours), null, n(t.rate), d, c], ['Bob', null, n(t.fte), n(t.rate), a, null]],
    'Ops Duties': [['Duty', 'Owner', 'Hours', 'Per', 'Hours per week', 'Start', 'End'],
      ['Payroll', 'Ann', n(t.dutyHours), 'Week', null, a, c], ['Rota', 'Bob', null, null, n(t.dutyHours), null, b]],
    Projects: [['Project', 'Start', 'End', 'Budget', 'Estimate', 'Estimate low', 'Estimate high', 'CapEx %', 'Capitalisation start',
      'Capitalisation end', '% complete', 'Actual cost', 'Other costs'],
    ['Atlas', d, c, n(t.budget), n(t.estimate), n(t.low), n(t.high), n(t.capex), a, b, n(t.complete), n(t.actual), n(t.other)]],
    Assignments: [['Person', 'Project', 'From', 'To', 'Hours per week', 'Allocation %'],
      ['Ann', 'Atlas', a, b, n(t.hours), null], ['Bob', 'Atlas', a, c, null, n(t.allocation)]],
    'Time Off': [['Person', 'From', 'To', 'Hours'], ['Ann', b, b, n(t.leaveHours)]],
    Holidays: [['Date', 'Name'], [c, 'Midsummer']],
  };
}

function planOf(sheets: Record<string, Grid>, locale?: string): { plan: Plan; diagnostics: readonly unknown[] } {
  const read = readPlan(workbook(sheets), { locale });
  if (!read.ok) throw new Error(read.message);
  return { plan: read.plan, diagnostics: read.diagnostics };
}

const expected = planOf(grids(REAL, [], true)).plan;

describe('reading text in a locale', () => {
  it('gives de-CH the apostrophe group separator from Intl', () => {
    expect(["'", '’']).toContain(new Intl.NumberFormat('de-CH').formatToParts(1234).find((p) => p.type === 'group')?.value);
    expect(localeRules('de-CH')).toMatchObject({ decimal: '.', dateOrder: 'DMY' });
    expect(localeRules('fr-FR')?.groups).toContain('\u202f');
    expect([localeRules('en-US')?.dateOrder, localeRules('ja-JP')?.dateOrder, localeRules('de-DE')?.decimal]).toEqual(['MDY', 'YMD', ',']);
  });

  it.each(Object.keys(TYPED))('reads every number and date column typed in %s exactly as the real values, with no diagnostics', (tag) => {
    const { plan, diagnostics } = planOf(grids(TYPED[tag], [['Locale', tag]]));
    expect(diagnostics).toEqual([]);
    expect(plan).toEqual({ ...expected, settings: { ...expected.settings, locale: tag } });
  });

  it('needs the locale: the German text read by the default rules is full of errors', () => {
    const { diagnostics } = planOf(grids(TYPED['de-DE']));
    const codes = new Set((diagnostics as { code: string }[]).map((d) => d.code));
    expect([...codes]).toEqual(expect.arrayContaining(['AMBIGUOUS_DATE', 'NOT_A_NUMBER', 'NOT_A_PERCENT']));
  });

  it("takes the door's default when Settings has no Locale, and Settings over the door", () => {
    expect(planOf(grids(TYPED['de-DE']), 'de-DE')).toEqual({ plan: { ...expected, settings: { ...expected.settings, locale: 'de-DE' } }, diagnostics: [] });
    // Settings says en-GB: the door's de-DE is not used, so "37,5" is not a number.
    const overridden = planOf(grids(TYPED['de-DE'], [['Locale', 'en-GB']]), 'de-DE');
    expect(overridden.plan.settings.locale).toBe('en-GB');
    expect((overridden.diagnostics as { code: string }[]).some((d) => d.code === 'NOT_A_NUMBER')).toBe(true);
  });

  it('lets "Date order" win over the locale', () => {
    const { plan } = planOf(grids(TYPED['de-DE'], [['Locale', 'de-DE'], ['Date order', 'MDY']]));
    // 02.03.2026 month-first is 3 February 2026 (day 20487 = 20514 − 27).
    expect(plan.settings.statusDate).toBe(expected.settings.statusDate as number - 27);
  });

  it('never reinterprets real numbers and dates in cells', () => {
    // A real 1.5, a real 1.234 (not "1.234" = 1234 as German text would be) and a real date serial
    // under de-DE stay 1.5 h, 1.234 h and 2 March 2026.
    const sheets = grids(REAL, [['Locale', 'de-DE']], true);
    sheets.Staff = [['Name', 'Hours per week', 'Start date'], ['Ann', 1.5, 46083], ['Bob', 1.234, null]];
    const { plan, diagnostics } = planOf(sheets);
    expect(diagnostics.filter((d) => (d as { severity: string }).severity === 'error')).toEqual([]);
    expect(plan.people.map((p) => [p.hoursPerWeek, p.start])).toEqual([[1.5, expected.settings.statusDate], [1.234, null]]);
  });

  it('reports a Locale it cannot use and reads with the default rules', () => {
    const { plan, diagnostics } = planOf(grids(REAL, [['Locale', 'not a locale!']], true));
    expect(plan.settings.locale).toBeNull();
    expect(diagnostics).toEqual([{ severity: 'warning', code: 'UNKNOWN_VALUE', sheet: 'Settings', cell: 'B2', message: 'Locale "not a locale!" is not a language tag such as de-DE or en-GB: ignored' }]);
  });
});
