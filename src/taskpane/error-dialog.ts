/**
 * The ribbon's error dialog: Check capacity has no pane to speak in, so a plain-words error
 * (error-text.ts) goes to dialog.html in the URL's query string and the page shows it as text.
 * The query, not Dialog.messageChild: that needs DialogApi 1.2, the query works from 1.1, and
 * the page can draw the message before Office.js has even loaded. Pure: text in, text out.
 */
import type { ErrorText } from './error-text';

/** The dialog page, next to taskpane.html (the ribbon's function file) in the build. */
export const ERROR_DIALOG_PAGE = 'dialog.html';

/** The dialog's size in percent of the screen: room for three short paragraphs and a button. */
export const ERROR_DIALOG_SIZE = { height: 40, width: 30 } as const;

/** What the dialog sends its opener when the user chooses OK. */
export const DIALOG_CLOSE_MESSAGE = 'close';

/**
 * Longest part of the query each text may take, percent-encoded. Three parts stay under the
 * 2,048 characters some hosts accept for a URL, whatever the alphabet (a non-Latin letter can
 * take 9 characters encoded); the full error is in the console.
 */
export const MAX_ENCODED_PART_LENGTH = 600;

/** What the page shows when its query lost the message (opened by hand, or cut short). */
const UNKNOWN: ErrorText = {
  summary: 'Check capacity could not finish.',
  next: 'Choose Open Loadline on the Home tab, then Check capacity, to see what went wrong.',
  detail: '',
};

/**
 * The dialog's address for an error, resolved against the page that opens it (the dialog must be
 * on the add-in's own origin).
 *
 * @example
 * errorDialogUrl('https://localhost:3000/taskpane.html', { summary: 'No Staff sheet.', next: 'Add one.', detail: '' })
 * // 'https://localhost:3000/dialog.html?summary=No+Staff+sheet.&next=Add+one.&detail='
 */
export function errorDialogUrl(openerUrl: string, text: ErrorText): string {
  const url = new URL(ERROR_DIALOG_PAGE, openerUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('summary', clip(text.summary));
  url.searchParams.set('next', clip(text.next));
  url.searchParams.set('detail', clip(text.detail));
  return url.href;
}

/**
 * The error in a dialog page's query string (`location.search`). Office adds its own parameter
 * (_host_info), which is ignored; a missing summary gives a general message.
 */
export function errorTextFromQuery(search: string): ErrorText {
  const params = new URLSearchParams(search);
  const summary = params.get('summary')?.trim();
  if (!summary) return UNKNOWN;
  return { summary, next: params.get('next')?.trim() || UNKNOWN.next, detail: params.get('detail')?.trim() ?? '' };
}

/** The text, cut short with "…" when its encoded form is over MAX_ENCODED_PART_LENGTH. */
function clip(text: string): string {
  if (encodedLength(text) <= MAX_ENCODED_PART_LENGTH) return text;
  // By code point, so a cut never splits an emoji's surrogate pair.
  const points = Array.from(text);
  let keep = 0;
  let drop = points.length;
  while (keep < drop) {
    const mid = Math.ceil((keep + drop) / 2);
    if (encodedLength(`${points.slice(0, mid).join('')}…`) <= MAX_ENCODED_PART_LENGTH) keep = mid;
    else drop = mid - 1;
  }
  return `${points.slice(0, keep).join('')}…`;
}

/** Characters the text takes as a query value, as URLSearchParams writes it. */
function encodedLength(text: string): number {
  return new URLSearchParams({ v: text }).toString().length - 2;
}
