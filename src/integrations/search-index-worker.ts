/**
 * The worker thread of `search-index.ts`: takes the rendered article pages, reduces each to what
 * Pagefind reads (`searchIndexDocument`), hands them to Pagefind's indexer in the archive's order,
 * and writes the index as soon as the last one is in, all off the thread that renders the pages.
 * Replies to `end` with what it indexed, or what failed, once the index is written.
 */
import { close, createIndex } from 'pagefind';
import { parentPort, workerData } from 'node:worker_threads';
import { searchIndexDocument } from '../lib/search-document.ts';

/** A rendered article page (UTF-8) with its place in the archive's order, of how many. */
export interface IndexedPage {
  url: string;
  page: Uint8Array;
  position: number;
  total: number;
}
export type WorkerMessage = { kind: 'pages'; pages: IndexedPage[] } | { kind: 'end' };
export interface WorkerReport {
  pages: number;
  words: number;
  problems: string[];
  /** Seconds from `end` until Pagefind had taken in every page, and spent writing the index. */
  waitSeconds: number;
  writeSeconds: number;
  /** Whether the index was being written before `end` came (the last article page came earlier). */
  overlapped: boolean;
}

const { outputPath } = workerData as { outputPath: string };
const decoder = new TextDecoder();
const problems: string[] = [];
let pages = 0;
let words = 0;
let pending: Promise<void>[] = [];

const created = await createIndex({});
if (!created.index || created.errors.length > 0) throw new Error(`search index: Pagefind could not start: ${created.errors.join('; ')}`);
const index = created.index;

function addToIndex(url: string, html: string) {
  pending.push(index.addHTMLFile({ url, content: html }).then((response) => {
    for (const error of response.errors) problems.push(`${url}: ${error}`);
    pages += 1;
    words += response.file?.uniqueWords ?? 0;
  }, (error: unknown) => {
    problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }));
}

/**
 * Pages wait here until every page before them in the archive's order is in: Astro renders eight
 * at a time and they finish in any order, and Pagefind breaks ties between equal scores by the
 * order pages entered the index, so that order must not depend on timing.
 */
const waiting = new Map<number, { url: string; html: string }>();
let nextPosition = 0;

/** Hands Pagefind the waiting pages that are next in order; with `all`, every waiting page. */
function release(all: boolean) {
  for (let page = waiting.get(nextPosition); page; page = waiting.get(nextPosition)) {
    waiting.delete(nextPosition);
    nextPosition += 1;
    addToIndex(page.url, page.html);
  }
  if (!all) return;
  // A page whose predecessor never came (none should): the rest in order, rather than lost.
  for (const [, page] of [...waiting].sort(([a], [b]) => a - b)) addToIndex(page.url, page.html);
  waiting.clear();
}

/** Waits for Pagefind to take in every page handed over, then writes the index. */
async function writeIndex() {
  release(true);
  const waitStarted = performance.now();
  await Promise.all(pending);
  pending = [];
  const writeStarted = performance.now();
  if (problems.length === 0 && pages > 0) {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) problems.push(`writing ${outputPath} failed: ${written.errors.join('; ')}`);
  }
  return { waitSeconds: (writeStarted - waitStarted) / 1000, writeSeconds: (performance.now() - writeStarted) / 1000 };
}

/** The index being written, from the moment the last article page is in. */
let writing: ReturnType<typeof writeIndex> | undefined;

parentPort!.on('message', async (message: WorkerMessage) => {
  if (message.kind === 'pages') {
    for (const { url, page, position, total } of message.pages) {
      if (writing) {
        problems.push(`${url}: handed over after the last article page, when the index was already being written`);
        continue;
      }
      waiting.set(position, { url, html: searchIndexDocument(decoder.decode(page)) });
      release(false);
      // Astro renders the article pages first (routes go in alphabetical order, /artikel/ early),
      // so Pagefind writes the index on its own process while the listings render.
      if (nextPosition === total) writing = writeIndex();
    }
    return;
  }
  const overlapped = writing !== undefined;
  const { waitSeconds, writeSeconds } = await (writing ??= writeIndex());
  await close();
  parentPort!.postMessage({ pages, words, problems, waitSeconds, writeSeconds, overlapped } satisfies WorkerReport);
  parentPort!.close();
});
