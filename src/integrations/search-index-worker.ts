/**
 * The worker thread of `search-index.ts`: hands the articles' search documents to Pagefind's
 * indexer in the archive's order as they come, and writes the index once the last has come. They
 * come either over the ports of the build's workers (`document-ports`), run by run and in whatever
 * order the two workers make them, or from the main thread batch by batch in order. Replies to
 * `end` with what it indexed, or what failed, once the index is written.
 */
import { close, createIndex } from 'pagefind';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { receiveDocumentsInOrder, type SearchDocument } from '../lib/build-sinks.ts';

export type WorkerMessage =
  | { kind: 'documents'; documents: readonly SearchDocument[] }
  | { kind: 'documents-end' }
  | { kind: 'document-ports'; ports: MessagePort[] }
  | { kind: 'end' };
export interface WorkerReport {
  pages: number;
  words: number;
  /** Documents received, all of them handed to Pagefind. */
  received: number;
  problems: string[];
  /** Seconds Pagefind took to take in the documents from the first run on, and to write the index. */
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
 * Every document handed to Pagefind so far, each settled once Pagefind has it. Pagefind takes them
 * in one after another in the order they were sent, and breaks ties between equal scores by that order.
 */
const takingIn: Promise<void>[] = [];
let firstBatchAt: number | undefined;

function takeIn(documents: readonly SearchDocument[]) {
  firstBatchAt ??= performance.now();
  for (const { url, html } of documents) {
    takingIn.push(index.addHTMLFile({ url, content: html }).then((response) => {
      for (const error of response.errors) problems.push(`${url}: ${error}`);
      pages += 1;
      words += response.file?.uniqueWords ?? 0;
    }, (error: unknown) => {
      problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }));
  }
}

/** Waits until Pagefind has every document, then writes the index (unless something failed). */
async function writeIndex() {
  const started = firstBatchAt ?? performance.now();
  await Promise.all(takingIn);
  const writeStarted = performance.now();
  if (problems.length === 0 && pages > 0) {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) problems.push(`writing ${outputPath} failed: ${written.errors.join('; ')}`);
  }
  return { takeInSeconds: (writeStarted - started) / 1000, writeSeconds: (performance.now() - writeStarted) / 1000 };
}

/** The index being written, from the moment the last documents came. */
let writing: ReturnType<typeof writeIndex> | undefined;
let received = 0;

/** Takes the documents the build's workers send over `ports`, in the archive's order, and writes the index once every port has sent its last. */
function listen(ports: readonly MessagePort[]) {
  void receiveDocumentsInOrder(ports, (documents) => {
    received += documents.length;
    takeIn(documents);
  }).then((pending) => {
    received += pending;
    if (pending > 0) problems.push(`${pending} documents waited for earlier ones that never came`);
    writing = writeIndex();
  });
}

parentPort!.on('message', async (message: WorkerMessage) => {
  if (message.kind === 'document-ports') return listen(message.ports);
  if (message.kind === 'documents' || message.kind === 'documents-end') {
    if (writing) {
      problems.push(`documents came after the last of them (${message.kind}); they were ignored`);
      return;
    }
    if (message.kind === 'documents') {
      received += message.documents.length;
      takeIn(message.documents);
    } else writing = writeIndex();
    return;
  }
  // Without `documents-end` (the documents could not all be made) nothing is written.
  const { takeInSeconds, writeSeconds } = await (writing ?? Promise.all(takingIn).then(() => ({ takeInSeconds: 0, writeSeconds: 0 })));
  await close();
  parentPort!.postMessage({ pages, words, received, problems, takeInSeconds, writeSeconds } satisfies WorkerReport);
  parentPort!.close();
});
