/**
 * A worker thread of `archive-model.ts`: reads the entries (and the registries) from their files,
 * does its task, renders its share of the bodies, posts the result or what went wrong on the port
 * it was given, and exits. `model`: the archive model (`computeModel`); `terms`: every article's
 * search terms (`computeSearchTerms`). The bodies go to whichever of the two threads is free
 * (`renderBodies` with a counter both share), so both finish together: at 10,000 articles the
 * model is some 5 s of work, the search terms 3 s and the bodies (HTML and plain text) 6 s.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { computeModel, computeSearchTerms, readArticleEntries, readRegistryFiles, renderBodies, type ComputedModel } from '../data/archive-build.ts';
import type { RenderedBody } from '../data/article-body.ts';
import { positionCounter } from '../lib/batch.ts';
import { fingerprintsOf } from '../lib/entry-files.ts';

export type WorkerTask = 'model' | 'terms';
/** What each task posts: its own result, its share of the rendered bodies, the fingerprints of the entries it read. */
export interface WorkerResults {
  model: ComputedModel & { bodies: Map<string, RenderedBody> };
  terms: { searchTerms: Map<string, string[]>; bodies: Map<string, RenderedBody>; fingerprints: Map<string, string> };
}
/** `seconds`: how long reading the files and the work took. */
export type WorkerReply<T extends WorkerTask> = { ok: true; result: WorkerResults[T]; seconds: number } | { ok: false; message: string };

const { task, articlesDir, registryDir, bodyCounter, port } = workerData as {
  task: WorkerTask; articlesDir: string; registryDir: string; bodyCounter: SharedArrayBuffer; port: MessagePort;
};

async function run(): Promise<WorkerResults[WorkerTask]> {
  const entries = readArticleEntries(articlesDir);
  const registries = readRegistryFiles(registryDir);
  const { take } = positionCounter(bodyCounter);
  if (task === 'model') {
    const computed = computeModel(entries, registries);
    return { ...computed, bodies: await renderBodies(entries, take) };
  }
  const searchTerms = await computeSearchTerms(entries, registries);
  return { searchTerms, bodies: await renderBodies(entries, take), fingerprints: fingerprintsOf(entries) };
}

try {
  const started = performance.now();
  const result = await run();
  port.postMessage({ ok: true, result, seconds: (performance.now() - started) / 1000 } satisfies WorkerReply<WorkerTask>);
} catch (error) {
  port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply<WorkerTask>);
}
port.close();
