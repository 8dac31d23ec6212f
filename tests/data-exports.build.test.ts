/**
 * The downloads, feeds and citation files in the built site (`dist/`): the archive as JSON and CSV
 * with the right number of records, well-formed RSS and Atom feeds with the right entries, linked
 * from the pages they belong to, the OpenSearch description linked from every page, and on every
 * article page the citation and text files, which exist and parse.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import {
  articleCitationPath, articleTextPath, dataFilePath, feedPath, openSearchPath, sectionPath, segments, type EntitySection,
} from '../src/lib/routes.ts';
import { feedLimit } from '../src/lib/feeds.ts';
import { fileOfPath, readSiteIfBuilt, type SitePage } from './support/site.ts';

const site = await readSiteIfBuilt();
const built = site.files.has('index.html');
const read = (path: string) => readFile(join(site.root, fileOfPath(site.files, path) ?? path.slice(1)), 'utf8');
const exists = (path: string) => fileOfPath(site.files, path) !== undefined;

/** Article pages: `/artikel/<id>/`, not the pages of the article list (`/artikel/2/`). */
const articlePages = [...site.pages.values()].filter((page) => /^\/artikel\/(?!\d+\/$)[^/]+\/$/.test(page.path));
const idOf = (page: SitePage) => page.path.split('/')[2]!;

/** First pages of the detail pages of a section (`/personen/nathan-sales/`, not `/personen/nathan-sales/2/`). */
function detailPages(section: EntitySection): SitePage[] {
  const pattern = new RegExp(`^/${segments[section]}/(?!\\d+/$)[^/]+/$`);
  return [...site.pages.values()].filter((page) => pattern.test(page.path));
}

/** Records of an RFC 4180 CSV text. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { field += '"'; index += 1; } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { record.push(field); field = ''; } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; index += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('parseCsv: the last record does not end with CRLF');
  return records;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'link'].includes(name) });

/** Parses a feed after checking it is well-formed; RSS items and Atom entries as lists of links. */
async function readFeed(path: string): Promise<{ format: 'rss' | 'atom'; links: string[] }> {
  const text = await read(path);
  expect(XMLValidator.validate(text), `${path} is not well-formed XML`).toBe(true);
  const document = xml.parse(text) as {
    rss?: { channel: { item?: { link: string[] }[] } };
    feed?: { id: string; title: string; updated: string; entry?: { id: string; updated: string; link: { '@href': string }[] }[] };
  };
  if (document.rss) return { format: 'rss', links: (document.rss.channel.item ?? []).map((item) => item.link[0]!) };
  const feed = document.feed!;
  expect([feed.id, feed.title, feed.updated].every(Boolean), `${path} lacks id, title or updated`).toBe(true);
  for (const entry of feed.entry ?? []) expect(entry.id && entry.updated, `${path}: an entry lacks id or updated`).toBeTruthy();
  return { format: 'atom', links: (feed.entry ?? []).map((entry) => entry.link[0]!['@href']) };
}

const pathOf = (url: string) => new URL(url).pathname;

