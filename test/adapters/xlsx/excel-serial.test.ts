import { dateToSerial } from '../../../src/adapters/xlsx/excel-serial';

describe('dateToSerial', () => {
  it('counts days since 1899-12-30 in the 1900 system', () => {
    // 2026-01-01 is 46023; 1 March is 31 + 28 days later.
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 1)), false)).toBe(46082);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)), false)).toBe(61);
  });

  it('gives the fictitious 1900-02-29 back as 60 from the date ExcelJS shows for it', () => {
    // ExcelJS converts serial 60 to 1900-02-28 (1899-12-30 + 60 days).
    expect(dateToSerial(new Date(Date.UTC(1900, 1, 28)), false)).toBe(60);
  });

  it('counts days since 1904-01-01 in the 1904 system', () => {
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 1)), true)).toBe(46082 - 1462);
  });

  it('keeps the time of day as the fraction', () => {
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 1, 18)), false)).toBe(46082.75);
  });

  it('gives undefined for an Invalid Date', () => {
    expect(dateToSerial(new Date(Number.NaN), false)).toBeUndefined();
  });
});
