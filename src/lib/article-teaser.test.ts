import { describe, expect, it } from 'vitest';
import { articleTeaserHtml, articleTeasersHtml } from './article-teaser.ts';
import { buildArchiveModel, type ArticleSummary } from './archive-model.ts';
import { makeEntry, makeOutlet, makePerson, makePlace } from './__fixtures__/factories.ts';
import { parsedElements } from './__fixtures__/parsed-html.ts';

const model = buildArchiveModel([
  makeEntry('001-ffc1f06195f87f2c', { kicker: 'Terrorbekämpfung' }),
  makeEntry('002-0000000000000000', { title: '<script>alert("x")</script> & „Anführung“ \'einfach\'', date: null, datePrecision: 'unknown', dateBasis: 'unknown' }, 'Text mit <b>Markup</b> & Ampersand.'),
], { people: [makePerson()], places: [makePlace()], organisations: [], outlets: [makeOutlet()] });
const articleWithId = (id: string): ArticleSummary => model.articles.find((article) => article.id === id)!;
const [dated, hostile] = [articleWithId('001-ffc1f06195f87f2c'), articleWithId('002-0000000000000000')];

/** The teasers inside the list they belong in, as a browser parses them. */
const parsed = (html: string) => parsedElements(`<ol>${html}</ol>`);

describe('articleTeaserHtml', () => {
  it('links the headline and shows kicker, date, source and teaser text', () => {
    const elements = parsed(articleTeaserHtml(dated, 3));
    expect(elements.map(({ name }) => name)).toEqual(['ol', 'li', 'article', 'h3', 'span', 'span', 'a', 'p', 'time', 'span', 'p']);
    expect(elements.find(({ name }) => name === 'a')).toMatchObject({ attributes: { href: dated.path }, text: dated.title });
    expect(elements.find(({ name }) => name === 'h3')!.text).toBe(`Terrorbekämpfung: ${dated.title}`);
    expect(elements.find(({ name }) => name === 'time')).toMatchObject({ attributes: { dateTime: dated.datetime! }, text: dated.dateLabel });
    expect(elements.find(({ attributes }) => attributes['className'] === 'article-teaser__meta')!.text).toBe(`${dated.dateLabel} · ${dated.sourceLine}`);
    expect(elements.at(-1)).toMatchObject({ attributes: { className: 'article-teaser__excerpt' }, text: dated.excerpt });
  });

  it('keeps markup in titles and teaser text as text, and an unknown date without <time>', () => {
    const elements = parsed(articleTeaserHtml(hostile, 2));
    expect(elements.map(({ name }) => name)).toEqual(['ol', 'li', 'article', 'h2', 'a', 'p', 'span', 'span', 'p']);
    expect(elements.find(({ name }) => name === 'a')!.text).toBe('<script>alert("x")</script> & „Anführung“ \'einfach\'');
    expect(elements.at(-1)!.text).toBe('Text mit <b>Markup</b> & Ampersand.');
    expect(elements.find(({ name }) => name === 'span')!.text).toBe(hostile.dateLabel);
  });
});

describe('articleTeasersHtml', () => {
  it('joins the teasers in order and gives the same HTML when an article is listed again', () => {
    const both = articleTeasersHtml([dated, hostile], 3);
    expect(both).toBe(articleTeaserHtml(dated, 3) + articleTeaserHtml(hostile, 3));
    expect(articleTeasersHtml([hostile, dated], 3)).toBe(articleTeaserHtml(hostile, 3) + articleTeaserHtml(dated, 3));
  });

  it('keeps the heading level of each list apart', () => {
    expect(articleTeasersHtml([dated], 3)).toContain('<h3 ');
    expect(articleTeasersHtml([dated], 2)).toContain('<h2 ');
    expect(articleTeasersHtml([dated], 3)).toContain('<h3 ');
  });

  it('gives nothing for an empty list', () => {
    expect(articleTeasersHtml([], 2)).toBe('');
  });
});
