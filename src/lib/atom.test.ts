import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomDate, formatAtomFeed, type AtomFeed } from './atom.ts';

const feed: AtomFeed = {
  title: 'Nathan Sales – Personen – Nachrichtenarchiv',
  subtitle: 'Artikel, die Nathan Sales nennen',
  selfUrl: 'https://archiv.example/personen/nathan-sales/atom.xml',
  pageUrl: 'https://archiv.example/personen/nathan-sales/',
  author: 'Nachrichtenarchiv',
  updated: '2019-08-02T00:00:00Z',
  entries: [{
    url: 'https://archiv.example/artikel/001-a/',
    title: 'USA & IS: <Bündnis> „gegen“ \'Terror\'',
    updated: '2019-08-02T00:00:00Z',
    published: '2019-08-02T00:00:00Z',
    summary: '2. August 2019, geschätzt · RND, nach dpa.\u0007',
    categories: ['RND'],
  }],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });

describe('formatAtomFeed', () => {
  test('writes well-formed XML in the Atom namespace with the required feed elements', () => {
    const text = formatAtomFeed(feed);
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed: parsed } = parser.parse(text);
    expect(parsed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed).toMatchObject({ id: feed.pageUrl, title: feed.title, updated: feed.updated, author: { name: 'Nachrichtenarchiv' } });
    expect(parsed.link.map((link: Record<string, string>) => [link['@rel'], link['@href']])).toEqual([
      ['self', feed.selfUrl], ['alternate', feed.pageUrl],
    ]);
  });

  test('gives every entry id, title, alternate link and updated, and escapes markup characters', () => {
    const text = formatAtomFeed(feed);
    expect(text).toContain('<title>USA &amp; IS: &lt;Bündnis&gt; „gegen“ &apos;Terror&apos;</title>');
    expect(text).not.toContain('\u0007');
    const [entry] = parser.parse(text).feed.entry;
    expect(entry).toMatchObject({ id: feed.entries[0]!.url, updated: '2019-08-02T00:00:00Z', published: '2019-08-02T00:00:00Z' });
    expect(entry.link[0]['@href']).toBe(feed.entries[0]!.url);
    expect(entry.category['@term']).toBe('RND');
  });

  test('writes a valid empty feed', () => {
    expect(XMLValidator.validate(formatAtomFeed({ ...feed, entries: [] }))).toBe(true);
  });
});

describe('atomDate', () => {
  test('turns a date of any precision into the start of its period in UTC', () => {
    expect(atomDate('2019-08-02')).toBe('2019-08-02T00:00:00Z');
    expect(atomDate('2019-08')).toBe('2019-08-01T00:00:00Z');
    expect(atomDate('2019')).toBe('2019-01-01T00:00:00Z');
  });
});
