/**
 * The fake's host: the workbook model plus everything a test wants to observe or steer about
 * round trips — the list of syncs with their payload sizes, injected failures, the payload limit
 * and the supported API version. Batch semantics live here (runBatch).
 */
import type { FakeDialog } from './dialog';
import { deliverEvent, type FakeRegistration } from './events';
import { FakeErrorCode, FakeOfficeError, type FakeErrorCodeValue } from './errors';
import type { FakeWorkbookModel } from './model';

/** One `context.sync()` that reached the host. */
export interface SyncRecord {
  /** 1-based, counting failed syncs too. */
  readonly index: number;
  /** Approximate request size: JSON of every queued write's arguments plus a fixed cost per action. */
  readonly requestBytes: number;
  /** Approximate response size: JSON of every loaded value. */
  readonly responseBytes: number;
  /** requestBytes + responseBytes. */
  readonly bytes: number;
  readonly actions: number;
  /** The error code when the sync failed. */
  readonly failed?: string;
  /** True when the batch changed the workbook (cells, formats, sheets…); false for pure reads. */
  readonly wrote: boolean;
}

/** A queued operation: its request size and what it does when the batch runs. */
export interface FakeAction {
  readonly bytes: number;
  run(batch: BatchRun): void;
}

/** Fixed request cost of one action (Office.js sends object paths and action descriptors). */
export const ACTION_OVERHEAD_BYTES = 64;

/** JSON size of a value, as a stand-in for its size on the wire. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** What one batch collects while it runs: the response size and the loads to publish on success. */
export class BatchRun {
  responseBytes = 0;
  private readonly publishers: (() => void)[] = [];

  /** Counts a loaded value toward the response size. */
  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  /** Runs `publish` only if the whole batch succeeds (loaded values appear only then). */
  onSuccess(publish: () => void): void {
    this.publishers.push(publish);
  }

  publish(): void {
    for (const publish of this.publishers) publish();
  }
}

/** Limits and capabilities of the fake host. */
export interface FakeHostOptions {
  /** Request and response limit in bytes (Excel on the web: 5 MB each). */
  readonly payloadLimitBytes: number;
  /** Highest ExcelApi requirement set the host claims, e.g. "1.7". */
  readonly excelApi: string;
  /** Highest DialogApi requirement set the host claims, e.g. "1.2"; null for none. */
  readonly dialogApi: string | null;
  /** Modelled time of one round trip, in ms (0: a sync completes in the same task). */
  readonly syncLatencyMs?: number;
  /** Application.cultureInfo.name as Excel gives it (lower case, e.g. "de-de"). */
  readonly culture: string;
}

/** The fake Excel behind every request context of one fake workbook. */
export class FakeHost {
  readonly syncs: SyncRecord[] = [];
  /** Names given to Office.actions.associate, with their handlers. */
  readonly associatedActions = new Map<string, (...args: unknown[]) => unknown>();
  /** How many times suspendApiCalculationUntilNextSync was called. */
  calculationSuspensions = 0;
  /** Every dialog Office.context.ui.displayDialogAsync opened, in order. */
  readonly dialogs: FakeDialog[] = [];
  /** Every message a dialog page sent with Office.context.ui.messageParent. */
  readonly parentMessages: string[] = [];
  /** True while the user is editing a cell: Excel then refuses every request. */
  cellEditMode = false;
  /** The 1-based sync from which cell-edit mode begins (the user starts typing mid-action). */
  cellEditModeFromSync: number | undefined;
  private readonly failures = new Map<number, FakeErrorCodeValue>();
  /** Told after every batch Excel ran successfully (a test's hook to act between round trips). */
  readonly batchListeners: ((record: SyncRecord) => void)[] = [];
  /** Event handlers registered by a successful sync and not removed. */
  readonly registrations: FakeRegistration[] = [];
  /** Sheets whose cell values the current batch changed, by id, with the changed areas. */
  private changedInBatch = new Map<string, string[]>();

  /** Adds an event registration (at the sync that sent it). */
  addRegistration(registration: FakeRegistration): void {
    this.registrations.push(registration);
  }

  /** Removes an event registration (at the sync that sent the removal). */
  removeRegistration(registration: FakeRegistration): void {
    const index = this.registrations.indexOf(registration);
    if (index >= 0) this.registrations.splice(index, 1);
  }

