/**
 * A worker thread of ingest (see runner.ts): runs the batches the main thread posts (batch.ts) and
 * posts the results back; or, started with the facts file, parses it, posts the facts and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, RunSettings } from './batch.ts';
import type { Registries } from './types.ts';

type Data = { registries: Registries; settings: RunSettings } | { facts: Extract<Batch, { kind: 'facts' }> };

const data = workerData as Data;

if ('facts' in data) {
  const { parseFacts } = await import('./read.ts');
  parentPort!.postMessage({ results: parseFacts(data.facts.text, data.facts.path) });
} else {
  const { runBatch } = await import('./batch.ts');
  const { matcherFor } = await import('./extract.ts');
  const { registries, settings } = data;

  // Prepare the registries for matching now, before the first batch.
  matcherFor(registries);

  parentPort!.on('message', ({ id, batch }: { id: number; batch: Batch }) => {
    try {
      parentPort!.postMessage({ id, results: runBatch(batch, settings, registries) });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
