import { describe, expect, test } from 'vitest';
import {
  newsArticleJsonLd, serializeJsonLd, statedPublicationDate, statedPublicationDay, type StructuredArticle,
} from './structured-data.ts';

const site = 'https://archiv.example/';

function article(overrides: Partial<StructuredArticle> = {}): StructuredArticle {
  return {
    path: '/artikel/001-abc/',
    title: 'USA fordern Bündnis',
    excerpt: 'Nach den jüngsten Erfolgen …',
    datetime: '2019-08-02',
    date: { estimated: false },
    outlet: { name: 'RND', path: '/medien/rnd/' },
    origins: [{ name: 'dpa', path: '/herkunft/dpa/' }],
    people: [{ name: 'Nathan Sales', path: '/personen/nathan-sales/', mentions: 7 }],
    places: [{ name: 'Syrien', path: '/orte/syrien/', mentions: 8, adjectiveOnly: false }],
    organisations: [{ name: 'Islamischer Staat', path: '/organisationen/islamischer-staat/', mentions: 17 }],
    wordCount: 484,
    archivedUrl: 'https://www.maz-online.de/x',
    ...overrides,
  };
}

describe('statedPublicationDate', () => {
  test('gives the date at its precision when it is known', () => {
    expect(statedPublicationDate(article())).toBe('2019-08-02');
    expect(statedPublicationDate(article({ datetime: '2019-08' }))).toBe('2019-08');
    expect(statedPublicationDate(article({ datetime: '2019' }))).toBe('2019');
  });

  test('gives no date when it is unknown or only estimated', () => {
    expect(statedPublicationDate(article({ datetime: null }))).toBeUndefined();
    expect(statedPublicationDate(article({ date: { estimated: true } }))).toBeUndefined();
  });
});

test('statedPublicationDay gives a date only when it is known to the day', () => {
  expect(statedPublicationDay(article())).toBe('2019-08-02');
  expect(statedPublicationDay(article({ datetime: '2019-08' }))).toBeUndefined();
  expect(statedPublicationDay(article({ date: { estimated: true } }))).toBeUndefined();
});

describe('newsArticleJsonLd', () => {
  test('describes the article with absolute URLs, its outlet as publisher and its origins as sources', () => {
    expect(newsArticleJsonLd(article(), site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'USA fordern Bündnis',
      description: 'Nach den jüngsten Erfolgen …',
      url: 'https://archiv.example/artikel/001-abc/',
      mainEntityOfPage: 'https://archiv.example/artikel/001-abc/',
      inLanguage: 'de',
      isAccessibleForFree: true,
      datePublished: '2019-08-02',
      publisher: { '@type': 'Organization', name: 'RND', url: 'https://archiv.example/medien/rnd/' },
      sourceOrganization: [{ '@type': 'Organization', name: 'dpa', url: 'https://archiv.example/herkunft/dpa/' }],
      mentions: [
        { '@type': 'Person', name: 'Nathan Sales', url: 'https://archiv.example/personen/nathan-sales/' },
        { '@type': 'Place', name: 'Syrien', url: 'https://archiv.example/orte/syrien/' },
        { '@type': 'Organization', name: 'Islamischer Staat', url: 'https://archiv.example/organisationen/islamischer-staat/' },
      ],
      wordCount: 484,
      archivedAt: 'https://www.maz-online.de/x',
    });
  });

  test('gives a month-precise date as YYYY-MM', () => {
    expect(newsArticleJsonLd(article({ datetime: '2020-05' }), site).datePublished).toBe('2020-05');
  });

  test('leaves out what is not known: estimated date, unknown outlet, no origins, no mentions', () => {
    const data = newsArticleJsonLd(
      article({ date: { estimated: true }, outlet: null, origins: [], people: [], places: [], organisations: [], excerpt: '', archivedUrl: undefined }),
      site,
    );
    for (const key of ['datePublished', 'publisher', 'sourceOrganization', 'mentions', 'description', 'archivedAt']) {
      expect(data).not.toHaveProperty(key);
    }
  });
});

describe('serializeJsonLd', () => {
  test('keeps a headline with </script> from ending the script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });

  test('escapes the line separators that old JavaScript parsers choke on', () => {
    const text = serializeJsonLd({ text: 'a\u2028b\u2029c' });
    expect(text).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(text)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});
