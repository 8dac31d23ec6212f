/**
 * The search index and the article markup in the built site (`dist/`): Pagefind indexes article
 * pages only, with German stemming, the filters and the date sort the search page offers, and
 * words exactly as readers see them (no two words glued into one by whitespace compression).
 * German quotation marks survive the Markdown pipeline.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { articlePath, sectionPath } from '../src/lib/routes.ts';
import { searchFilters } from '../src/lib/search-state.ts';
import { distDir, readSiteIfBuilt } from './support/site.ts';

const site = await readSiteIfBuilt();
const articlesPrefix = sectionPath('articles');
const isArticle = (path: string) => path.startsWith(articlesPrefix) && path !== articlesPrefix && !/^\/artikel\/\d+\/$/.test(path);
const articlePaths = [...site.pages.keys()].filter(isArticle);

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind's fragments: gzip, then the `pagefind_dcd` marker, then JSON. */
async function readFragments(): Promise<Fragment[]> {
  const folder = join(distDir, 'pagefind', 'fragment');
  const files = await readdir(folder).catch(() => []);
  return Promise.all(files.map(async (file) => {
    const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
  }));
}

/** Words of the indexed text of a page: text inside data-pagefind-body, outside data-pagefind-ignore. */
function indexedWords(html: string): Set<string> {
  const words = new Set<string>();
  const walk = (node: Root | Element, inBody: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && inBody) for (const word of split((child as Text).value)) words.add(word);
      if (child.type !== 'element') continue;
      if ('dataPagefindIgnore' in child.properties) continue;
      walk(child, inBody || 'dataPagefindBody' in child.properties);
    }
  };
  walk(fromHtml(html), false);
  return words;
}

function split(text: string): string[] {
  return text.toLocaleLowerCase('de').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const fragments = await readFragments();
const fragmentByUrl = new Map(fragments.map((fragment) => [fragment.url.split('?')[0], fragment]));

test('the build wrote article pages and a Pagefind index', () => {
  expect(articlePaths.length, 'no article pages in dist/: run `npm run build`').toBeGreaterThan(0);
  expect(fragments.length).toBeGreaterThan(0);
});

test('Pagefind indexes exactly the article pages, in German', async () => {
  expect([...fragmentByUrl.keys()].sort()).toEqual([...articlePaths].sort());
  const entry = JSON.parse(await readFile(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual(['de']);
});

test('each article page has exactly one data-pagefind-body, and no other page has one', async () => {
  for (const page of site.pages.values()) {
    const html = await readFile(join(distDir, page.file), 'utf8');
    const count = html.match(/data-pagefind-body/g)?.length ?? 0;
    expect(count, page.path).toBe(isArticle(page.path) ? 1 : 0);
  }
});

describe.each(articlePaths)('%s', (path) => {
  test('carries the search filters, the date sort and the result meta', async () => {
    const fragment = fragmentByUrl.get(path)!;
    const known = new Set<string>(searchFilters.map((filter) => filter.key));
    expect(Object.keys(fragment.filters).every((key) => known.has(key))).toBe(true);
    // Sort values live in Pagefind's index, not in the fragment: check the markup instead.
    const html = await readFile(join(distDir, site.pages.get(path)!.file), 'utf8');
    expect(html).toMatch(/<span data-pagefind-sort="date">\d{4}-\d{2}-\d{2}<\/span>/);
    expect(fragment.meta['title']).toBeTruthy();
    expect(fragment.meta['datum']).toBeTruthy();
    expect(fragment.meta['quelle']).toBeTruthy();
  });

  test('is indexed word for word as rendered, with no words glued together', async () => {
    const html = await readFile(join(distDir, site.pages.get(path)!.file), 'utf8');
    const rendered = indexedWords(html);
    const glued = split(fragmentByUrl.get(path)!.content).filter((word) => !rendered.has(word));
    expect(glued).toEqual([]);
  });
});

test('German quotation marks survive the Markdown pipeline', async () => {
  const path = articlePath('001-ffc1f06195f87f2c');
  const page = site.pages.get(path);
  expect(page, `${path} is missing`).toBeDefined();
  const html = await readFile(join(distDir, page!.file), 'utf8');
  const body = html.slice(html.indexOf('article__body'));
  expect(body).toMatch(/„[^“”"]+“/);
  expect(body).not.toMatch(/“[^”„]+”/);
});
