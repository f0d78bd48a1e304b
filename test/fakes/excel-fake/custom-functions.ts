/**
 * The `CustomFunctions` global of a shared runtime, for the fake (ExcelFakeOptions.customFunctions):
 * `associate` records each function by id, `Error` and `ErrorCode` are Office's, and a test calls
 * a function as Excel would with `invoke`, getting every value it streams.
 */

/** CustomFunctions.ErrorCode: the Excel error each code shows. */
export const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** CustomFunctions.Error. */
export class FakeCustomFunctionError {
  constructor(readonly code: string, readonly message?: string) {
    if (!Object.values(CUSTOM_FUNCTION_ERROR_CODES).includes(code as never)) throw new Error(`Not a CustomFunctions.ErrorCode: ${code}`);
  }
}

/** What a streamed cell shows: a value, or an error as { error, message }. */
export type StreamedResult = string | number | boolean | { readonly error: string; readonly message?: string };

/** One formula being calculated: every result it was given, and Excel's way to cancel it. */
export interface FakeInvocation {
  readonly results: StreamedResult[];
  cancel(): void;
}

/** The registry behind the global. */
export class FakeCustomFunctions {
  readonly associated = new Map<string, (...args: unknown[]) => unknown>();

  /** The global object to install. */
  global(): Record<string, unknown> {
    return {
      associate: (id: unknown, fn: unknown) => {
        if (typeof id !== 'string' || typeof fn !== 'function') throw new TypeError('CustomFunctions.associate(id, function)');
        // Excel matches ids in upper case.
        this.associated.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
      },
      Error: FakeCustomFunctionError,
      ErrorCode: { ...CUSTOM_FUNCTION_ERROR_CODES },
    };
  }

  /** Calls a streaming function as a cell formula would; throws if it is not associated or throws. */
  invoke(id: string, args: readonly unknown[]): FakeInvocation {
    const fn = this.associated.get(id.toUpperCase());
    if (!fn) throw new Error(`No function is associated with ${id}.`);
    const results: StreamedResult[] = [];
    const invocation: { setResult(value: unknown): void; onCanceled?: () => void } = {
      setResult(value: unknown) {
        if (value instanceof FakeCustomFunctionError) results.push({ error: value.code, message: value.message });
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') results.push(value);
        else throw new TypeError(`setResult got ${String(value)}`);
      },
    };
    fn(...args, invocation);
    return { results, cancel: () => invocation.onCanceled?.() };
  }
}
