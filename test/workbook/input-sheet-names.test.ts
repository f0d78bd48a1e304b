/**
 * The sheets a live check watches are the ones the reader reads: found by the same rules
 * (tables first, then sheets, by alias, ignoring case, spaces and punctuation).
 */
import { inputSheetNames } from '../../src/workbook/locate';
import { workbook } from '../helpers/grids';

describe('inputSheetNames', () => {
  it("names each input sheet once, in the reader's order, as the workbook spells it, and a table's own sheet", () => {
    const raw = workbook({
      ' people ': [['Name']],
      'OPS-duties': [['Duty', 'Owner', 'Hours']],
      Notes: [['not an input']],
      Data: [['Person', 'Project', 'Hours per week']],
      Capacity: [['Loadline output']],
    });
    const withTable = { ...raw, tables: [{ name: 'Assignments', sheet: 'Data', values: [['Person', 'Project', 'Hours per week']], originRow: 0, originCol: 0 }] };
    expect(inputSheetNames(withTable)).toEqual([' people ', 'OPS-duties', 'Data']);
  });

  it('names nothing for a workbook without input sheets', () => {
    expect(inputSheetNames(workbook({ Sheet1: [['x']] }))).toEqual([]);
  });
});
