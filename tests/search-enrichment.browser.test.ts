/**
 * The search finds what German readers type, on the built site in Chromium, through the search
 * page: a part of a compound, another spelling of a name, an English place name, an umlaut written
 * out; an article that names a thing ranks above one indexed only under it; a word no article has
 * finds nothing. The added words stay hidden from readers, screen readers and excerpts. The full
 * list of queries is the benchmark's (`npm run bench:search`).
 */
import { describe, expect, test } from 'vitest';
import { articlePath, searchPath } from '../src/lib/routes.ts';
import { useBuiltSite } from './support/site-session.ts';

const ids = {
  khalimov: '000-76ed7095f0a0894c',
  alQaida: '001-ffc1f06195f87f2c',
  abuKamal: '002-5a71443f6a81e8ab',
  falludscha: '003-2e74f504f330e145',
};

const site = useBuiltSite();
const open = (path: string) => site.open(path);

interface Hit {
  path: string;
  excerpt: string;
}

/** Searches on the search page as a reader does and returns the results shown, best first. */
async function search(query: string): Promise<Hit[]> {
  const { page } = await open(searchPath(query));
  await page.waitForFunction(() => {
    const match = /^(\d+) Treffer/.exec(document.querySelector('#suchstatus')?.textContent ?? '');
    if (!match) return false;
    const shown = document.querySelectorAll('#treffer article').length;
    return shown === Math.min(Number(match[1]), 10);
  });
  return page.$$eval('#treffer article', (articles) => articles.map((article) => ({
    path: new URL(article.querySelector('a')!.href).pathname,
    excerpt: article.querySelector('.article-teaser__excerpt')?.textContent ?? '',
  })));
}

const topThree = (hits: Hit[]) => hits.slice(0, 3).map((hit) => hit.path);

describe('search finds', () => {
  test('a compound by its later part: "Netz" finds the article on the "Terrornetz" al-Qaida', async () => {
    expect(topThree(await search('Netz'))).toContain(articlePath(ids.alQaida));
  });

  test('a name in another spelling: "Chalimow" finds the article on Gulmurod Khalimov, which writes Khalimow and Khalimov', async () => {
    expect(topThree(await search('Chalimow'))[0]).toBe(articlePath(ids.khalimov));
  });

  test('a place by its English name: "Fallujah" finds the article on Falludscha', async () => {
    expect(topThree(await search('Fallujah'))).toContain(articlePath(ids.falludscha));
  });

  test('a word with its umlaut written out: "Tuerkei" finds both articles that name the Türkei', async () => {
    expect(topThree(await search('Tuerkei'))).toEqual(expect.arrayContaining([articlePath(ids.abuKamal), articlePath(ids.falludscha)]));
  });

  test('the article that names a thing first: "Milizen" ranks the article with "Milizen" above those with "Terrormiliz"', async () => {
    const hits = await search('Milizen');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]!.path).toBe(articlePath(ids.abuKamal));
  });

  test('nothing for a word no article has: "Kanzler"', async () => {
    expect(await search('Kanzler')).toEqual([]);
  });
});

describe('the added words', () => {
  test('never show in an excerpt: "Chalimow" finds its article with an excerpt from the text', async () => {
    const [hit] = await search('Chalimow');
    expect(hit!.excerpt.length).toBeGreaterThan(0);
    expect(hit!.excerpt).not.toMatch(/Chalimow|Halimov/);
  });

  test('are hidden from sighted readers and from screen readers', async () => {
    const { page } = await open(articlePath(ids.khalimov));
    const block = page.locator('[data-search-terms]');
    await expect(block.count()).resolves.toBe(1);
    await expect(block.isVisible()).resolves.toBe(false);
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).not.toContain('Chalimow');
  });
});
