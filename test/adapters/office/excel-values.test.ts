import { cellToWrite, toCellValue, toNumberFormat } from '../../../src/adapters/office/excel-values';
import { excelColor, fillSnapshot } from '../../../src/adapters/office/fill-colors';

describe('toCellValue', () => {
  it('maps Excel blanks to null and error texts to CellError, and keeps other values', () => {
    expect(['', '#N/A', '#REF!', '#SPILL!', 'N/A', 0, false, 45658].map(toCellValue)).toEqual([
      null, { error: '#N/A' }, { error: '#REF!' }, { error: '#SPILL!' }, 'N/A', 0, false, 45658,
    ]);
  });
});

describe('toNumberFormat', () => {
  it('gives null for General and keeps other formats', () => {
    expect(['General', '0%', 'yyyy-mm-dd', ''].map(toNumberFormat)).toEqual([null, '0%', 'yyyy-mm-dd', null]);
  });
});

describe('cellToWrite', () => {
  it('writes every string as Text and blanks as ""', () => {
    expect(cellToWrite('=evil', '0%')).toEqual({ value: '=evil', format: '@' });
    expect(cellToWrite('1-2', null)).toEqual({ value: '1-2', format: '@' });
    expect(cellToWrite(null, null)).toEqual({ value: '', format: 'General' });
    expect(cellToWrite(0.5, '0%')).toEqual({ value: 0.5, format: '0%' });
    expect(cellToWrite(Number.NaN, null)).toEqual({ value: '', format: 'General' });
  });
});

describe('fillSnapshot', () => {
  it('tells no fill from white by tintAndShade when the host has it', () => {
    expect(fillSnapshot('#FFFFFF', null)).toEqual({ color: null });
    expect(fillSnapshot('#FFFFFF', 0)).toEqual({ color: 'FFFFFF' });
    expect(fillSnapshot('#c6efce', 0)).toEqual({ color: 'C6EFCE' });
  });

  it('takes white as no fill on a host without tintAndShade', () => {
    expect(fillSnapshot('#FFFFFF', undefined)).toEqual({ color: null });
    expect(fillSnapshot('#FFC7CE', undefined)).toEqual({ color: 'FFC7CE' });
    expect(fillSnapshot(null, undefined)).toEqual({ color: null });
  });

  it('writes colours with a leading #', () => {
    expect(excelColor('ffc7ce')).toBe('#FFC7CE');
  });
});
