/**
 * Office.js events for the fake: Worksheet.onChanged and WorksheetCollection.onAdded (ExcelApi
 * 1.7). Strict like Excel:
 *  - `add(handler)` only queues the registration; the handler hears nothing until a sync sends
 *    it, and a failed sync registers nothing;
 *  - `add` returns an EventHandlerResult whose `remove()` queues the removal on the context that
 *    registered it (Office.js refuses a removal through any other context), effective at sync;
 *  - events are delivered asynchronously, after the change is in the workbook, never inside the
 *    call that caused them; a handler's rejection is swallowed, as Office.js does.
 */
import type { BatchRun, FakeHost } from './host';
import type { FakeRequestContext } from './context';
import { FakeErrorCode, FakeOfficeError } from './errors';

/** Which event a registration hears: a sheet's cell changes, or sheets being added. */
export type FakeEventTarget = { readonly kind: 'changed'; readonly sheetId: string } | { readonly kind: 'added' };

/** One live registration on the host. */
export interface FakeRegistration {
  readonly target: FakeEventTarget;
  readonly handler: (args: unknown) => unknown;
}

/** OfficeExtension.EventHandlerResult. */
export class FakeEventHandlerResult {
  private registration: FakeRegistration | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** Called by the registering batch. */
  registered(registration: FakeRegistration): void {
    this.registration = registration;
  }

  /** Queues the removal of the handler on the registering context. */
  remove(): void {
    this.context.enqueue(64, (batch: BatchRun) => {
      const registration = this.registration;
      if (!registration) throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'This handler was never registered (its sync did not succeed).');
      batch.onSuccess(() => this.context.host.removeRegistration(registration));
    });
  }
}

/** OfficeExtension.EventHandlers<T>. */
export class FakeEventHandlers {
  /** @param target resolves what the event is about, at sync (the sheet must exist then). */
  constructor(private readonly context: FakeRequestContext, private readonly target: () => FakeEventTarget) {}

  /** Queues a registration; returns its EventHandlerResult at once, as Office.js does. */
  add(handler: (args: unknown) => unknown): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw new TypeError('An event handler must be a function.');
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue(64, (batch: BatchRun) => {
      const registration = { target: this.target(), handler };
      batch.onSuccess(() => {
        this.context.host.addRegistration(registration);
        result.registered(registration);
      });
    });
    return result;
  }
}

/** Delivers an event to every handler registered for `target`, each in a task of its own. */
export function deliverEvent(host: FakeHost, target: FakeEventTarget, args: unknown): void {
  for (const registration of host.registrations) {
    const same = registration.target.kind === target.kind
      && (target.kind === 'added' || (registration.target.kind === 'changed' && registration.target.sheetId === target.sheetId));
    if (!same) continue;
    setTimeout(() => {
      // Removed meanwhile: Excel does not call it.
      if (!host.registrations.includes(registration)) return;
      void Promise.resolve().then(() => registration.handler(args)).catch(() => undefined);
    }, 0);
  }
}
