/**
 * How big one round trip may be. Excel on the web refuses a request or a response over 5 MB and
 * a range read over 5,000,000 cells; Loadline plans every round trip to stay under 4 MB by its
 * own estimate, which leaves room for what the estimate misses.
 */

/** Default budget for one request or one response, in bytes. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;

/** Excel's limit on the cells of one range read. */
export const MAX_CELLS_PER_READ = 5_000_000;

/** Estimated fixed cost of one queued operation (object path plus action descriptor). */
export const OPERATION_BYTES = 150;

/** Size of a value serialised as JSON, the form Office.js sends it in. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** True when Excel refused a round trip for its size; the caller can retry in smaller pieces. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
