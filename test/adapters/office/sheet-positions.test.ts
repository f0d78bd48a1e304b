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
});
