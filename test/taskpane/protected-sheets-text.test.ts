import { protectedSheetsText } from '../../src/taskpane/protected-sheets-text';

describe('protectedSheetsText', () => {
  it('says nothing when no sheet was protected', () => {
    expect(protectedSheetsText([], 'check')).toBeUndefined();
    expect(protectedSheetsText([], 'clear')).toBeUndefined();
  });

  it('names the sheet, counts the cells a check could not highlight, and says what to do', () => {
    expect(protectedSheetsText([{ sheet: 'Staff', notHighlighted: 4, stillHighlighted: 2 }], 'check')).toBe(
      'Highlights on Staff were not updated: the sheet is protected, so 4 cells this check names are not highlighted. ' +
      'Unprotect it (Review > Unprotect Sheet), then choose Check capacity again.',
    );
    expect(protectedSheetsText([{ sheet: 'Staff', notHighlighted: 1, stillHighlighted: 0 }], 'check')).toContain('so 1 cell this check names is not highlighted.');
  });

  it('still names a sheet whose only highlights are from the last check', () => {
    expect(protectedSheetsText([{ sheet: 'Staff', notHighlighted: 0, stillHighlighted: 3 }], 'check')).toBe(
      'Highlights on Staff were not updated: the sheet is protected. Unprotect it (Review > Unprotect Sheet), then choose Check capacity again.',
    );
  });

  it('lists several sheets in words and adds their cells up', () => {
    const sheets = [
      { sheet: 'Staff', notHighlighted: 2, stillHighlighted: 1 },
      { sheet: 'Ops Duties', notHighlighted: 1, stillHighlighted: 0 },
      { sheet: 'Assignments', notHighlighted: 3, stillHighlighted: 4 },
    ];
    expect(protectedSheetsText(sheets, 'check')).toBe(
      'Highlights on Staff, Ops Duties and Assignments were not updated: the sheets are protected, so 6 cells this check names are not highlighted. ' +
      'Unprotect them (Review > Unprotect Sheet), then choose Check capacity again.',
    );
    // 1 + 0 + 4 cells keep the highlight a clear could not remove.
    expect(protectedSheetsText(sheets, 'clear')).toBe(
      'Staff, Ops Duties and Assignments are protected, so 5 cells keep their highlight. Unprotect them (Review > Unprotect Sheet), then choose Clear highlights again.',
    );
  });

  it('speaks of one cell in the singular after a clear', () => {
    expect(protectedSheetsText([{ sheet: 'Leave', notHighlighted: 0, stillHighlighted: 1 }], 'clear')).toBe(
      'Leave is protected, so 1 cell keeps its highlight. Unprotect it (Review > Unprotect Sheet), then choose Clear highlights again.',
    );
  });
});
