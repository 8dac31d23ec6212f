import { describe, expect, test } from 'vitest';
import type { ArticleSummary } from './archive-model.ts';
import { atomFeed, feedDate, feedLimit, feedLinks, feedSummary, rssItems, unknownAtomDate, type FeedSource } from './feeds.ts';

const summary = (id: string, datetime: string | null, dateLabel: string): ArticleSummary => ({
  id, path: `/artikel/${id}/`, title: `Titel ${id}`, sourceLine: 'RND, nach dpa', dateLabel, datetime, excerpt: 'Ein Anfang …', sortKey: datetime ?? '',
});
const source = (articles: ArticleSummary[]): FeedSource => ({
  title: 'Archiv', description: 'Neueste Artikel', pageUrl: 'https://archiv.example/artikel/',
  rssUrl: 'https://archiv.example/artikel/rss.xml', atomUrl: 'https://archiv.example/artikel/atom.xml', articles,
});
const articles = [
  summary('a', '2019-08-02', '2. August 2019, geschätzt'),
  summary('b', '2019-08', 'August 2019'),
  summary('c', null, 'Datum unbekannt'),
];

describe('feedSummary', () => {
  test('starts with the date label, so readers see how exact the date is', () => {
    expect(feedSummary(articles[1]!)).toBe('August 2019 · RND, nach dpa. Ein Anfang …');
  });
});

describe('rssItems', () => {
  test('links absolute URLs and gives no pubDate when the date is unknown', () => {
    const items = rssItems(source(articles), 'https://archiv.example');
    expect(items[0]).toMatchObject({ title: 'Titel a', link: 'https://archiv.example/artikel/a/' });
    expect(items[1]!.pubDate?.toISOString()).toBe('2019-08-01T00:00:00.000Z');
    expect(items[2]!.pubDate).toBeUndefined();
  });

  test('keeps only the newest articles', () => {
    const many = Array.from({ length: feedLimit + 5 }, (_, index) => summary(`n${index}`, '2019-08-02', '2. August 2019'));
    expect(rssItems(source(many), 'https://archiv.example')).toHaveLength(feedLimit);
  });
});

describe('atomFeed', () => {
  test('dates the feed by its newest entry and gives undated entries the documented stand-in', () => {
    const feed = atomFeed(source(articles), 'https://archiv.example', 'Nachrichtenarchiv');
    expect(feed.updated).toBe('2019-08-02T00:00:00Z');
    expect(feed.entries.map((entry) => [entry.updated, entry.published])).toEqual([
      ['2019-08-02T00:00:00Z', '2019-08-02T00:00:00Z'], ['2019-08-01T00:00:00Z', '2019-08-01T00:00:00Z'], [unknownAtomDate, undefined],
    ]);
    expect(atomFeed(source([]), 'https://archiv.example', 'Nachrichtenarchiv').updated).toBe(unknownAtomDate);
  });
});

describe('feedDate and feedLinks', () => {
  test('reads a year-only date as 1 January and puts feeds beside the listing', () => {
    expect(feedDate(summary('y', '2016', '2016'))?.toISOString()).toBe('2016-01-01T00:00:00.000Z');
    expect(feedLinks('/orte/syrien/')).toEqual({ rss: '/orte/syrien/rss.xml', atom: '/orte/syrien/atom.xml' });
  });
});
