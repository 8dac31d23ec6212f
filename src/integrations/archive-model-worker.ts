/**
 * A worker thread of `archive-model.ts`: reads the entries (and, for the model, the registries) from
 * their files, does its task, posts the result or what went wrong on the port it was given, and
 * exits. `model`: the archive model (`computeModel`); `texts`: every article's body as HTML and its
 * search terms (`computeArticleTexts`). Two tasks on two threads, about even: at 10,000 articles
 * some 8 s of work each beside the content sync.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { computeArticleTexts, computeModel, readArticleEntries, readRegistryFiles, type ArticleTexts, type ComputedModel } from '../data/archive-build.ts';

export type WorkerTask = 'model' | 'texts';
export interface WorkerResults {
  model: ComputedModel;
  texts: ArticleTexts;
}
/** `seconds`: how long reading the files and the task took. */
export type WorkerReply<T extends WorkerTask> = { ok: true; result: WorkerResults[T]; seconds: number } | { ok: false; message: string };

const { task, articlesDir, registryDir, port } = workerData as { task: WorkerTask; articlesDir: string; registryDir: string; port: MessagePort };

try {
  const started = performance.now();
  const entries = readArticleEntries(articlesDir);
  const registries = readRegistryFiles(registryDir);
  const result = task === 'model' ? computeModel(entries, registries) : await computeArticleTexts(entries, registries);
  port.postMessage({ ok: true, result, seconds: (performance.now() - started) / 1000 } satisfies WorkerReply<WorkerTask>);
} catch (error) {
  port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply<WorkerTask>);
}
port.close();
