/**
 * Host detection, the ribbon handshake and Office dialogs: the only place the doors look at the
 * Office global.
 *
 * Why this exists: one page serves two hosts. Inside Excel, Office.js must finish its handshake
 * (Office.onReady) before any Excel call. In a plain browser, office.js may be missing (offline,
 * a blocked CDN, a strict proxy) or may load and report no host — and the page must still come
 * up, standalone, on an .xlsx. Keeping every such check here means the rest of the pane asks one
 * question (Excel or standalone?) and never touches the global itself; Excel calls themselves
 * live in src/adapters/office. The global is read as a property of globalThis because its
 * absence is a normal case here, not an error.
 */

/** What this helper needs of Office.js; a narrow view so a missing or partial global is safe. */
interface OfficeGlobal {
  onReady?: () => Promise<{ host: string | null; platform?: string | null }>;
  actions?: { associate?: (name: string, handler: (event: RibbonEvent) => void) => void };
  context?: {
    requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
    ui?: {
      displayDialogAsync?: (url: string, options: OfficeDialogOptions, callback: (result: OfficeAsyncResult) => void) => void;
      messageParent?: (message: string) => void;
    };
  };
}

/** Office.DialogOptions, the part Loadline sets. */
interface OfficeDialogOptions {
  height: number;
  width: number;
  displayInIframe: boolean;
}

/** Office.AsyncResult<Office.Dialog>, as far as Loadline reads it. */
interface OfficeAsyncResult {
  status: string;
  value?: OfficeDialog;
}

/** Office.Dialog, as far as Loadline uses it. */
interface OfficeDialog {
  addEventHandler(eventType: string, handler: (arg: unknown) => void): void;
  close(): void;
}

/** The event a ribbon ExecuteFunction handler gets; `completed` must be called exactly once. */
export interface RibbonEvent {
  completed(): void;
}

/** Where the pane runs, with the reason for the user (shown in the header). */
export type DetectedHost =
  | { readonly kind: 'excel'; readonly platform: string | null }
  | { readonly kind: 'standalone'; readonly reason: string };

/** How long to wait for Office.onReady before deciding there is no Office host. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

function officeGlobal(): OfficeGlobal | undefined {
  const office = (globalThis as { Office?: unknown }).Office;
  return typeof office === 'object' && office !== null ? (office as OfficeGlobal) : undefined;
}

/**
 * Decides whether the pane runs inside Excel. Never throws and never hangs: no office.js, an
 * onReady that rejects or does not answer within `timeoutMs`, or a host other than Excel all
 * mean standalone.
 */
export async function detectHost(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<DetectedHost> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') {
    return { kind: 'standalone', reason: 'Office.js is not available (no Excel here, or it could not be downloaded).' };
  }
  const info = await officeReady(office, timeoutMs);
  if (info === 'timeout') return { kind: 'standalone', reason: 'Office did not answer in time.' };
  if (info === 'failed') return { kind: 'standalone', reason: 'Office.js could not start.' };
  // Office.HostType.Excel is the string "Excel"; compared as text so a partial global works.
  if (info?.host === 'Excel') return { kind: 'excel', platform: info.platform ?? null };
  return { kind: 'standalone', reason: 'Not running inside Excel.' };
}

/** What Office.onReady answered, 'timeout' when it did not within `timeoutMs`, 'failed' when it rejected or is missing. */
async function officeReady(
  office: OfficeGlobal,
  timeoutMs: number,
): Promise<Awaited<ReturnType<NonNullable<OfficeGlobal['onReady']>>> | 'timeout' | 'failed'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    if (typeof office.onReady !== 'function') return 'failed';
    return await Promise.race([office.onReady(), timeout]);
  } catch {
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Registers a ribbon ExecuteFunction handler under the manifest's FunctionName. Returns false
 * when there is no Office host to register with (the function file opened in a browser).
 */
export function registerRibbonAction(functionName: string, handler: (event: RibbonEvent) => void): boolean {
  const office = officeGlobal();
  const associate = office?.actions?.associate;
  if (typeof associate !== 'function') return false;
  // Office.js expects the handshake to have been started before commands run.
  void office?.onReady?.().catch(() => undefined);
  associate.call(office?.actions, functionName, handler);
  return true;
}

/** A dialog's size in percent of the screen (Office's DialogOptions). */
export interface DialogSize {
  readonly height: number;
  readonly width: number;
}

/**
 * Shows `url` (a page of this add-in, same origin) in an Office dialog and resolves once the
 * user has closed it: with the dialog's own button (any message from it) or Office's X. Resolves
 * false at once, never throwing, when the host has no DialogApi 1.1 (Office.context.ui) or the
 * dialog could not open (e.g. Office on the web's pop-up prompt was dismissed, error 12009), so
 * the caller can fall back to something else.
 */
export function showDialog(url: string, size: DialogSize): Promise<boolean> {
  const office = officeGlobal();
  const ui = office?.context?.ui;
  const display = ui?.displayDialogAsync;
  if (!isSetSupported(office, 'DialogApi', '1.1') || typeof display !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      // displayInIframe: Office on the web opens it faster as a floating frame; others ignore it.
      display.call(ui, url, { height: size.height, width: size.width, displayInIframe: true }, (result) => {
        const dialog = result.value;
        // Office.AsyncResultStatus.Succeeded is the string "succeeded"; compared as text like the host.
        if (result.status !== 'succeeded' || !dialog) {
          resolve(false);
          return;
        }
        // Office.EventType values. A message means "close me"; an event means the dialog is gone
        // (12006: closed with the X) or broken (12002: its page did not load), so it is over either way.
        dialog.addEventHandler('dialogMessageReceived', () => {
          dialog.close();
          resolve(true);
        });
        dialog.addEventHandler('dialogEventReceived', () => resolve(true));
      });
    } catch {
      resolve(false);
    }
  });
}

/**
 * From inside a dialog: sends `message` to the page that opened it. False when this page is
 * not an Office dialog (office.js missing or without a host), so the caller can close the
 * window itself.
 */
export async function messageParent(message: string, timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<boolean> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') return false;
  // The handshake must finish before messageParent; which host it reports does not matter here.
  const info = await officeReady(office, timeoutMs);
  const ui = office.context?.ui;
  if (info === 'timeout' || info === 'failed' || typeof ui?.messageParent !== 'function') return false;
  try {
    ui.messageParent(message);
    return true;
  } catch {
    // office.js in a page that is not a dialog refuses the call.
    return false;
  }
}

function isSetSupported(office: OfficeGlobal | undefined, name: string, version: string): boolean {
  const check = office?.context?.requirements?.isSetSupported;
  try {
    return typeof check === 'function' && check.call(office?.context?.requirements, name, version) === true;
  } catch {
    return false;
  }
}
