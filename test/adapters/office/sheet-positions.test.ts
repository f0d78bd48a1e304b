import { sheetPositions } from '../../../src/adapters/office/sheet-positions';

describe('sheetPositions', () => {
  it('puts a replacing sheet in its predecessor\'s tab and appends new ones', () => {
    expect(sheetPositions(['Staff', 'Capacity', 'Projects'], new Map([['capacity', 'Capacity']]), new Set(), ['Conflicts'])).toEqual([
      { name: 'Capacity', position: 1 },
      { name: 'Conflicts', position: 3 },
    ]);
  });

  it('counts positions after removed sheets are gone', () => {
    // Issues (index 1) is removed: Capacity moves up to 1, the new Conflicts goes after Projects.
    expect(sheetPositions(['Staff', 'Issues', 'Capacity', 'Projects'], new Map([['capacity', 'Capacity']]), new Set(['issues']), ['Conflicts'])).toEqual([
      { name: 'Capacity', position: 1 },
      { name: 'Conflicts', position: 3 },
    ]);
  });

  it('puts a sheet new to a checked workbook after the summary sheet before it, not at the end', () => {
    // Checked before the ledger existed: OpEx CapEx (index 2) is replaced, Finance Ledger follows it,
    // before Input Issues and the user's Notes.
    const replaced = new Map([['opex capex', 'OpEx CapEx'], ['input issues', 'Input Issues']]);
    const after = new Map([['Finance Ledger', 'OpEx CapEx'], ['Input Issues', 'Finance Ledger']]);
    expect(sheetPositions(['Staff', 'Notes', 'OpEx CapEx', 'Input Issues', 'Later'], replaced, new Set(), ['Finance Ledger'], after)).toEqual([
      { name: 'OpEx CapEx', position: 2 },
      { name: 'Finance Ledger', position: 3 },
      { name: 'Input Issues', position: 4 },
    ]);
  });
});
