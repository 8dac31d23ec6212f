/**
 * A worker thread of ingest (see runner.ts): runs the batches the main thread posts (batch.ts) and
 * posts the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type Batch, type RunSettings } from './batch.ts';
import { matcherFor } from './extract.ts';
import type { Registries } from './types.ts';

const { registries, settings } = workerData as { registries: Registries; settings: RunSettings };

// Prepare the registries for matching now, while the main thread still reads the facts.
matcherFor(registries);

parentPort!.on('message', ({ id, batch }: { id: number; batch: Batch }) => {
  try {
    parentPort!.postMessage({ id, results: runBatch(batch, settings, registries) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
