import { isoDateOfSerial, serialOfIsoDate } from '../../src/workbook/excel-date';

describe('Excel date serials', () => {
  it('counts days since 1899-12-30 from March 1900 on', () => {
    // 2026-03-01: 46 082, Excel's serial (=DATE(2026,3,1)); 1900-03-01 is 61, after the fictitious 1900-02-29 (60).
    expect(serialOfIsoDate('2026-03-01')).toBe(46082);
    expect(serialOfIsoDate('1900-03-01')).toBe(61);
    expect(isoDateOfSerial(46082.75)).toBe('2026-03-01');
  });

  it('gives undefined for text that is not a date and serials out of range', () => {
    expect(serialOfIsoDate('2026-02-30')).toBeUndefined();
    expect(isoDateOfSerial(60)).toBeUndefined();
    expect(isoDateOfSerial(Number.NaN)).toBeUndefined();
  });
});
