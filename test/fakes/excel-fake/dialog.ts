/**
 * Office dialogs for the fake (Office.context.ui, DialogApi): every displayDialogAsync call is
 * recorded with its URL and options, and the test plays the user's side — a message from the
 * dialog page (messageParent) or closing it with the X. Strict like Office: one open dialog per
 * page (12007), the page must be on the opener's origin (12004), only the two dialog event
 * types can be handled, and events stop once the opener has closed the dialog.
 */

/** Office's dialog error codes the fake uses. */
export const DialogErrorCode = {
  /** The URL is not on the add-in's own origin. */
  untrustedDomain: 12004,
  /** The user closed the dialog with its X. */
  closedByUser: 12006,
  /** This page already has an open dialog. */
  alreadyOpen: 12007,
} as const;

/** Office.EventType's two dialog events. */
export const DIALOG_MESSAGE_RECEIVED = 'dialogMessageReceived';
export const DIALOG_EVENT_RECEIVED = 'dialogEventReceived';

/** Office.AsyncResult as displayDialogAsync's callback gets it. */
export interface FakeAsyncResult {
  readonly status: 'succeeded' | 'failed';
  readonly value?: FakeDialog;
  readonly error?: { readonly code: number; readonly message: string };
}

/** One Office.Dialog, with the hooks a test uses to act as the user. */
export class FakeDialog {
  /** True once the opener called close() or the user closed it. */
  closed = false;
  /** How the dialog went away: 'opener' (close()) or 'user' (the X). */
  closedBy: 'opener' | 'user' | undefined;
  private readonly handlers = new Map<string, ((arg: unknown) => void)[]>();

  constructor(readonly url: string, readonly options: Readonly<Record<string, unknown>>) {}

  /** Office.Dialog.addEventHandler: only the two dialog events exist. */
  addEventHandler(eventType: string, handler: (arg: unknown) => void): void {
    if (eventType !== DIALOG_MESSAGE_RECEIVED && eventType !== DIALOG_EVENT_RECEIVED) {
      throw new Error(`Office.Dialog has no event "${eventType}".`);
    }
    this.handlers.set(eventType, [...(this.handlers.get(eventType) ?? []), handler]);
  }

  /** Office.Dialog.close, called by the opener. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.closedBy = 'opener';
  }

  /** Test hook: the dialog page called messageParent(message). Ignored once the dialog is closed. */
  sendMessage(message: string): void {
    if (this.closed) return;
    for (const handler of this.handlers.get(DIALOG_MESSAGE_RECEIVED) ?? []) handler({ message, origin: new URL(this.url).origin });
  }

  /** Test hook: the user closes the dialog with its X (DialogEventReceived, error 12006). */
  closeByUser(): void {
    if (this.closed) return;
    this.closed = true;
    this.closedBy = 'user';
    for (const handler of this.handlers.get(DIALOG_EVENT_RECEIVED) ?? []) handler({ error: DialogErrorCode.closedByUser });
  }
}

/**
 * Office.context.ui.displayDialogAsync over a list of dialogs. `pageOrigin` is the opener's
 * origin (undefined: any URL is accepted, as in Node tests with no page).
 */
export function displayDialogAsync(
  dialogs: FakeDialog[],
  pageOrigin: string | undefined,
  url: string,
  options: Readonly<Record<string, unknown>> | undefined,
  callback: ((result: FakeAsyncResult) => void) | undefined,
): void {
  const fail = (code: number, message: string): void => callback?.({ status: 'failed', error: { code, message } });
  // Office answers asynchronously; so does the fake, so code cannot rely on a synchronous callback.
  setTimeout(() => {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      fail(DialogErrorCode.untrustedDomain, `"${url}" is not an absolute URL.`);
      return;
    }
    if (pageOrigin !== undefined && origin !== pageOrigin) {
      fail(DialogErrorCode.untrustedDomain, 'The domain of the URL is not the add-in\'s own domain.');
      return;
    }
    if (dialogs.some((dialog) => !dialog.closed)) {
      fail(DialogErrorCode.alreadyOpen, 'This add-in already has an active dialog.');
      return;
    }
    const dialog = new FakeDialog(url, { ...options });
    dialogs.push(dialog);
    callback?.({ status: 'succeeded', value: dialog });
  }, 0);
}
