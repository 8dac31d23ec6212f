import { describe, expect, it } from 'vitest';
import { articleElementHtml } from './article-element.ts';
import { buildArchiveModel, type ArticleView } from './archive-model.ts';
import { searchIndexDocument, articleSearchDocument } from './search-document.ts';
import { makeEntry, makeOutlet, makePerson, makePlace } from './__fixtures__/factories.ts';
import { parsedElements, type ParsedElement } from './__fixtures__/parsed-html.ts';

const hostileText = '<script>alert("x")</script> & „Anführung“ \'einfach\'';
const model = buildArchiveModel([
  makeEntry('001-ffc1f06195f87f2c', {
    kicker: 'Terrorbekämpfung',
    standfirst: 'Die USA suchen Partner.',
    origins: ['dpa', 'AFP', 'Reuters'],
    captions: [{ text: 'US-Soldaten', credit: 'Sputnik/David Hizanishvily' }, { text: '', credit: 'dpa' }],
    editorNotes: ['Das Datum ist geschätzt.'],
    rights: '© dpa',
  }),
  makeEntry('002-0000000000000000', {
    title: hostileText,
    kicker: hostileText,
    dateline: undefined,
    outlet: null,
    origins: [],
    credits: [],
    people: [],
    places: [],
    organisations: [],
    captions: [{ text: hostileText, credit: hostileText }],
    editorNotes: [hostileText],
    date: null,
    datePrecision: 'unknown',
    dateBasis: 'unknown',
  }),
], { people: [makePerson()], places: [makePlace()], organisations: [], outlets: [makeOutlet()] });
const articleWithId = (id: string): ArticleView => model.articles.find((article) => article.id === id)!;
const [full, hostile] = [articleWithId('001-ffc1f06195f87f2c'), articleWithId('002-0000000000000000')];
const body = '<p>Erster Absatz.</p>\n<h2 id="zwischentitel">Zwischentitel</h2>\n<p>Zweiter <em>Absatz</em>.</p>';

const withClass = (elements: ParsedElement[], className: string) => elements.filter(({ attributes }) => attributes['className'] === className);
const searchValues = (elements: ParsedElement[]) => elements
  .filter(({ attributes }) => Object.keys(attributes).some((name) => /^dataPagefind(Filter|Sort|Meta)$/.test(name)))
  .map(({ attributes, text }) => [attributes['dataPagefindFilter'] ?? attributes['dataPagefindSort'] ?? attributes['dataPagefindMeta'], text]);

describe('articleElementHtml', () => {
  it('holds headline, date and source, notes, body, captions and credits in one indexed <article>', () => {
    const elements = parsedElements(articleElementHtml(full, body, ['Bündnis', 'Terror']));
    const [article] = elements;
    expect(article).toMatchObject({ name: 'article', attributes: { className: 'article', dataPagefindBody: '', ariaLabelledBy: 'artikel-titel' } });
    expect(elements.filter(({ name }) => name === 'article')).toHaveLength(1);
    expect(elements.find(({ name }) => name === 'h1')).toMatchObject({ attributes: { id: 'artikel-titel' }, text: full.title });
    expect(withClass(elements, 'kicker')[0]!.text).toBe('Terrorbekämpfung');
    expect(withClass(elements, 'standfirst')[0]!.text).toBe('Die USA suchen Partner.');
    expect(withClass(elements, 'article__meta')[0]!.text).toBe(`Washington · ${full.date.label} · ${full.sourceLine}`);
    expect(elements.find(({ name }) => name === 'time')!.attributes['dateTime']).toBe(full.date.datetime);
    expect(withClass(elements, 'source-line')[0]!.text).toBe('RND, nach dpa, AFP und Reuters');
    expect(elements.filter(({ name }) => name === 'a').map(({ attributes, text }) => [attributes['href'], text]))
      .toEqual([full.outlet!, ...full.origins].map(({ path, name }) => [path, name]));
    expect(withClass(elements, 'editor-notes')[0]).toMatchObject({ attributes: { dataPagefindIgnore: '' }, text: 'Hinweis der Archivredaktion Das Datum ist geschätzt.' });
    expect(withClass(elements, 'article__body')[0]!.text).toBe('Erster Absatz. Zwischentitel Zweiter Absatz.');
    expect(elements.find(({ name }) => name === 'h2')!.attributes['id']).toBe('hinweise');
    expect(withClass(elements, 'captions')[0]!.text).toBe('Bildunterschriften Die Bilder selbst sind nicht archiviert. US-Soldaten Foto: Sputnik/David Hizanishvily (ohne Text) Foto: dpa');
    expect(withClass(elements, 'article__credits')[0]!.text).toBe('Von RND/dpa © dpa');
  });

  it('carries every filter, sort and meta value and the search terms, hidden from readers', () => {
    const elements = parsedElements(articleElementHtml(full, body, ['Bündnis', 'Terror']));
    expect(searchValues(elements)).toEqual([
      ['publisher', 'RND'], ['origin', 'dpa'], ['origin', 'AFP'], ['origin', 'Reuters'],
      ...full.search.people.map((name) => ['person', name]),
      ...full.search.places.map((name) => ['place', name]),
      ['year', '2019'], ['date', '2019-08-02'], ['datum', full.dateLabel], ['quelle', full.sourceLine], ['kicker', 'Terrorbekämpfung'], ['suchbegriffe', 'Bündnis Terror'],
    ]);
    const hidden = elements.filter(({ attributes }) => 'hidden' in attributes);
    expect(hidden).toHaveLength(2);
    for (const block of hidden) expect(block.attributes).toHaveProperty('dataPagefindIgnore');
    expect(withClass(elements, 'article__body')[0]!.text).not.toContain('Terror');
  });

  it('keeps markup in every field as text, and leaves out what an article lacks', () => {
    const html = articleElementHtml(hostile, '<p>Text.</p>', []);
    const elements = parsedElements(html);
    expect(elements.some(({ name }) => name === 'script')).toBe(false);
    expect(elements.find(({ name }) => name === 'h1')!.text).toBe(hostileText);
    expect(withClass(elements, 'kicker')[0]!.text).toBe(hostileText);
    expect(withClass(elements, 'editor-notes')[0]!.text).toBe(`Hinweis der Archivredaktion ${hostileText}`);
    expect(withClass(elements, 'captions')[0]!.text).toContain(`${hostileText} Foto: ${hostileText}`);
    // No outlet, origins, dateline, date, credits, names or search terms.
    expect(withClass(elements, 'article__meta')[0]!.text).toBe(`${hostile.date.label} · Medium unbekannt`);
    expect(elements.some(({ name }) => name === 'time' || name === 'a' || name === 'footer')).toBe(false);
    expect(withClass(elements, 'dateline')).toEqual([]);
    expect(elements.some(({ attributes }) => 'dataSearchTerms' in attributes)).toBe(false);
    expect(searchValues(elements).map(([key]) => key)).toEqual(['date', 'datum', 'quelle', 'kicker']);
  });
});

describe('articleSearchDocument', () => {
  it('is what the search index makes of the rendered page that holds the element', () => {
    for (const article of [full, hostile]) {
      const element = articleElementHtml(article, body, ['Bündnis']);
      const page = `<!doctype html><html lang="de"><head><title>${article.id}</title></head><body><header><nav><a href="/">Start</a></nav></header>`
        + `<main>${element}<aside class="article-facts"><article><p>Dieselbe Meldung</p></article></aside></main><footer>Impressum</footer></body></html>`;
      expect(articleSearchDocument(element)).toBe(searchIndexDocument(page));
    }
  });
});
