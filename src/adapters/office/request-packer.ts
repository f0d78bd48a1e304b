/**
 * Packs queued operations into round trips that each stay under the budget. Callers add
 * operations with their estimated size; the packer starts a new request when the next one
 * would not fit. Then `send` queues each request and syncs once per request — a loop over
 * requests, never over rows.
 */
import type { WorksheetCache } from './worksheet-cache';

/** One queued Office.js operation, given the run's worksheet proxies. */
export type Operation = (sheets: WorksheetCache) => void;

/** A round trip's worth of operations. */
export interface PackedRequest {
  readonly bytes: number;
  readonly operations: readonly Operation[];
}

/** Collects operations into requests of at most `budgetBytes` (by estimate). */
export class RequestPacker {
  private readonly full: PackedRequest[] = [];
  private bytes = 0;
  private operations: Operation[] = [];

  constructor(readonly budgetBytes: number) {}

  /** Bytes left in the current request. */
  get room(): number {
    return this.budgetBytes - this.bytes;
  }

  /**
   * Adds an operation, starting a new request first when it does not fit in this one. An
   * operation bigger than the whole budget still goes, alone: splitting it is the caller's job.
   */
  add(bytes: number, operation: Operation): void {
    if (this.operations.length > 0 && bytes > this.room) this.next();
    this.operations.push(operation);
    this.bytes += bytes;
  }

  /** Closes the current request (if it holds anything). */
  next(): void {
    if (this.operations.length === 0) return;
    this.full.push({ bytes: this.bytes, operations: this.operations });
    this.operations = [];
    this.bytes = 0;
  }

  /** Every request so far, the open one included. */
  requests(): PackedRequest[] {
    return this.operations.length > 0 ? [...this.full, { bytes: this.bytes, operations: this.operations }] : [...this.full];
  }
}

/** Queues and syncs each request in order. */
export async function sendRequests(sheets: WorksheetCache, requests: readonly PackedRequest[]): Promise<void> {
  for (const request of requests) {
    // Values written by Loadline feed no formula it reads back; recalculating once at the end is enough.
    sheets.context.application.suspendApiCalculationUntilNextSync();
    for (const operation of request.operations) operation(sheets);
    await sheets.context.sync();
  }
}
