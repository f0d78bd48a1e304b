import { asFileBorders, fileBorders, officeLine } from '../../../src/adapters/office/cell-borders';

describe('cell borders between Excel and the record', () => {
  it('records Excel edges in the file’s terms and draws them back the same', () => {
    const lines = [
      { style: 'Continuous', weight: 'Medium', color: '#00B050' },
      { style: 'None', weight: 'Thin', color: '#000000' },
      { style: 'Dot', weight: 'Thin', color: '#ff0000' },
      { style: 'Double', weight: 'Thick', color: '#000000' },
    ];
    const record = fileBorders(lines);
    expect(record).toEqual({
      top: { style: 'medium', color: { argb: 'FF00B050' } },
      left: { style: 'dotted', color: { argb: 'FFFF0000' } },
      right: { style: 'double', color: { argb: 'FF000000' } },
    });
    expect(officeLine(record.top)).toEqual({ style: 'Continuous', weight: 'Medium', color: '#00B050' });
    expect(officeLine(record.left)).toEqual({ style: 'Dot', weight: 'Thin', color: '#FF0000' });
    expect(officeLine(record.bottom)).toEqual({ style: 'None', weight: 'Thin', color: '#000000' });
  });

  it('reads the .xlsx door’s record (the file’s <border> XML) and a null record as no border', () => {
    const xml = '<border><left style="thin"><color rgb="FF00B050"/></left><right/><top style="dashed"/><bottom style="none"/><diagonal/></border>';
    expect(asFileBorders({ borderId: 3, border: xml })).toEqual({
      left: { style: 'thin', color: { argb: 'FF00B050' } },
      top: { style: 'dashed' },
    });
    expect(asFileBorders(null)).toEqual({});
    expect(asFileBorders('junk')).toBeUndefined();
  });
});
