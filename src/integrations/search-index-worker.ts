/**
 * The worker thread of `search-index.ts`: hands every article's search document to Pagefind's
 * indexer in the archive's order and writes the index at once, while Astro renders the pages on the
 * main thread. Replies to `end` with what it indexed, or what failed, once the index is written.
 */
import { close, createIndex } from 'pagefind';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../lib/build-sinks.ts';

export type WorkerMessage = { kind: 'documents'; documents: readonly SearchDocument[] } | { kind: 'end' };
export interface WorkerReport {
  pages: number;
  words: number;
  problems: string[];
  /** Seconds Pagefind took to take in the documents, and to write the index. */
  takeInSeconds: number;
  writeSeconds: number;
}

const { outputPath } = workerData as { outputPath: string };
const problems: string[] = [];
let pages = 0;
let words = 0;

const created = await createIndex({});
if (!created.index || created.errors.length > 0) throw new Error(`search index: Pagefind could not start: ${created.errors.join('; ')}`);
const index = created.index;

/**
 * Hands Pagefind the documents, all at once and in order (Pagefind takes them in one after another
 * and breaks ties between equal scores by that order), waits until it has them, and writes the index.
 */
async function writeIndex(documents: readonly SearchDocument[]) {
  const started = performance.now();
  await Promise.all(documents.map(({ url, html }) => index.addHTMLFile({ url, content: html }).then((response) => {
    for (const error of response.errors) problems.push(`${url}: ${error}`);
    pages += 1;
    words += response.file?.uniqueWords ?? 0;
  }, (error: unknown) => {
    problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  })));
  const writeStarted = performance.now();
  if (problems.length === 0 && pages > 0) {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) problems.push(`writing ${outputPath} failed: ${written.errors.join('; ')}`);
  }
  return { takeInSeconds: (writeStarted - started) / 1000, writeSeconds: (performance.now() - writeStarted) / 1000 };
}

/** The index being written, from the moment the documents came. */
let writing: ReturnType<typeof writeIndex> | undefined;

parentPort!.on('message', async (message: WorkerMessage) => {
  if (message.kind === 'documents') {
    if (writing) problems.push('the documents were handed over twice; the second time was ignored');
    else writing = writeIndex(message.documents);
    return;
  }
  const { takeInSeconds, writeSeconds } = await (writing ??= writeIndex([]));
  await close();
  parentPort!.postMessage({ pages, words, problems, takeInSeconds, writeSeconds } satisfies WorkerReport);
  parentPort!.close();
});
