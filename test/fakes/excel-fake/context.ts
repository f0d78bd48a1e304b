/**
 * Excel.RequestContext and Excel.run for the fake: a queue of actions that `sync()` hands to the
 * host as one batch.
 */
import type { BatchRun, FakeHost } from './host';
import { FakeWorkbook } from './workbook';
import type { FakeApplication } from './workbook';

/** Excel.RequestContext: the workbook, the application and the queue of pending actions. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: { bytes: number; run: (batch: BatchRun) => void }[] = [];

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  /** Queues one action of `bytes` request size. */
  enqueue(bytes: number, run: (batch: BatchRun) => void): void {
    this.queue.push({ bytes, run });
  }

  /**
   * Sends the queued actions as one batch. Like Office.js, a sync with nothing queued makes no
   * round trip (and is not recorded). The queue is emptied whether the batch succeeds or not.
   */
  sync(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    const latency = this.host.options.syncLatencyMs ?? 0;
    if (latency > 0) {
      // The round trip: the request takes half the latency to reach Excel, which runs the batch
      // there; the answer takes the other half to come back. A user's edit in between is not in
      // what was read, exactly as in Excel.
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          let failure: unknown;
          try {
            this.host.runBatch(actions);
          } catch (error) {
            failure = error ?? new Error('sync failed');
          }
          setTimeout(() => (failure === undefined ? resolve() : reject(failure)), latency / 2);
        }, latency / 2);
      });
    }
    try {
      this.host.runBatch(actions);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }
}

/**
 * Excel.run: runs the batch function with a fresh context, then syncs whatever is still queued.
 * Queued actions of a batch function that throws are dropped, as in Office.js.
 */
export async function fakeRun<T>(host: FakeHost, ...args: unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function.');
  // Excel.run(context, batch) continues on an existing context (as Office.js does with a
  // RequestContext or an object that carries one), e.g. to remove an event handler it registered.
  const given = args.length > 1 ? args[0] : undefined;
  const existing = given instanceof FakeRequestContext ? given
    : (given as { context?: unknown } | undefined)?.context instanceof FakeRequestContext ? (given as { context: FakeRequestContext }).context : undefined;
  const context = existing ?? new FakeRequestContext(host);
  const result = await (batch as (context: FakeRequestContext) => Promise<T>)(context);
  await context.sync();
  return result;
}
