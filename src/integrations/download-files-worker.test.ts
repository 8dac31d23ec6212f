import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { makeFrontmatter } from '../lib/__fixtures__/factories.ts';
import { formatArticleFiles, type ArticleFileSource } from '../lib/article-files.ts';
import { buildCitationRecord } from '../lib/citation.ts';
import type { WorkerMessage, WorkerReport } from './download-files-worker.ts';

const id = '001-ffc1f06195f87f2c';
const url = `https://archiv.example/artikel/${id}/`;
const citation = buildCitationRecord(id, makeFrontmatter(), url, 'Nachrichtenarchiv');
const source: ArticleFileSource = {
  id,
  citation,
  text: {
    title: 'Titel', sourceLine: 'RND, nach dpa', dateLabel: '2. August 2019', url, citation: 'Zitat', facts: { id, title: 'Titel' },
    body: 'Erster *Absatz* mit „Zitat“.\n\n## Zwischentitel\n\nLetzter Absatz.\n',
  },
};

/** Runs the real worker over `messages` with `root` as the output folder; resolves with its report. */
function runWorker(root: string, messages: WorkerMessage[]): Promise<WorkerReport> {
  const worker = new Worker(new URL('./download-files-worker.ts', import.meta.url), { workerData: { root } });
  const report = new Promise<WorkerReport>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  for (const message of messages) worker.postMessage(message);
  return report;
}

describe('download-files worker', () => {
  test('writes the five files of each article it is sent, as formatArticleFiles makes them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'download-files-'));
    const report = await runWorker(root, [{ kind: 'articles', sources: [source] }, { kind: 'end' }]);
    expect(report).toEqual({ written: 5, problems: [] });
    for (const file of formatArticleFiles(source)) expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.body);
    expect(readdirSync(join(root, 'artikel', id)).sort()).toEqual(['zitat.bib', 'zitat.json', 'zitat.ris']);
  });

  test('reports a file it cannot write with the article it belongs to, and goes on with the next', async () => {
    const root = mkdtempSync(join(tmpdir(), 'download-files-'));
    // A file where the article's folder should be: its citation files cannot be written.
    writeFileSync(join(root, 'artikel'), 'kein Ordner');
    const other = { ...source, id: '002-0123456789abcdef' };
    const report = await runWorker(join(root, 'artikel', 'x'), [{ kind: 'articles', sources: [source, other] }, { kind: 'end' }]);
    expect(report.written).toBe(0);
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(new RegExp(`^article ${id}: ENOTDIR`));
    expect(report.problems[1]).toMatch(/^article 002-0123456789abcdef: /);
  });
});
