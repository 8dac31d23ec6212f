/**
 * Writes the files that pages offer for download while `astro build` renders those pages, straight
 * into the output folder: next to each article page its text and citation (`/artikel/<id>.md`,
 * `.txt`, `/artikel/<id>/zitat.bib`, `.ris`, `.json`), and with the data page the archive as JSON
 * and CSV (`/daten/…`). As routes, the article files cost Astro's whole per-page pipeline five times
 * per article (50,000 outputs at 10,000 articles, a third of the build), and a route's body is held
 * whole in memory (`archiv.json` is over half a gigabyte at 100,000 articles). Here the article
 * files are formatted and written on a worker thread (`download-files-worker.ts`), and a file in
 * pieces is streamed piece by piece. The middleware hands everything over (`src/middleware.ts`);
 * `astro dev` serves the same files through the routes, made by the same functions.
 */
import type { AstroIntegration } from 'astro';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ArticleFileSource } from '../lib/article-files.ts';
import { createBatcher } from '../lib/batch.ts';
import { downloadFileSink, type BuildFile } from '../lib/build-sinks.ts';
import { startBuildWorker } from './build-worker.ts';
import type { WorkerMessage, WorkerReport } from './download-files-worker.ts';

/** Writes `files` under `root`; a file in pieces is streamed. */
async function writeFiles(root: string, files: readonly BuildFile[]): Promise<void> {
  await Promise.all([...new Set(files.map((file) => dirname(join(root, file.path))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map(({ path, body }) => typeof body === 'string'
    ? writeFile(join(root, path), body)
    : pipeline(Readable.from(body), createWriteStream(join(root, path)))));
}

export function downloadFiles(): AstroIntegration {
  let root = '';
  const writing = new Set<Promise<void>>();
  const problems: string[] = [];
  let written = 0;
  /** The article files' worker, started with the first article, and what goes to it in batches. */
  let articleFiles: { worker: ReturnType<typeof startBuildWorker<WorkerMessage, WorkerReport>>; sources: ReturnType<typeof createBatcher<ArticleFileSource>> } | undefined;

  return {
    name: 'nachrichtenarchiv:download-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        downloadFileSink.set({
          // Not awaited by the page: the writes finish while Astro renders on; build:done waits.
          write(files) {
            const done: Promise<void> = writeFiles(root, files).then(
              () => { written += files.length; },
              (error: unknown) => { problems.push(`${files.map((file) => file.path).join(', ')}: ${error instanceof Error ? error.message : String(error)}`); },
            ).finally(() => writing.delete(done));
            writing.add(done);
          },
          writeArticleFiles(source) {
            if (!articleFiles) {
              const worker = startBuildWorker<WorkerMessage, WorkerReport>(new URL('./download-files-worker.ts', import.meta.url), { root }, "download files: the article files' worker");
              articleFiles = { worker, sources: createBatcher<ArticleFileSource>(32, (sources) => worker.send({ kind: 'articles', sources })) };
            }
            articleFiles.sources.add(source);
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        downloadFileSink.set(undefined);
        await Promise.all(writing);
        if (articleFiles) {
          articleFiles.sources.flush();
          const report = await articleFiles.worker.finish();
          written += report.written;
          problems.push(...report.problems);
        }
        if (problems.length > 0) throw new Error(`download files: ${problems.length} write(s) failed:\n${problems.slice(0, 20).join('\n')}`);
        logger.info(`wrote ${written} download files`);
      },
    },
  };
}
