/**
 * A worker thread of `archive-model.ts`: reads the entries (half of the files, and the other half
 * from the other worker: `readEntriesWithPeer`) and the registries, does its task, makes its share
 * of the articles, posts the result or what went wrong on the port it was given, and exits. `model`:
 * the archive model (`computeModel`); `terms`: every article's search terms (`computeSearchTerms`).
 * Each passes the other what it computed (the articles' views for their elements, the search
 * terms), and then both make the articles (body, element, search document: `makeArticles`) with a
 * counter they share, so both finish together. The search documents go, run by run as they are
 * made, to the search index's worker over the `documents` port: Pagefind takes them in while the
 * content still syncs, long before the first page renders.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { articleFileNames, computeModel, computeSearchTerms, inIdOrder, makeArticles, partOf, readArticleFiles, readRegistryFiles, type ComputedModel, type MadeArticles } from '../data/archive-build.ts';
import { elementViewOf, type ArticleElementView } from '../lib/article-element.ts';
import { positionCounter } from '../lib/batch.ts';
import type { DocumentMessage, SearchDocument } from '../lib/build-sinks.ts';
import type { ArticleEntryFile } from '../lib/entry-files.ts';

export type WorkerTask = 'model' | 'terms';
/**
 * What each task posts: its share of the articles, and the model with the fingerprints of the
 * entries it read. The search terms stay in the workers: the pages render the elements made from them.
 */
export interface WorkerResults {
  model: ComputedModel & MadeArticles;
  terms: MadeArticles;
}
/** `seconds`: how long reading the files and the work took. */
export type WorkerReply<T extends WorkerTask> = { ok: true; result: WorkerResults[T]; seconds: number } | { ok: false; message: string };

/** Which half of the entry files each task reads (see `readEntriesWithPeer`). */
const readingPart: Record<WorkerTask, number> = { model: 0, terms: 1 };

/** What one worker passes the other: its half of the entries, then its own result, or why it failed. */
type PeerMessage =
  | { kind: 'entries'; entries: ArticleEntryFile[] }
  | { kind: 'views'; views: ArticleElementView[] }
  | { kind: 'terms'; searchTerms: Map<string, string[]> }
  | { kind: 'failed'; message: string };
type PeerKind = Exclude<PeerMessage['kind'], 'failed'>;

const { task, articlesDir, registryDir, bodyCounter, port, peer, documents } = workerData as {
  task: WorkerTask; articlesDir: string; registryDir: string; bodyCounter: SharedArrayBuffer; port: MessagePort; peer: MessagePort;
  /** Where the search documents go; none when the build writes no search index (`archive-model.ts`). */
  documents: MessagePort | undefined;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The other worker's messages by kind, each a promise that fails when the other worker does. */
const fromPeer = (() => {
  const kinds: PeerKind[] = ['entries', 'views', 'terms'];
  const slots = new Map(kinds.map((kind) => [kind, Promise.withResolvers<PeerMessage>()]));
  for (const { promise } of slots.values()) promise.catch(() => {}); // awaited where the message is needed
  const failAll = (error: Error) => { for (const { reject } of slots.values()) reject(error); };
  peer.on('message', (message: PeerMessage) => {
    if (message.kind === 'failed') failAll(new Error(`the other worker failed: ${message.message}`));
    else slots.get(message.kind)!.resolve(message);
  });
  peer.once('close', () => failAll(new Error('the other worker stopped before it passed what this one needs')));
  return <K extends PeerKind>(kind: K) => slots.get(kind)!.promise as Promise<Extract<PeerMessage, { kind: K }>>;
})();

const toPeer = (message: PeerMessage) => peer.postMessage(message);

/**
 * Every entry, in id order: this thread reads and checks its half of the files and passes it to
 * the other worker, which does the same with the other half. Both need every entry; at 10,000
 * articles reading and checking them all took each thread 1.4–2 s, passing half over 0.2 s.
 */
async function readEntriesWithPeer(): Promise<ArticleEntryFile[]> {
  const mine = readArticleFiles(articlesDir, partOf(articleFileNames(articlesDir), readingPart[task], 2));
  toPeer({ kind: 'entries', entries: mine });
  const { entries: theirs } = await fromPeer('entries');
  return inIdOrder([...mine, ...theirs]);
}

const sendDocuments = documents && ((start: number, made: SearchDocument[]) => documents.postMessage({ kind: 'documents', start, documents: made } satisfies DocumentMessage));

async function run(): Promise<WorkerResults[WorkerTask]> {
  const entries = await readEntriesWithPeer();
  const registries = readRegistryFiles(registryDir);
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
  const { take } = positionCounter(bodyCounter);
  if (task === 'model') {
    const computed = computeModel(entries, registries);
    const views = computed.model.articles.map(elementViewOf);
    toPeer({ kind: 'views', views });
    const { searchTerms } = await fromPeer('terms');
    return { ...computed, ...makeArticles(views, entriesById, searchTerms, take, sendDocuments) };
  }
  const searchTerms = await computeSearchTerms(entries, registries);
  toPeer({ kind: 'terms', searchTerms });
  const { views } = await fromPeer('views');
  return makeArticles(views, entriesById, searchTerms, take, sendDocuments);
}

try {
  const started = performance.now();
  const result = await run();
  documents?.postMessage({ kind: 'documents-end' } satisfies DocumentMessage);
  port.postMessage({ ok: true, result, seconds: (performance.now() - started) / 1000 } satisfies WorkerReply<WorkerTask>);
} catch (error) {
  toPeer({ kind: 'failed', message: messageOf(error) });
  port.postMessage({ ok: false, message: messageOf(error) } satisfies WorkerReply<WorkerTask>);
}
documents?.close();
peer.close();
port.close();
