/**
 * node scripts/bench/probes/pagefind.ts <dist folder> [way …]
 *
 * What Pagefind's indexer costs for a built site's article pages, reduced as the build hands them
 * over (`searchIndexDocument`), taken in one of four ways, each written to a fresh folder under the
 * system's temporary folder and deleted afterwards:
 *
 * - `api`: `addHTMLFile` per page, then `writeFiles`, as the build does;
 * - `api-no-terms`: the same without the search-terms block (`stripSearchTerms`);
 * - `directory`: the documents written as files, then one `addDirectory` over the folder;
 * - `cli`: the same files indexed by Pagefind's command line (`pagefind --site`).
 *
 * Prints, per way, the wall time and Pagefind's own CPU (user and system, from its process's
 * `/proc/<pid>/stat`, which `/usr/bin/time` of this script would not count) for taking the pages in
 * and for writing the index. Give several ways to run them in turn, e.g. `api directory api
 * directory`: the machine drifts, so compare ways run close together.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { isArticlePagePath, sectionPath } from '../../../src/lib/routes.ts';
import { searchIndexDocument } from '../../../src/lib/search-document.ts';
import { processStats } from '../measure-step.ts';
import { stripSearchTerms } from '../search-index.ts';

const ways = ['api', 'api-no-terms', 'directory', 'cli'] as const;
type Way = (typeof ways)[number];

const [dist, ...requested] = process.argv.slice(2);
if (!dist || requested.some((way) => !(ways as readonly string[]).includes(way))) {
  throw new Error(`usage: pagefind.ts <dist folder> [${ways.join(' | ')} …]`);
}
const root = resolve(import.meta.dirname, '../../..');
const pagefindBin = realpathSync(join(root, 'node_modules/.bin/pagefind'));

/** The reduced article pages, by URL. */
const folder = join(dist, sectionPath('articles'));
const documents = readdirSync(folder)
  .map((name) => ({ url: `${sectionPath('articles')}${name}/`, file: join(folder, name, 'index.html') }))
  .filter(({ url, file }) => isArticlePagePath(url) && existsSync(file))
  .map(({ url, file }) => ({ url, content: searchIndexDocument(readFileSync(file, 'utf8')) }));

/** User and system CPU seconds of this process's Pagefind child (the Node API's service). */
function indexerCpu(): { user: number; system: number } {
  const indexer = processStats().find(({ command, fields }) => Number(fields[1]) === process.pid && command.startsWith('pagefind'));
  if (!indexer) throw new Error('pagefind.ts: no Pagefind process of this script was found');
  return { user: Number(indexer.fields[11]) / 100, system: Number(indexer.fields[12]) / 100 };
}

/** Writes the documents as a site folder Pagefind can read: `<url>index.html` each. */
function writeSite(dir: string) {
  for (const { url, content } of documents) {
    mkdirSync(join(dir, url), { recursive: true });
    writeFileSync(join(dir, url, 'index.html'), content);
  }
}

const format = (seconds: number) => seconds.toFixed(1).padStart(5);

async function run(way: Way): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-probe-'));
  try {
    if (way === 'cli') {
      writeSite(join(scratch, 'site'));
      const timed = spawnSync('/usr/bin/time', ['-f', '%e %U %S', pagefindBin, '--site', join(scratch, 'site'), '--output-path', join(scratch, 'index')], { encoding: 'utf8' });
      if (timed.status !== 0) throw new Error(`pagefind --site failed: ${timed.stderr}`);
      const [wall, user, system] = timed.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      return `${way.padEnd(13)} in all ${format(wall!)} s wall, Pagefind ${format(user!)} s user ${format(system!)} s system`;
    }
    const started = performance.now();
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const before = indexerCpu();
    const startedAdding = performance.now();
    if (way === 'directory') {
      writeSite(join(scratch, 'site'));
      const added = await index.addDirectory({ path: join(scratch, 'site') });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    } else {
      const responses = await Promise.all(documents.map(({ url, content }) => index.addHTMLFile({ url, content: way === 'api' ? content : stripSearchTerms(content) })));
      const failed = responses.flatMap((response) => response.errors);
      if (failed.length > 0) throw new Error(failed.slice(0, 5).join('; '));
    }
    const added = indexerCpu();
    const addedAt = performance.now();
    const written = await index.writeFiles({ outputPath: join(scratch, 'index') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    const done = indexerCpu();
    await index.deleteIndex();
    const wall = (from: number, to: number) => format((to - from) / 1000);
    return `${way.padEnd(13)} take in ${wall(startedAdding, addedAt)} s (Pagefind ${format(added.user - before.user)} s user), `
      + `write ${wall(addedAt, performance.now())} s (${format(done.user - added.user)} s user); `
      + `Pagefind ${format(done.user - before.user)} s user ${format(done.system - before.system)} s system; ${wall(started, performance.now())} s in all`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

console.log(`${documents.length} article pages from ${dist}`);
const chosen: Way[] = requested.length > 0 ? (requested as Way[]) : ['api'];
for (const way of chosen) console.log(await run(way));
await close();
