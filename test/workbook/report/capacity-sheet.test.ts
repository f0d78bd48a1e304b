import { cellsThatDoNotFit } from './fits';
import { buildCapacitySheet } from '../../../src/workbook/report/capacity-sheet';
import { makePerson, makePersonReport, makePlan, makeReport, samplePlan, sampleReport } from './fixtures';

describe('buildCapacitySheet', () => {
  const sheet = buildCapacitySheet(samplePlan(), sampleReport());

  it('writes ISO weeks over Monday dates, then one row per person with team and role', () => {
    expect(sheet.key).toBe('capacity');
    expect(sheet.title).toBe('Capacity');
    expect(sheet.values.slice(0, 6)).toEqual([
      [null, null, 'ISO week', '2026-W10', '2026-W11'],
      ['Name', 'Team', 'Role', '2026-03-02', '2026-03-09'],
      ['Ada', 'Ops', 'Engineer', 0.75, 1.25],
      ['Ben', 'Ops', 'Analyst', 1.25, null],
      // A name beginning with "=" is written as the same plain string: no apostrophe added.
      ['=Cy', null, null, 0.5, 1.25],
      ['Dee', 'Apps', 'Designer', null, null],
    ]);
  });

  it('adds a totals row per team in text order, then one for everyone', () => {
    // Apps: Dee has no capacity in either week → blank, blank.
    // Ops:  week 1 (10+20 + 5+20) / (40+20) = 55/60 = 0.91666… → 0.9167
    //       week 2 (20+30 + 0+0)  / (40+0)  = 50/40 = 1.25
    // Everyone (=Cy has no team but counts here):
    //       week 1 (30 + 25 + 16 + 0) / (40 + 20 + 32 + 0) = 71/92 = 0.77173… → 0.7717
    //       week 2 (50 + 0 + 40 + 5)  / (40 + 0 + 32 + 0)  = 95/72 = 1.31944… → 1.3194
    expect(sheet.values.slice(6)).toEqual([
      ['Team total', 'Apps', null, null, null],
      ['Team total', 'Ops', null, 0.9167, 1.25],
      ['Total (everyone)', null, null, 0.7717, 1.3194],
    ]);
  });

  it('formats the whole utilisation block, totals included, as 0% with one colour scale', () => {
    const block = { row: 2, col: 3, rowCount: 7, colCount: 2 };
    expect(sheet.numberFormats).toEqual([{ range: block, format: '0%' }]);
    expect(sheet.conditionalFormats).toEqual([{
      type: 'colorScale',
      range: block,
      min: { value: 0, color: '9BC2E6' },
      mid: { value: 1, color: 'FFFFFF' },
      max: { value: 1.2, color: 'F8696B' },
    }]);
  });

  it('centres the colour scale on the over-allocation threshold and keeps red above it', () => {
    const at110 = buildCapacitySheet(makePlan([], { overallocationThreshold: 1.1 }), sampleReport());
    const at150 = buildCapacitySheet(makePlan([], { overallocationThreshold: 1.5 }), sampleReport());
    const scale = (patch: typeof at110) => patch.conditionalFormats[0];
    expect(scale(at110)).toMatchObject({ mid: { value: 1.1 }, max: { value: 1.2 } });
    expect(scale(at150)).toMatchObject({ mid: { value: 1.5 }, max: { value: 1.7 } });
  });

  it('styles two header rows and the totals rows, and freezes the headers and the Name column', () => {
    expect(sheet.styles).toEqual([
      { range: { row: 0, col: 0, rowCount: 2, colCount: 5 }, bold: true, fill: 'D9E1F2' },
      { range: { row: 6, col: 0, rowCount: 3, colCount: 5 }, bold: true, fill: 'F2F2F2' },
    ]);
    expect(sheet.freeze).toEqual({ rows: 2, cols: 1 });
    expect(sheet.links).toEqual([]);
  });

  it('sizes columns to their widest shown text, bold totals included, with no column narrower than 8', () => {
    expect(cellsThatDoNotFit(sheet)).toEqual([]);
    // B holds only "Team", "Ops", "Apps": under 8 characters, so the minimum 8.
    expect(sheet.columnWidths[1]).toBe(8);
    // A is sized by the bold "Total (everyone)", wider than any name: more than its 16 characters × 5 px.
    expect(sheet.columnWidths[0]).toBeGreaterThan(sheet.columnWidths[2]);
  });

  it('leaves a role blank when the person is not in the plan, and writes only totals when nobody is', () => {
    const report = makeReport({
      weeks: ['2026-03-02'],
      people: [makePersonReport('Eve', null, { capacity: [40], ops: [0], project: [0], utilization: [0] })],
    });
    expect(buildCapacitySheet(makePlan([makePerson('Other', 'Boss', null)]), report).values).toEqual([
      [null, null, 'ISO week', '2026-W10'],
      ['Name', 'Team', 'Role', '2026-03-02'],
      ['Eve', null, null, 0],
      ['Total (everyone)', null, null, 0],
    ]);
  });

  it('writes no number or colour format when the report has no weeks', () => {
    const empty = buildCapacitySheet(makePlan([]), makeReport({ weeks: [] }));
    expect(empty.values).toEqual([[null, null, 'ISO week'], ['Name', 'Team', 'Role'], ['Total (everyone)', null, null]]);
    expect(empty.numberFormats).toEqual([]);
    expect(empty.conditionalFormats).toEqual([]);
  });

  it('names weeks across a year end by their ISO year', () => {
    // 2026-12-28 is a Monday in ISO week 53 of 2026; 2027-01-04 starts 2027-W01.
    const patch = buildCapacitySheet(makePlan([]), makeReport({ weeks: ['2026-12-28', '2027-01-04'] }));
    expect(patch.values[0]).toEqual([null, null, 'ISO week', '2026-W53', '2027-W01']);
  });

  it('throws on a week that is not an ISO date, a bug in the engine rather than bad data', () => {
    expect(() => buildCapacitySheet(makePlan([]), makeReport({ weeks: ['2026-W10'] }))).toThrow(/not an ISO date/);
  });
});
