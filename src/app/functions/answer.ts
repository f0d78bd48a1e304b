/**
 * What a LOADLINE worksheet function gives back: a value, or an Excel error with a message
 * (#N/A for a name or week the latest check does not know, #VALUE! for an argument of the wrong
 * kind, #DIV/0! for a utilisation without capacity). Errors are values, never exceptions: the
 * Office layer turns them into CustomFunctions.Error, so a bad argument shows in its cell.
 */

/** The Excel error an answer stands for (CustomFunctions.ErrorCode names). */
export type FunctionErrorCode = 'notAvailable' | 'invalidValue' | 'divisionByZero';

/** An answer that is an Excel error. */
export interface FunctionError {
  readonly error: FunctionErrorCode;
  /** Shown in Excel's error tooltip: what is wrong and what to do. */
  readonly message: string;
}

/** A function's answer: the value, or an error. */
export type FunctionAnswer<T> = T | FunctionError;

/** True when an answer is an error. */
export function isFunctionError(answer: unknown): answer is FunctionError {
  return typeof answer === 'object' && answer !== null && typeof (answer as FunctionError).error === 'string';
}

/** #N/A with a message. */
export function notAvailable(message: string): FunctionError {
  return { error: 'notAvailable', message };
}

/** #VALUE! with a message. */
export function invalidValue(message: string): FunctionError {
  return { error: 'invalidValue', message };
}
