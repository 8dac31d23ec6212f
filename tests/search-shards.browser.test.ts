/**
 * A search index in shards finds what one index finds. The seeds are built into a site of their own
 * with two articles per shard (`ARCHIVE_SEARCH_SHARD_SIZE=2`, as a 100,000-article archive gets
 * 25,000), so its index is written after the build, by `scripts/search-index.ts`, in three shards.
 * In Chromium, the search page of that site and of the project's own site (one index) must show the
 * same number of results, the same articles, the same filter counts, and by date the same order.
 */
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchPath, sectionPath } from '../src/lib/routes.ts';
import { dateSortValue, searchFilters, sortParam } from '../src/lib/search-state.ts';
import { useBuiltSite, type SiteSession } from './support/site-session.ts';
import { buildTestSite, type TestSite } from './support/test-site.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'search-shards-'));
const shardFolders = ['pagefind', 'pagefind/teil-2', 'pagefind/teil-3'];

let built: TestSite;
// Registered before useBuiltSite's hooks, so the site exists before it is served.
beforeAll(() => {
  built = buildTestSite({
    sourcesDir: join(projectRoot, 'content/sources'),
    factsFile: join(projectRoot, 'content/sources.yaml'),
    workDir,
    env: { ARCHIVE_SEARCH_SHARD_SIZE: '2' },
  });
}, 180_000);
const oneIndex = useBuiltSite();
const sharded = useBuiltSite(join(workDir, 'dist'));
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

interface SearchPage {
  status: string;
  paths: string[];
  /** Text of each open filter group's values with their counts. */
  filters: Record<string, string>;
}

/** Opens the search page at `query` (a URL query string) and reads what it shows once the search is done. */
async function searchOn(session: SiteSession, query: string): Promise<SearchPage> {
  const { page } = await session.open(`${sectionPath('search')}?${query}`);
  await page.waitForFunction(() => {
    const match = /^(\d+) Treffer/.exec(document.querySelector('#suchstatus')?.textContent ?? '');
    return match !== null && document.querySelectorAll('#treffer article').length === Math.min(Number(match[1]), 10);
  }, undefined, { timeout: 10_000 }).catch(async (error: unknown) => {
    const shown = await page.evaluate(() => `${document.querySelector('#suchstatus')?.textContent}; ${document.querySelectorAll('#treffer article').length} shown`);
    throw new Error(`search ${query} on ${session.url}: ${shown}`, { cause: error });
  });
  return page.evaluate(() => ({
    status: document.querySelector('#suchstatus')!.textContent!,
    paths: [...document.querySelectorAll('#treffer article h2 a')].map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    filters: Object.fromEntries([...document.querySelectorAll<HTMLUListElement>('.filter-group ul:not([hidden])')].map((list) => [list.id, list.textContent!.replace(/\s+/g, ' ').trim()])),
  }));
}

/** The pages Pagefind indexed into one shard, from its entry file. */
async function pagesOfShard(folder: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(workDir, 'dist', folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

test('the index is written after the build in three shards of two, two and one article', async () => {
  expect(built.searchIndexOutput).toMatch(/Pagefind indexed 5 article pages .* in 3 shards of up to 2/);
  expect(await Promise.all(shardFolders.map(pagesOfShard))).toEqual([2, 2, 1]);
  expect((await readdir(join(workDir, 'dist', 'pagefind'))).filter((name) => name.startsWith('teil-'))).toEqual(['teil-2', 'teil-3']);
  expect((await readdir(join(workDir, 'dist'))).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
  const searchPage = await readFile(join(workDir, 'dist', 'suche', 'index.html'), 'utf8');
  expect(searchPage).toContain('data-search-shards="[&quot;/pagefind/&quot;,&quot;/pagefind/teil-2/&quot;,&quot;/pagefind/teil-3/&quot;]"');
});

describe('the search page over three shards shows what it shows over one index', () => {
  const year = searchFilters.find((filter) => filter.key === 'year')!.param;
  const publisher = searchFilters.find((filter) => filter.key === 'publisher')!.param;
  const person = searchFilters.find((filter) => filter.key === 'person')!.param;
  const place = searchFilters.find((filter) => filter.key === 'place')!.param;

  test('a word in every article, by relevance: the same count and articles, found in every shard', async () => {
    const query = searchPath('Staat').split('?')[1]!;
    const [one, three] = [await searchOn(oneIndex, query), await searchOn(sharded, query)];
    expect(one.paths.length).toBeGreaterThanOrEqual(4);
    expect(three.status).toBe(one.status);
    expect([...three.paths].sort()).toEqual([...one.paths].sort());
  });

  test('the same word by date: the same articles in the same order, newest first', async () => {
    const query = `${searchPath('Staat').split('?')[1]}&${sortParam}=${dateSortValue}`;
    const [one, three] = [await searchOn(oneIndex, query), await searchOn(sharded, query)];
    expect(three.status).toBe(one.status);
    expect(three.paths).toEqual(one.paths);
  });

  test('with filters selected: the same results and the same counts in every open group', async () => {
    for (const query of [`${year}=2016&${year}=2019`, `${publisher}=RND&${year}=2019`, `${person}=Donald%20Trump&${place}=Syrien`]) {
      const [one, three] = [await searchOn(oneIndex, query), await searchOn(sharded, query)];
      expect(Object.keys(one.filters).length, query).toBeGreaterThan(0);
      expect(three.status, query).toBe(one.status);
      expect(three.filters, query).toEqual(one.filters);
      expect([...three.paths].sort(), query).toEqual([...one.paths].sort());
    }
  });

  test('a word in one article: that article alone', async () => {
    const query = searchPath('Chalimow').split('?')[1]!;
    const [one, three] = [await searchOn(oneIndex, query), await searchOn(sharded, query)];
    expect(one.paths).toHaveLength(1);
    expect(three.paths).toEqual(one.paths);
  });
});
