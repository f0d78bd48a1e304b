/**
 * The benchmark's child process: runs the phases before the one asked for (untimed), then times
 * that one and measures its memory, and sends the outcome to the parent. One process per phase,
 * so no phase inherits another's garbage, heap growth or warmed-up code from an earlier run of
 * itself; each pays its own JIT warm-up, as a one-shot CLI run does.
 *
 * Run with --expose-gc (the runner does): memory is measured after a full collection.
 */
import { performance } from 'node:perf_hooks';
import { PHASES, type BenchContext } from './phases';
import { startRssSampler } from './rss-sampler';

/** What the parent asks for. */
export interface PhaseRequest {
  readonly file: string;
  readonly asOf: string;
  /** Index into PHASES. */
  readonly phase: number;
}

/** What the child reports. Memory is in bytes. */
export type PhaseOutcome =
  | { readonly status: 'ok'; readonly ms: number; readonly peakRssGrowth: number; readonly retainedHeap: number; readonly note: string }
  | { readonly status: 'n/a'; readonly reason: string }
  | { readonly status: 'error'; readonly message: string };

/**
 * A full collection that also frees buffers: V8 releases an ArrayBuffer's backing store (external
 * memory) only on the collection after the one that found its wrapper dead, so collect twice.
 */
async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('measure-phase: run node with --expose-gc');
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

/** JS heap plus memory outside it (Buffers and ArrayBuffers are counted in `external`). */
const heapInUse = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const isNotImplemented = (error: unknown): boolean => /not implemented/i.test(messageOf(error));

/** Runs the request in this process. */
export async function measurePhase(request: PhaseRequest): Promise<PhaseOutcome> {
  const context: BenchContext = { file: request.file, asOf: request.asOf };
  for (const earlier of PHASES.slice(0, request.phase)) {
    try {
      await earlier.prepare?.(context);
      await earlier.run(context);
    } catch (error) {
      if (isNotImplemented(error)) return { status: 'n/a', reason: `needs ${earlier.name}` };
      return { status: 'error', message: `${earlier.name}: ${messageOf(error)}` };
    }
  }
  const phase = PHASES[request.phase];
  try {
    await phase.prepare?.(context);
  } catch (error) {
    return { status: 'error', message: `preparing ${phase.name}: ${messageOf(error)}` };
  }
  const sampler = await startRssSampler();
  await collectGarbage();
  const heapBefore = heapInUse();
  sampler.reset();
  const rssBefore = process.memoryUsage.rss();
  let note: string | void;
  const started = performance.now();
  try {
    note = await phase.run(context);
  } catch (error) {
    await sampler.stop();
    if (isNotImplemented(error)) return { status: 'n/a', reason: 'not implemented' };
    return { status: 'error', message: messageOf(error) };
  }
  const ms = performance.now() - started;
  const peakRss = sampler.peakBytes();
  await sampler.stop();
  // `context` still holds the phase's output, so what survives this collection is what it keeps.
  await collectGarbage();
  const retainedHeap = heapInUse() - heapBefore;
  return { status: 'ok', ms, peakRssGrowth: peakRss - rssBefore, retainedHeap, note: note ?? '' };
}

if (require.main === module) {
  const request = JSON.parse(process.argv[2] ?? '') as PhaseRequest;
  measurePhase(request).then(
    (outcome) => process.send?.(outcome),
    (error: unknown) => process.send?.({ status: 'error', message: messageOf(error) } satisfies PhaseOutcome),
  );
}
