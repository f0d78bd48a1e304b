import { formatNumber } from '../../../src/workbook/report/format-number';

const GBP = '"£"#,##0.00;[Red]-"£"#,##0.00;"–"';

describe('formatNumber', () => {
  it('picks the positive, negative and zero sections of a money format', () => {
    expect(formatNumber(39368.614, GBP)).toBe('£39,368.61');
    expect(formatNumber(-1234.5, GBP)).toBe('-£1,234.50');
    expect(formatNumber(0, GBP)).toBe('–');
  });

  it('adds the minus itself when the format has no negative section', () => {
    expect(formatNumber(-1234567.891, '#,##0.00')).toBe('-1,234,567.89');
    expect(formatNumber(-3, '0')).toBe('-3');
  });

  it('multiplies by 100 for a percentage and rounds half away from zero like Excel', () => {
    expect(formatNumber(0.125, '0%')).toBe('13%');
    expect(formatNumber(12.5, '0%')).toBe('1250%');
  });

  it('shows a date serial as an ISO date', () => {
    // 46082 = 2026-03-01: 2026-03-01 is day 20513 since 1970-01-01, + 25569.
    expect(formatNumber(46082, 'yyyy-mm-dd')).toBe('2026-03-01');
  });

  it('writes General numbers to 10 significant digits', () => {
    expect(formatNumber(1 / 3, null)).toBe('0.3333333333');
    expect(formatNumber(42, 'General')).toBe('42');
  });

  it('keeps quoted text, escaped characters and literals', () => {
    expect(formatNumber(5, '0" h"')).toBe('5 h');
    expect(formatNumber(5, '\\(0\\)')).toBe('(5)');
    expect(formatNumber(0.5, '0.00 x')).toBe('0.50 x');
  });
});
