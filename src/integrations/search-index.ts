/**
 * Builds the Pagefind index during `astro build`, instead of reading `dist/` afterwards. A worker
 * thread (`search-index-worker.ts`) passes every article's search document on to Pagefind's indexer,
 * which runs as its own process (the Node API's service), takes them in and writes the index while
 * the build goes on. The documents come from the build's workers, which make them run by run while
 * the content syncs (`archive-model-worker.ts`, over the ports of `searchDocumentPortsHandoff`), so
 * that Pagefind has most of them before the first page renders; where the rendering thread computes
 * everything itself, the middleware hands them over from the first page on, made batch by batch
 * between the first pages (`searchDocuments` in `src/data/archive.ts`). Either way each article page
 * renders the element its document was made from. Fed page by page from the rendered article pages,
 * the index could only be written after the last of them, and the build waited for it at the end
 * with one core idle. With `duringBuild: false` (an archive past one shard of the index, see
 * `indexesSearchAfterBuild`) it does nothing, and `scripts/search-index.ts` writes the index, shard
 * by shard, from `dist/` once Astro's process, and its memory, are gone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { searchDocumentPortsHandoff, searchIndexSink } from '../lib/build-sinks.ts';
import { startBuildWorker } from './build-worker.ts';
import { lowerThisThreadsPriority, niceness } from './thread-priority.ts';
import type { WorkerMessage, WorkerReport } from './search-index-worker.ts';

export function searchIndex({ duringBuild }: { duringBuild: boolean }): AstroIntegration {
  let outputPath = '';
  let worker: ReturnType<typeof startBuildWorker<WorkerMessage, WorkerReport>> | undefined;
  /** How many documents went to the worker (or why they could not be made), once all of them did. */
  let fed: Promise<number> | undefined;

  return {
    name: 'nachrichtenarchiv:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outputPath = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:build:start': () => {
        if (!duringBuild) return;
        const indexer = startBuildWorker<WorkerMessage, WorkerReport>(new URL('./search-index-worker.ts', import.meta.url), { outputPath }, 'search index');
        worker = indexer;
        const ports = searchDocumentPortsHandoff.get();
        if (ports) {
          // The build's workers make the documents and send them straight to the index's worker.
          indexer.send({ kind: 'document-ports', ports }, ports);
          // The index no longer waits for the pages: the rendering thread gives way to it (after
          // the index's worker started, which keeps its priority, and Pagefind's process with it).
          lowerThisThreadsPriority(niceness.rendering);
          return;
        }
        searchIndexSink.set({
          feed(documents) {
            if (fed) return;
            fed = (async () => {
              let handedOver = 0;
              for await (const batch of documents()) {
                indexer.send({ kind: 'documents', documents: batch });
                handedOver += batch.length;
              }
              indexer.send({ kind: 'documents-end' });
              return handedOver;
            })();
            fed.catch(() => {}); // awaited in build:done; the pages fail on the same data first
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!duringBuild) {
          logger.info('the search index is written after the build (scripts/search-index.ts)');
          return;
        }
        searchIndexSink.set(undefined);
        if (!worker) throw new Error('search index: the build did not start the index');
        // Fed by the pages: how many documents they made, or why they could not.
        const fedByPages = fed ? await fed : undefined;
        const { pages, words, received, problems, takeInSeconds, writeSeconds } = await worker.finish();
        if (problems.length > 0) throw new Error(`search index: Pagefind failed on ${problems.length} page(s):\n${problems.slice(0, 20).join('\n')}`);
        if (pages === 0) throw new Error('search index: no article page was indexed');
        if (fedByPages !== undefined && received !== fedByPages) throw new Error(`search index: the pages made ${fedByPages} documents, the index received ${received}`);
        if (pages !== received) throw new Error(`search index: Pagefind took in ${pages} of the ${received} article pages`);
        logger.info(`Pagefind indexed ${pages} article pages (${words} distinct words in all) into ${outputPath}: ${takeInSeconds.toFixed(1)} s to take them in from the first run and ${writeSeconds.toFixed(1)} s to write`);
      },
    },
  };
}
