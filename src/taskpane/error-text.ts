/**
 * Errors in plain words: what went wrong and what to do next, with the technical cause kept for
 * a support request. Every button's action is wrapped once, at the edge, by this.
 */
import { ProtectedSheetsError } from '../adapters/office/protected-sheets-error';

/** The pane's actions, named as the user knows them. */
export type PaneAction = 'check' | 'clear' | 'template' | 'settings-read' | 'settings-save' | 'open' | 'sample' | 'download' | 'select' | 'apply' | 'undo';

/** An error shown to the user. */
export interface ErrorText {
  readonly summary: string;
  readonly next: string;
  /** The cause as the library reported it; shown folded away. */
  readonly detail: string;
}

/**
 * A problem the pane already knows how to explain (a file that is not a workbook, a missing
 * sample). Thrown by the pane's own code; the message is for the user.
 */
export class PaneError extends Error {
  constructor(
    message: string,
    readonly next: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaneError';
  }
}

const ACTION_WORDS: Readonly<Record<PaneAction, string>> = {
  check: 'The check could not finish',
  clear: 'The highlights could not be cleared',
  template: 'The template sheets could not be inserted',
  'settings-read': 'The settings could not be read',
  'settings-save': 'The settings could not be saved',
  open: 'The file could not be opened',
  sample: 'The sample workbook could not be opened',
  download: 'The annotated workbook could not be made',
  select: 'That cell could not be selected',
  apply: 'The suggestion could not be applied',
  undo: 'The suggestion could not be undone',
};

/** Office.js error codes people meet, and what to do about each. */
const OFFICE_ADVICE: Readonly<Record<string, { summary: string; next: string }>> = {
  InvalidOperationInCellEditMode: {
    summary: 'Excel is busy: a cell is being edited.',
    next: 'Press Enter or Esc in the sheet to finish editing, then try again.',
  },
  AccessDenied: {
    summary: 'Excel refused the change: the workbook or a sheet is protected, or opened read-only.',
    next: 'Unprotect the workbook (Review > Unprotect) or save an editable copy, then try again.',
  },
  ItemNotFound: {
    summary: 'A sheet or cell Loadline expected is no longer there.',
    next: 'If you renamed or deleted a sheet just now, run Check capacity again.',
  },
  ApiNotFound: {
    summary: 'This version of Excel lacks a feature Loadline needs.',
    next: 'Update Excel, or use Excel on the web.',
  },
  RequestPayloadSizeLimitExceeded: {
    summary: 'The workbook is too large for Excel to hand over in one piece.',
    next: 'Remove unused rows and columns from the input sheets, or check the file with the Loadline CLI.',
  },
  GeneralException: {
    summary: 'Excel reported an internal error.',
    next: 'Try again. If it keeps happening, save the workbook, reopen it and try once more.',
  },
};

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorDetail(error: unknown): string {
  if (error instanceof Error) {
    const code = errorCode(error);
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message || error.name;
  }
  return String(error);
}

/**
 * Describes an error thrown by an action.
 *
 * @example
 * describeError({ code: 'InvalidOperationInCellEditMode', message: '…' }, 'check').next
 * // 'Press Enter or Esc in the sheet to finish editing, then try again.'
 */
export function describeError(error: unknown, action: PaneAction): ErrorText {
  const detail = errorDetail(error);
  if (error instanceof PaneError) return { summary: error.message, next: error.next, detail: errorDetail(error.cause ?? error) };
  if (error instanceof ProtectedSheetsError) return protectedSheetsError(error, action, detail);
  const advice = OFFICE_ADVICE[errorCode(error) ?? ''];
  if (advice) return { summary: `${ACTION_WORDS[action]}. ${advice.summary}`, next: advice.next, detail };
  return {
    summary: `${ACTION_WORDS[action]}: something unexpected went wrong.`,
    next: 'Try again. If it happens again, copy the details below into a support request.',
    detail,
  };
}

/** A summary sheet of Loadline's that the user protected: name it, and say how to go on. */
function protectedSheetsError(error: ProtectedSheetsError, action: PaneAction, detail: string): ErrorText {
  const one = error.sheets.length === 1;
  const quoted = error.sheets.map((name) => `"${name}"`);
  const names = quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return {
    summary: `${ACTION_WORDS[action]}: Loadline's ${one ? 'sheet' : 'sheets'} ${names} ${one ? 'is' : 'are'} protected, and Loadline rewrites its own sheets on every check. Nothing was changed.`,
    next: `Unprotect ${one ? 'it' : 'them'} (Review > Unprotect Sheet), then try again. To keep ${one ? 'a copy' : 'copies'} as ${one ? 'it is' : 'they are'}, duplicate ${one ? 'the sheet' : 'the sheets'} first.`,
    detail,
  };
}
