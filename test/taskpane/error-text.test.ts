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

  it('copes with thrown values that are not errors', () => {
    expect(describeError('boom', 'template').detail).toBe('boom');
  });
});
