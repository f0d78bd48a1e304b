/**
 * Peak resident memory while synchronous code runs. A worker thread samples the process's RSS
 * (process-wide, so it sees the main thread's allocations) every millisecond, which a timer on the
 * main thread could not do while a long synchronous phase blocks its event loop.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript, evaluated in the worker: keep the running maximum in shared memory.
const SAMPLER_SOURCE = `
const { workerData } = require('node:worker_threads');
const slots = new BigInt64Array(workerData);
const sample = () => {
  const rss = BigInt(process.memoryUsage.rss());
  if (rss > Atomics.load(slots, 0)) Atomics.store(slots, 0, rss);
  if (Atomics.load(slots, 1) === 0n) setTimeout(sample, 1);
};
sample();
`;

/** A running sampler: `peakBytes()` is the highest RSS seen since `reset()`. */
export interface RssSampler {
  reset(): void;
  peakBytes(): number;
  stop(): Promise<void>;
}

/** Starts sampling; resolves once the worker has taken its first sample. */
export async function startRssSampler(): Promise<RssSampler> {
  // Slot 0: peak RSS in bytes; slot 1: 1 once asked to stop.
  const slots = new BigInt64Array(new SharedArrayBuffer(16));
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: slots.buffer });
  while (Atomics.load(slots, 0) === 0n) await new Promise((resolve) => setTimeout(resolve, 1));
  return {
    reset: () => Atomics.store(slots, 0, BigInt(process.memoryUsage.rss())),
    peakBytes: () => Math.max(Number(Atomics.load(slots, 0)), process.memoryUsage.rss()),
    stop: async () => {
      Atomics.store(slots, 1, 1n);
      await worker.terminate();
    },
  };
}
