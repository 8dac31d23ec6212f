/**
 * Builds the Pagefind index while Astro renders the site, instead of reading `dist/` afterwards.
 * The middleware hands each rendered article page over (see `src/middleware.ts`; the article pages
 * are the only ones with `data-pagefind-body`); a worker thread (`search-index-worker.ts`) reduces it
 * to what Pagefind reads and passes it to Pagefind's indexer, which runs as its own process (the
 * Node API's service). So the rendering thread only copies each page's bytes, and the index is
 * parsed and written on the second core while Astro renders on; `pagefind --site dist` after the
 * build did the same work with the renderer idle. With `duringBuild: false` (an archive past one
 * shard of the index, see `indexesSearchAfterBuild`) it does nothing, and `scripts/search-index.ts`
 * writes the index, shard by shard, from `dist/` once Astro's process, and its memory, are gone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createBatcher } from '../lib/batch.ts';
import { searchIndexSink } from '../lib/build-sinks.ts';
import { startBuildWorker } from './build-worker.ts';
import type { IndexedPage, WorkerMessage, WorkerReport } from './search-index-worker.ts';

export function searchIndex({ duringBuild }: { duringBuild: boolean }): AstroIntegration {
  let outputPath = '';
  /** The indexing worker and the pages that go to it in batches, from the start of the build. */
  let indexing: { worker: ReturnType<typeof startBuildWorker<WorkerMessage, WorkerReport>>; pages: ReturnType<typeof createBatcher<IndexedPage>> } | undefined;

  return {
    name: 'nachrichtenarchiv:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outputPath = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:build:start': () => {
        if (!duringBuild) return;
        const worker = startBuildWorker<WorkerMessage, WorkerReport>(new URL('./search-index-worker.ts', import.meta.url), { outputPath }, 'search index');
        const pages = createBatcher<IndexedPage>(32, (batched) => worker.send({ kind: 'pages', pages: batched }, batched.map(({ page }) => page.buffer as ArrayBuffer)));
        indexing = { worker, pages };
        let added = 0;
        searchIndexSink.set({
          add(url, page, { position, total }) {
            // A copy, moved to the worker: the page's own bytes go on to Astro, which writes them.
            pages.add({ url, page: page.slice(), position, total });
            added += 1;
            // The last article page goes at once: the worker then writes the index while the rest renders.
            if (added === total) pages.flush();
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!duringBuild) {
          logger.info('the search index is written after the build (scripts/search-index.ts)');
          return;
        }
        searchIndexSink.set(undefined);
        if (!indexing) throw new Error('search index: no article page was indexed');
        indexing.pages.flush();
        const { pages, words, problems, waitSeconds, writeSeconds, overlapped } = await indexing.worker.finish();
        if (problems.length > 0) throw new Error(`search index: Pagefind failed on ${problems.length} page(s):\n${problems.slice(0, 20).join('\n')}`);
        if (pages === 0) throw new Error('search index: no article page was indexed');
        logger.info(`Pagefind indexed ${pages} article pages (${words} distinct words in all) into ${outputPath}: ${waitSeconds.toFixed(1)} s to take in the last pages, ${writeSeconds.toFixed(1)} s to write${overlapped ? ', begun after the last article page' : ''}`);
      },
    },
  };
}
