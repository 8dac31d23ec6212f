import { expect, test } from 'vitest';
import { openGraphTags, shareTitle } from './open-graph.ts';

const tags = (input: Parameters<typeof openGraphTags>[0]) =>
  Object.fromEntries(openGraphTags(input).map(({ property, content }) => [property, content]));

test('a listing page is a German website with title, description, URL and site name', () => {
  expect(tags({ title: 'Nathan Sales', context: 'Personen', page: 2, description: 'Artikel, die Nathan Sales nennen.', url: 'https://a.example/personen/nathan-sales/2/' })).toEqual({
    'og:type': 'website',
    'og:title': 'Nathan Sales – Personen – Seite 2',
    'og:description': 'Artikel, die Nathan Sales nennen.',
    'og:url': 'https://a.example/personen/nathan-sales/2/',
    'og:locale': 'de_DE',
    'og:site_name': 'Nachrichtenarchiv',
  });
});

test('an article dated to the day says when it was published', () => {
  expect(tags({ title: 'T', description: 'D', url: 'https://a.example/artikel/x/', type: 'article', publishedTime: '2019-08-02' })).toMatchObject({
    'og:type': 'article',
    'article:published_time': '2019-08-02',
  });
});

test('an article without a known day has no published time, and a page without canonical URL no og:url', () => {
  const result = tags({ title: 'T', description: 'D', type: 'article' });
  expect(result).not.toHaveProperty('article:published_time');
  expect(result).not.toHaveProperty('og:url');
});

test('the home page is titled with the site name, and long titles are not shortened', () => {
  expect(shareTitle()).toBe('Nachrichtenarchiv');
  const long = 'Ein sehr langer Titel '.repeat(6).trim();
  expect(shareTitle(long)).toBe(long);
});
