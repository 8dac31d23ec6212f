/**
 * A worker thread of `archive-model.ts`: reads the entries (half of the files, and the other half
 * from the other worker: `readEntriesWithPeer`) and the registries, does its task, renders its share
 * of the bodies, posts the result or what went wrong on the port it was given, and exits. `model`:
 * the archive model (`computeModel`); `terms`: every article's search terms (`computeSearchTerms`).
 * The bodies go to whichever of the two threads is free (`renderBodies` with a counter both share),
 * so both finish together: at 10,000 articles the model is some 5 s of work, the search terms 3 s
 * and the bodies (HTML and plain text) 6 s.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { articleFileNames, computeModel, computeSearchTerms, inIdOrder, partOf, readArticleFiles, readRegistryFiles, renderBodies, type ComputedModel } from '../data/archive-build.ts';
import type { RenderedBody } from '../data/article-body.ts';
import { positionCounter } from '../lib/batch.ts';
import type { ArticleEntryFile } from '../lib/entry-files.ts';

export type WorkerTask = 'model' | 'terms';
/** What each task posts: its own result (the model with the fingerprints of the entries it read) and its share of the rendered bodies. */
export interface WorkerResults {
  model: ComputedModel & { bodies: Map<string, RenderedBody> };
  terms: { searchTerms: Map<string, string[]>; bodies: Map<string, RenderedBody> };
}
/** `seconds`: how long reading the files and the work took. */
export type WorkerReply<T extends WorkerTask> = { ok: true; result: WorkerResults[T]; seconds: number } | { ok: false; message: string };

/** Which half of the entry files each task reads (see `readEntriesWithPeer`). */
const readingPart: Record<WorkerTask, number> = { model: 0, terms: 1 };

/** What one worker passes the other: the entries of its half of the files, or why it could not read them. */
type PeerMessage = { ok: true; entries: ArticleEntryFile[] } | { ok: false; message: string };

const { task, articlesDir, registryDir, bodyCounter, port, peer } = workerData as {
  task: WorkerTask; articlesDir: string; registryDir: string; bodyCounter: SharedArrayBuffer; port: MessagePort; peer: MessagePort;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Every entry, in id order: this thread reads and checks its half of the files and passes it to
 * the other worker over `peer`, which does the same with the other half. Both need every entry; at
 * 10,000 articles reading and checking them all took each thread 1.4–2 s, passing half over 0.2 s.
 */
async function readEntriesWithPeer(): Promise<ArticleEntryFile[]> {
  const theirs = new Promise<ArticleEntryFile[]>((resolve, reject) => {
    peer.once('message', (message: PeerMessage) => {
      if (message.ok) resolve(message.entries);
      else reject(new Error(`the other worker could not read its entries: ${message.message}`));
    });
    peer.once('close', () => reject(new Error('the other worker stopped before it passed its entries')));
  });
  let mine: ArticleEntryFile[];
  try {
    mine = readArticleFiles(articlesDir, partOf(articleFileNames(articlesDir), readingPart[task], 2));
  } catch (error) {
    peer.postMessage({ ok: false, message: messageOf(error) } satisfies PeerMessage);
    throw error;
  }
  peer.postMessage({ ok: true, entries: mine } satisfies PeerMessage);
  const entries = inIdOrder([...mine, ...await theirs]);
  peer.close();
  return entries;
}

async function run(): Promise<WorkerResults[WorkerTask]> {
  const entries = await readEntriesWithPeer();
  const registries = readRegistryFiles(registryDir);
  const { take } = positionCounter(bodyCounter);
  if (task === 'model') {
    const computed = computeModel(entries, registries);
    return { ...computed, bodies: await renderBodies(entries, take) };
  }
  const searchTerms = await computeSearchTerms(entries, registries);
  return { searchTerms, bodies: await renderBodies(entries, take) };
}

try {
  const started = performance.now();
  const result = await run();
  port.postMessage({ ok: true, result, seconds: (performance.now() - started) / 1000 } satisfies WorkerReply<WorkerTask>);
} catch (error) {
  port.postMessage({ ok: false, message: messageOf(error) } satisfies WorkerReply<WorkerTask>);
}
port.close();
