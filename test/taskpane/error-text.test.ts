import { ProtectedSheetsError } from '../../src/adapters/office';
import { describeError, PaneError } from '../../src/taskpane/error-text';

describe('describeError', () => {
  it('tells the user to leave cell-edit mode when Excel is editing a cell', () => {
    const error = Object.assign(new Error('The operation is not allowed in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' });
    const text = describeError(error, 'check');
    expect(text.summary).toBe('The check could not finish. Excel is busy: a cell is being edited.');
    expect(text.next).toMatch(/Enter or Esc/);
    expect(text.detail).toBe('InvalidOperationInCellEditMode: The operation is not allowed in cell edit mode.');
  });

  it('passes a PaneError through in its own words, with the cause as detail', () => {
    const text = describeError(new PaneError('No workbook is open yet.', 'Open one.', { cause: new Error('zip') }), 'check');
    expect(text).toEqual({ summary: 'No workbook is open yet.', next: 'Open one.', detail: 'zip' });
  });

  it('names the action and keeps the message of an unexpected error', () => {
    const text = describeError(new TypeError('x is undefined'), 'clear');
    expect(text.summary).toBe('The highlights could not be cleared: something unexpected went wrong.');
    expect(text.detail).toBe('x is undefined');
  });

  it("names the user's protected Loadline sheets, says nothing changed and how to go on", () => {
    expect(describeError(new ProtectedSheetsError(['Conflicts']), 'check')).toEqual({
      summary: 'The check could not finish: Loadline\'s sheet "Conflicts" is protected, and Loadline rewrites its own sheets on every check. Nothing was changed.',
      next: 'Unprotect it (Review > Unprotect Sheet), then try again. To keep a copy as it is, duplicate the sheet first.',
      detail: 'AccessDenied: Loadline\'s sheet "Conflicts" is protected, so the check cannot rewrite it.',
    });
    expect(describeError(new ProtectedSheetsError(['Conflicts', 'Capacity']), 'check').summary).toBe(
      'The check could not finish: Loadline\'s sheets "Conflicts" and "Capacity" are protected, and Loadline rewrites its own sheets on every check. Nothing was changed.',
    );
  });

  it('copes with thrown values that are not errors', () => {
    expect(describeError('boom', 'template').detail).toBe('boom');
  });
});
