/**
 * Where the per-source work of batch.ts runs: in this thread, or on a pool of worker threads
 * (worker.ts) while this thread hands out batches, takes the results in source order, writes and
 * reports.
 * Both give the same results; the entry point does every step that spans sources (the duplicate
 * check, same-story links, entries that share an id, the review file) itself.
 */
import { Worker } from 'node:worker_threads';
import type { Batch, BatchResult, RunSettings } from './batch.ts';
import type { Registries } from './types.ts';

export interface Runner {
  /** Number of worker threads; 0 when the work runs in this thread. */
  readonly workers: number;
  run<B extends Batch>(batch: B): Promise<BatchResult<B>>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/**
 * Runs every batch in this thread, at once. The pipeline is loaded on the first batch, so a run on
 * worker threads does not load it here too.
 */
function createInlineRunner(registries: Registries, settings: RunSettings): Runner {
  return {
    workers: 0,
    run: async (batch) => (await import('./batch.ts')).runBatch(batch, settings, registries),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (results: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Why the thread is gone, once it is. */
  failure?: Error;
}

const workerFile = new URL('./worker.ts', import.meta.url);

/** A young generation of 32 MB rather than V8's default saves about 100 MB a thread at no cost in time measured. */
const resourceLimits = { maxYoungGenerationSizeMb: 32 };

/**
 * Parses the facts file on a thread of its own, beside the pool: the parser's document tree is
 * large (a gigabyte for 100,000 sources) and goes with the thread, instead of staying in the heap
 * of a pool thread that has no reason to collect it.
 */
function parseFactsApart(batch: Extract<Batch, { kind: 'facts' }>): Promise<BatchResult<typeof batch>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { facts: batch }, resourceLimits });
    worker.once('message', ({ results }: { results: BatchResult<typeof batch> }) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`a worker thread failed: ${error.stack ?? error.message}`)));
    worker.once('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code})`)));
  });
}

/**
 * Runs batches on `count` worker threads, each batch on the thread with the fewest queued; the facts
 * file on a thread of its own.
 */
function createWorkerRunner(count: number, registries: Registries, settings: RunSettings): Runner {
  let nextId = 0;
  const fail = (slot: Slot, error: Error) => {
    slot.failure ??= error;
    for (const { reject } of slot.pending.values()) reject(error);
    slot.pending.clear();
  };
  const slots: Slot[] = Array.from({ length: count }, () => {
    // The registries and settings travel once, when the thread starts; it builds its matcher then.
    const worker = new Worker(workerFile, { workerData: { registries, settings }, resourceLimits });
    const slot: Slot = { worker, pending: new Map() };
    slot.worker.on('message', ({ id, results, error }: { id: number; results?: never; error?: string }) => {
      const pending = slot.pending.get(id);
      if (!pending) return;
      slot.pending.delete(id);
      if (error === undefined) pending.resolve(results!);
      else pending.reject(new Error(`a worker thread failed: ${error}`));
    });
    slot.worker.on('error', (error) => fail(slot, new Error(`a worker thread failed: ${error.stack ?? error.message}`)));
    slot.worker.on('exit', (code) => fail(slot, new Error(`a worker thread stopped (exit code ${code})`)));
    return slot;
  });
  return {
    workers: count,
    run: <B extends Batch>(batch: B) => {
      if (batch.kind === 'facts') return parseFactsApart(batch) as Promise<BatchResult<B>>;
      const slot = slots.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      const id = nextId++;
      if (slot.failure) return Promise.reject(slot.failure);
      return new Promise<BatchResult<B>>((resolve, reject) => {
        slot.pending.set(id, { resolve: resolve as (results: never) => void, reject });
        slot.worker.postMessage({ id, batch });
      });
    },
    close: async () => {
      for (const slot of slots) slot.failure ??= new Error('the worker threads were stopped');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** A runner with `workers` threads, or one that runs in this thread for 0. */
export function createRunner(workers: number, registries: Registries, settings: RunSettings): Runner {
  return workers > 0 ? createWorkerRunner(workers, registries, settings) : createInlineRunner(registries, settings);
}

/**
 * Runs `total` items in batches of `batchSize`, with at most `window` batches under way, and hands
 * each result to `consume` in item order, whatever order the batches finish in. When `consume`
 * returns a promise, the next result waits for it.
 *
 * @param runBatch starts the batch of items `start` to `end` (exclusive); one result per item
 */
export async function forEachInOrder<R>(
  total: number,
  { batchSize, window }: { batchSize: number; window: number },
  runBatch: (start: number, end: number) => Promise<R[]>,
  consume: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const underWay: Promise<R[]>[] = [];
  let started = 0;
  let consumed = 0;
  while (consumed < total) {
    while (started < total && underWay.length < window) {
      const end = Math.min(total, started + batchSize);
      const batch = runBatch(started, end);
      // A failure is thrown where the batch's turn comes; until then it is not "unhandled".
      batch.catch(() => undefined);
      underWay.push(batch);
      started = end;
    }
    for (const result of await underWay.shift()!) {
      const consuming = consume(result, consumed++);
      if (consuming) await consuming;
    }
  }
}
