/**
 * Host detection and the ribbon handshake: the only place the doors look at the Office global.
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { kind: 'standalone', reason: 'Office did not answer in time.' };
    // Office.HostType.Excel is the string "Excel"; compared as text so a partial global works.
    if (info?.host === 'Excel') return { kind: 'excel', platform: info.platform ?? null };
    return { kind: 'standalone', reason: 'Not running inside Excel.' };
  } catch {
    return { kind: 'standalone', reason: 'Office.js could not start.' };
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
