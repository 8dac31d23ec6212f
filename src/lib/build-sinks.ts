/**
 * Where the build's integrations meet the middleware. An integration (`src/integrations/`) owns a
 * resource for the length of `astro build`: the Pagefind index, the writer of the files that pages
 * offer for download. The middleware (`src/middleware.ts`) hands it what it needs from the pages:
 * every article's search document from the first page on, each article's files as its page renders.
 * The other way round, the build's workers (`src/integrations/archive-model.ts`) hand what they
 * computed to the pages (`src/data/archive.ts`) through the handoffs at the end. All run
 * in the one build process; a global symbol joins them because Astro bundles the middleware and the
 * pages apart from the integrations. Outside a build no sink or handoff is set.
 */
import type { ArticleFileSource } from './article-files.ts';
import type { MessagePort } from 'node:worker_threads';
import type { ArticleTexts, ComputedModel } from '../data/archive-build.ts';
import { createInOrderRelease } from './batch.ts';

/** One article page as the search index reads it: its URL and its search document (`search-document.ts`). */
export interface SearchDocument {
  url: string;
  html: string;
}

/** Takes every article's search document for the search index, from the build's first page on. */
export interface SearchIndexSink {
  /**
   * Called by every page; only the first call's `documents` are asked for, and their documents
   * (every article, in the archive's order, newest first, batch by batch) enter the index in that
   * order as each batch comes. The index is then written while the pages render.
   */
  feed(documents: () => AsyncIterable<readonly SearchDocument[]>): void;
}

/**
 * A file of the built site that no route renders: its path under the site root and its text, whole
 * or in pieces that are made as they are written (a file can be larger than a JavaScript string).
 */
export interface BuildFile {
  path: string;
  body: string | Iterable<string>;
}

/** A file a page offers for download: its path under the site root, its text and its media type. */
export interface DownloadFile extends BuildFile {
  type: string;
}

/** Takes the files pages offer for download and writes them into the built site. */
export interface DownloadFileSink {
  write(files: readonly BuildFile[]): void;
  /** The five files of one article, formatted and written off the rendering thread. */
  writeArticleFiles(source: ArticleFileSource): void;
}

/** One sink, kept under a global symbol so that both bundles see the same one. */
function globalSlot<T>(name: string) {
  const key = Symbol.for(`nachrichtenarchiv.${name}`);
  const slots = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return {
    set(sink: T | undefined): void {
      slots[key] = sink;
    },
    get(): T | undefined {
      return slots[key];
    },
  };
}

export const searchIndexSink = globalSlot<SearchIndexSink>('search-index-sink');
export const downloadFileSink = globalSlot<DownloadFileSink>('download-file-sink');

/**
 * The archive model computed off the rendering thread, for `src/data/archive.ts`: a function,
 * because the result is taken into the rendering thread only when first asked for.
 */
export const computedModelHandoff = globalSlot<() => Promise<ComputedModel>>('computed-model');

/** Every article's body as HTML and its element, computed off the rendering thread; likewise. */
export const articleTextsHandoff = globalSlot<() => Promise<ArticleTexts>>('article-texts');

/**
 * The ports over which the build's workers (`src/integrations/archive-model.ts`) send the search
 * documents as they make them, for the search index's worker; unset when the rendering thread
 * computes everything itself, and the pages feed the index (`SearchIndexSink`).
 */
export const searchDocumentPortsHandoff = globalSlot<MessagePort[]>('search-document-ports');

/** What the build's workers send over those ports: each run of documents with its first one's position in the archive's order, then the end. */
export type DocumentMessage = { kind: 'documents'; start: number; documents: SearchDocument[] } | { kind: 'documents-end' };

/**
 * Takes the runs of documents sent over `ports` and passes them to `release` in the archive's
 * order, whichever port each came over; closes each port at its end and settles once every port
 * has ended, with the number of documents still waiting for an earlier run (none unless a worker
 * failed).
 */
export function receiveDocumentsInOrder(ports: readonly MessagePort[], release: (documents: readonly SearchDocument[]) => void): Promise<number> {
  const inOrder = createInOrderRelease(release);
  let open = ports.length;
  return new Promise((resolve) => {
    for (const port of ports) {
      port.on('message', (message: DocumentMessage) => {
        if (message.kind === 'documents') return inOrder.add(message.start, message.documents);
        port.close();
        if (--open === 0) resolve(inOrder.pending);
      });
    }
  });
}