  /** Notes that the running batch changed values in `address` of a sheet: onChanged fires if it commits. */
  noteValuesChanged(sheetId: string, address: string): void {
    this.changedInBatch.set(sheetId, [...(this.changedInBatch.get(sheetId) ?? []), address]);
  }

  /** Fires onChanged for a change made to a sheet's cells (by the user or by a committed batch). */
  fireChanged(sheetId: string, address: string): void {
    deliverEvent(this, { kind: 'changed', sheetId }, {
      type: 'WorksheetChanged', worksheetId: sheetId, address, changeType: 'RangeEdited', source: 'Local',
    });
  }

  /** Fires onAdded for a new sheet. */
  fireAdded(sheetId: string): void {
    deliverEvent(this, { kind: 'added' }, { type: 'WorksheetAdded', worksheetId: sheetId, source: 'Local' });
  }

  constructor(readonly model: FakeWorkbookModel, readonly options: FakeHostOptions) {}

  /**
   * Makes the sync with this 1-based index (see SyncRecord.index) fail with `code` (default
   * GeneralException) before it applies anything.
   */
  failAtSync(index: number, code: FakeErrorCodeValue = FakeErrorCode.generalException): void {
    this.failures.set(index, code);
  }

  /**
   * Runs one batch. The fake applies a batch all-or-nothing: if any action fails, or the injected
   * failure hits, or a payload is over the limit, the model is rolled back and no loaded value is
   * published. Real Excel is not transactional (actions before the failing one stay applied); the
   * fake is stricter on purpose, so a test can check that an adapter leaves either the old or the
   * new workbook whichever sync fails, and a failure injected at sync N models "the batch never
   * reached Excel" (a dropped connection), which Excel does treat as all-or-nothing.
   */
  runBatch(actions: readonly FakeAction[]): void {
    const index = this.syncs.length + 1;
    const requestBytes = actions.reduce((sum, a) => sum + a.bytes, 0);
    const record = (responseBytes: number, failed?: string, wrote = false) => {
      this.syncs.push({ index, requestBytes, responseBytes, bytes: requestBytes + responseBytes, actions: actions.length, failed, wrote });
    };
    const injected = this.failures.get(index);
    if (injected !== undefined) {
      record(0, injected);
      throw new FakeOfficeError(injected, `Injected failure at sync ${index}.`);
    }
    if (this.cellEditMode || (this.cellEditModeFromSync !== undefined && index >= this.cellEditModeFromSync)) {
      // Excel refuses the whole request, reads included, until the user leaves the cell.
      record(0, FakeErrorCode.invalidOperationInCellEditMode);
      throw new FakeOfficeError(
        FakeErrorCode.invalidOperationInCellEditMode,
        'The operation isn\'t available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.',
      );
    }
    if (requestBytes > this.options.payloadLimitBytes) {
      record(0, FakeErrorCode.requestPayloadSizeLimitExceeded);
      throw new FakeOfficeError(FakeErrorCode.requestPayloadSizeLimitExceeded, `The request payload (${requestBytes} bytes) is over the limit.`);
    }
    const batch = new BatchRun();
    this.changedInBatch = new Map();
    this.model.begin();
    try {
      for (const action of actions) action.run(batch);
      if (batch.responseBytes > this.options.payloadLimitBytes) {
        throw new FakeOfficeError(FakeErrorCode.responsePayloadSizeLimitExceeded, `The response payload (${batch.responseBytes} bytes) is over the limit.`);
      }
    } catch (error) {
      this.model.rollback();
      record(batch.responseBytes, (error as { code?: string }).code ?? FakeErrorCode.generalException);
      throw error;
    }
    const steps = this.model.commit();
    record(batch.responseBytes, undefined, steps > 0);
    batch.publish();
    for (const listener of this.batchListeners) listener(this.syncs[this.syncs.length - 1]);
    for (const [sheetId, addresses] of this.changedInBatch) for (const address of addresses) this.fireChanged(sheetId, address);
    this.changedInBatch = new Map();
  }

  /** Office.context.requirements.isSetSupported for the fake's claimed API sets. */
  isSetSupported(name: string, version?: string): boolean {
    const claimed = name === 'ExcelApi' ? this.options.excelApi : name === 'DialogApi' ? this.options.dialogApi : null;
    if (claimed === null) return false;
    return version === undefined || compareVersions(claimed, version) >= 0;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
