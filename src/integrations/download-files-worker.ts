/**
 * The worker thread of `download-files.ts`: formats the five files of each article it is sent (in
 * batches) and writes them under the output folder, in order, off the thread that renders the
 * pages. Replies to `end` with how many files it wrote and what failed, then exits.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { formatArticleFiles, type ArticleFileSource } from '../lib/article-files.ts';
import { lowerThisThreadsPriority, niceness } from './thread-priority.ts';

export type WorkerMessage = { kind: 'articles'; sources: ArticleFileSource[] } | { kind: 'end' };
export interface WorkerReport {
  written: number;
  problems: string[];
}

/**
 * The files are background work: the pages and the search index are the build's critical path,
 * the files only have to be there when it ends. On two cores this thread otherwise takes a third of
 * the CPU from the rendering thread and Pagefind's indexer while they run; at a lower priority it
 * writes whenever a core is free, at the latest while Pagefind finishes the index.
 */
lowerThisThreadsPriority(niceness.background);

const { root } = workerData as { root: string };
const created = new Set<string>();
const report: WorkerReport = { written: 0, problems: [] };

parentPort!.on('message', (message: WorkerMessage) => {
  if (message.kind === 'end') {
    parentPort!.postMessage(report);
    parentPort!.close();
    return;
  }
  for (const source of message.sources) {
    try {
      for (const file of formatArticleFiles(source)) {
        const path = join(root, file.path);
        const folder = dirname(path);
        if (!created.has(folder)) {
          mkdirSync(folder, { recursive: true });
          created.add(folder);
        }
        writeFileSync(path, file.body);
        report.written += 1;
      }
    } catch (error) {
      report.problems.push(`article ${source.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
});