describe.skipIf(!built)('the archive as data', () => {
  test('archiv.json parses and holds every article with its permanent URL and body, and every name', async () => {
    const archive = JSON.parse(await read(dataFilePath('archiv.json'))) as {
      articles: { id: string; url: string; body: string }[];
      people: unknown[]; places: unknown[]; organisations: unknown[]; outlets: unknown[]; origins: unknown[];
    };
    expect(archive.articles.map((article) => article.id).sort()).toEqual(articlePages.map(idOf).sort());
    for (const article of archive.articles) {
      expect(exists(pathOf(article.url)), article.url).toBe(true);
      expect(article.body.length).toBeGreaterThan(0);
    }
    expect(archive.people).toHaveLength(detailPages('people').length);
    expect(archive.outlets).toHaveLength(detailPages('outlets').length);
  });

  test('artikel.csv has a header and one record per article, each with as many fields as the header', async () => {
    const records = parseCsv(await read(dataFilePath('artikel.csv')));
    expect(records[0]!.slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(records).toHaveLength(1 + articlePages.length);
    for (const record of records) expect(record).toHaveLength(records[0]!.length);
  });

  test.each([
    ['personen.csv', 'people'], ['orte.csv', 'places'], ['organisationen.csv', 'organisations'],
    ['medien.csv', 'outlets'], ['herkunft.csv', 'origins'],
  ] as const)('%s has one record per %s page, with its article count', async (file, section) => {
    const records = parseCsv(await read(dataFilePath(file)));
    expect(records[0]!.slice(0, 4)).toEqual(['name', 'url', 'articles', 'mentions']);
    expect(records).toHaveLength(1 + detailPages(section).length);
    for (const record of records.slice(1)) {
      expect(exists(pathOf(record[1]!)), record[1]).toBe(true);
      expect(Number(record[2])).toBeGreaterThan(0);
    }
  });

  test('the data page links every download, the archive feeds and the OpenSearch description', () => {
    const page = site.pages.get(sectionPath('data'));
    expect(page, 'no /daten/ page').toBeDefined();
    const hrefs = new Set(page!.references.map((reference) => reference.url));
    for (const file of ['archiv.json', 'artikel.csv', 'personen.csv', 'orte.csv', 'organisationen.csv', 'medien.csv', 'herkunft.csv']) {
      expect(hrefs, file).toContain(dataFilePath(file));
    }
    expect(hrefs).toContain(feedPath(sectionPath('articles'), 'rss'));
    expect(hrefs).toContain(openSearchPath());
  });
});

describe.skipIf(!built)('feeds', () => {
  test.each(['rss', 'atom'] as const)('the archive %s feed is well-formed and lists the newest articles', async (format) => {
    const feed = await readFeed(feedPath(sectionPath('articles'), format));
    expect(feed.format).toBe(format);
    expect(feed.links).toHaveLength(Math.min(feedLimit, articlePages.length));
    for (const link of feed.links) expect(site.pages.has(pathOf(link)), link).toBe(true);
  });

  test.each(['people', 'places', 'outlets', 'organisations', 'origins'] as const)(
    'every %s page links its RSS and Atom feeds in the head and visibly, and the feeds list its articles',
    async (section) => {
      const archive = JSON.parse(await read(dataFilePath('archiv.json'))) as Record<EntitySection, { url: string; articles: number }[]>;
      const counts = new Map(archive[section].map((entity) => [pathOf(entity.url), entity.articles]));
      const pages = detailPages(section);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        for (const format of ['rss', 'atom'] as const) {
          const path = feedPath(page.path, format);
          const links = page.references.filter((reference) => reference.url === path);
          expect(links.some((reference) => reference.tag === 'link' && reference.rel.includes('alternate')), `${page.path} head`).toBe(true);
          expect(links.some((reference) => reference.tag === 'a'), `${page.path} body`).toBe(true);
          const feed = await readFeed(path);
          expect(feed.links.length, path).toBe(Math.min(feedLimit, counts.get(page.path)!));
        }
      }
    },
  );
});

describe.skipIf(!built)('OpenSearch', () => {
  test('opensearch.xml is well-formed and points at the search page with {searchTerms}', async () => {
    const text = await read(openSearchPath());
    expect(XMLValidator.validate(text)).toBe(true);
    const url = (xml.parse(text) as { OpenSearchDescription: { Url: { '@template': string } } }).OpenSearchDescription.Url;
    expect(new URL(url['@template']).pathname + new URL(url['@template']).search).toBe('/suche/?q={searchTerms}');
  });

  test('every page links it from the head with rel="search"', () => {
    for (const page of site.pages.values()) {
      expect(page.references.some((reference) => reference.tag === 'link' && reference.rel.includes('search') && reference.url === openSearchPath()), page.path).toBe(true);
    }
  });
});

describe.skipIf(!built)('article files', () => {
  test('every article page links its citation and text files, and they exist and parse', async () => {
    expect(articlePages.length).toBeGreaterThan(0);
    for (const page of articlePages) {
      const id = idOf(page);
      const hrefs = new Set(page.references.map((reference) => reference.url));
      const files = [
        articleCitationPath(id, 'bib'), articleCitationPath(id, 'ris'), articleCitationPath(id, 'json'),
        articleTextPath(id, 'md'), articleTextPath(id, 'txt'),
      ];
      for (const file of files) {
        expect(hrefs, `${page.path} links ${file}`).toContain(file);
        expect(exists(file), file).toBe(true);
      }
      expect(await read(articleCitationPath(id, 'bib'))).toMatch(new RegExp(`^@misc\\{nachrichtenarchiv:${id},\\n`));
      expect(await read(articleCitationPath(id, 'ris'))).toMatch(/^TY {2}- NEWS\r\n[\s\S]*\r\nER {2}- \r\n$/);
      expect(JSON.parse(await read(articleCitationPath(id, 'json')))).toEqual([expect.objectContaining({ id, type: 'article-newspaper' })]);
      expect(await read(articleTextPath(id, 'md'))).toMatch(/^---\n[\s\S]*\n---\n\n/);
    }
  });

  test('article pages state their permanent link and a German APA citation', async () => {
    for (const page of articlePages) {
      const html = await read(page.path);
      expect(html, page.path).toContain('Dauerhafter Link');
      expect(html, page.path).toMatch(/Zitiervorschlag/);
      expect(html, page.path).toMatch(/\((ca\. )?\d{4}(, [^)]+)?\)\.|\(o\. J\.\)\./);
    }
  });

  test('the Handelsblatt and RND prints of the dpa report name each other as found by text comparison, with the share', async () => {
    const handelsblatt = await read('/artikel/004-7e90b870e6a6c1b4/');
    expect(handelsblatt).toContain('href="/artikel/001-ffc1f06195f87f2c/"');
    expect(handelsblatt).toMatch(/per Textvergleich bestätigt: Dieser Artikel teilt 89\u00a0% seines Textes mit ihm/);
  });
});
