/**
 * Errors the fake raises, shaped like Office.js's OfficeExtension.Error: an Error whose `code`
 * is one of Excel's error codes, so adapter code that inspects `code` behaves as it would in Excel.
 */

/** The Excel error codes the fake uses (a subset of Excel.ErrorCodes plus two runtime codes). */
export const FakeErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemNotFound: 'ItemNotFound',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  accessDenied: 'AccessDenied',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  generalException: 'GeneralException',
  apiNotFound: 'ApiNotFound',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

/** One of the FakeErrorCode strings. */
export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

/** An Office.js-style error: `code` says what went wrong, `debugInfo` repeats it as Excel does. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCodeValue;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: FakeErrorCodeValue, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** The error Excel throws when a property is read before `load()` and `sync()`. */
export function propertyNotLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
