import { coerceDate, coerceNumber, coercePercent, coerceText, coerceYesNo, dayFromSerial, serialFromDay } from '../../src/workbook/coerce';
import { dayFromParts, isoDate } from '../../src/core/calendar';

const iso = (result: ReturnType<typeof coerceDate>) => (result.ok && result.value !== null ? isoDate(result.value) : result);
const dates = { date1904: false, dateOrder: null } as const;

describe('coerceNumber', () => {
  it.each([
    [40, 40], ['40', 40], ['40h', 40], ['40 hrs', 40], ['1,234.50', 1234.5], ['€12,000', 12000], ['12,000 EUR', 12000],
    ['$ 99.5', 99.5], ['-3', -3], ['.5', 0.5], ['1e3', 1000],
  ])('reads %p as %p', (input, expected) => {
    expect(coerceNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([['forty'], ['12,34'], [true], ['1.2.3'], ['40 days']])('rejects %p as NOT_A_NUMBER', (input) => {
    expect(coerceNumber(input)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' });
  });

  it('treats blanks as blank and error values as CELL_ERROR_VALUE', () => {
    expect(coerceNumber(null)).toEqual({ ok: true, value: null });
    expect(coerceNumber('   ')).toEqual({ ok: true, value: null });
    expect(coerceNumber({ error: '#N/A' })).toMatchObject({ ok: false, code: 'CELL_ERROR_VALUE' });
  });
});

describe('coercePercent', () => {
  it('reads 0.5 in a percent cell, "50%" and 50 in a percent column all as 50 %', () => {
    expect(coercePercent(0.5, '0%')).toEqual({ ok: true, value: 0.5 });
    expect(coercePercent('50%')).toEqual({ ok: true, value: 0.5 });
    expect(coercePercent(50)).toEqual({ ok: true, value: 0.5 });
    expect(coercePercent(0.5)).toEqual({ ok: true, value: 0.5 });
  });

  it('reads 1 as 100 % and a percent-formatted 1.5 as 150 %', () => {
    expect(coercePercent(1)).toEqual({ ok: true, value: 1 });
    expect(coercePercent(1.5, '0.0%')).toEqual({ ok: true, value: 1.5 });
  });

  it('rejects text that is not a percentage', () => {
    expect(coercePercent('half')).toMatchObject({ ok: false, code: 'NOT_A_PERCENT' });
  });
});

describe('coerceDate', () => {
  it('reads 1900-system serials, with the fictitious 1900-02-29 as no date', () => {
    // 46083 is 2026-03-02; 61 is 1900-03-01; 59 is 1900-02-28; 1 is 1900-01-01.
    expect(iso(coerceDate(46083, dates))).toBe('2026-03-02');
    expect(iso(coerceDate(61, dates))).toBe('1900-03-01');
    expect(iso(coerceDate(59, dates))).toBe('1900-02-28');
    expect(iso(coerceDate(1, dates))).toBe('1900-01-01');
    expect(coerceDate(60, dates)).toMatchObject({ ok: false, code: 'NOT_A_DATE' });
    expect(iso(coerceDate(46083.75, dates))).toBe('2026-03-02');
  });

  it('reads 1904-system serials', () => {
    // In the 1904 system serial 0 is 1904-01-01 and 44621 is 2026-03-02 (46083 − 1462).
    expect(iso(coerceDate(0, { ...dates, date1904: true }))).toBe('1904-01-01');
    expect(iso(coerceDate(44621, { ...dates, date1904: true }))).toBe('2026-03-02');
  });

  it('round-trips serials and days', () => {
    for (const day of [dayFromParts(1900, 1, 1), dayFromParts(1900, 2, 28), dayFromParts(1900, 3, 1), dayFromParts(2026, 3, 2)]) {
      expect(dayFromSerial(serialFromDay(day), false)).toBe(day);
    }
  });

  it.each([
    ['2026-03-02', '2026-03-02'], ['2017-02-16 00:00:00', '2017-02-16'], ['2026-03-02T10:00:00Z', '2026-03-02'],
    ['24/10/2016', '2016-10-24'], ['5/02/2016 5:00:00 PM', null], ['30/03/2016 5:00:00 PM', '2016-03-30'],
    ['12/31/2026', '2026-12-31'], ['2 Mar 2026', '2026-03-02'], ['March 2, 2026', '2026-03-02'], ['04/04/2026', '2026-04-04'],
  ])('reads the text %p', (text, expected) => {
    const result = coerceDate(text, dates);
    if (expected === null) expect(result).toMatchObject({ ok: false, code: 'AMBIGUOUS_DATE' });
    else expect(iso(result)).toBe(expected);
  });

  it('reads an ambiguous date by the Date order setting', () => {
    expect(iso(coerceDate('03/04/2026', { ...dates, dateOrder: 'DMY' }))).toBe('2026-04-03');
    expect(iso(coerceDate('03/04/2026', { ...dates, dateOrder: 'MDY' }))).toBe('2026-03-04');
  });

  it.each([['2026-02-30'], ['31/31/2026'], ['next week'], [true]])('rejects %p as NOT_A_DATE', (input) => {
    expect(coerceDate(input, dates)).toMatchObject({ ok: false, code: 'NOT_A_DATE' });
  });
});

describe('coerceText and coerceYesNo', () => {
  it('keeps a name beginning with "=" as text and trims spaces', () => {
    expect(coerceText(' =Ann ')).toEqual({ ok: true, value: '=Ann' });
    expect(coerceText(42)).toEqual({ ok: true, value: '42' });
  });

  it('reads yes/no in its usual spellings', () => {
    expect(coerceYesNo('Yes')).toEqual({ ok: true, value: true });
    expect(coerceYesNo(false)).toEqual({ ok: true, value: false });
    expect(coerceYesNo('n')).toEqual({ ok: true, value: false });
    expect(coerceYesNo('maybe')).toMatchObject({ ok: false, code: 'UNKNOWN_VALUE' });
  });
});

describe('coerceText', () => {
  it('refuses a non-finite number rather than turning it into the text "NaN"', () => {
    // Found by the junk property (seed -1030351676): a NaN owner became the name "NaN".
    expect(coerceText(Number.NaN)).toEqual({ ok: false, code: 'NOT_A_NUMBER', message: 'holds an invalid number' });
    expect(coerceText(40)).toEqual({ ok: true, value: '40' });
  });
});
