import { describe, expect, it } from 'vitest';
import { buildArchiveModel, topEntries, type RegistryInput } from './archive-model.ts';
import { makeEntry, makeOutlet, makePerson, makePlace } from './__fixtures__/factories.ts';

const registries: RegistryInput = {
  people: [makePerson()],
  places: [makePlace()],
  organisations: [],
  outlets: [makeOutlet(), makeOutlet({ name: 'News Front', kind: 'publisher', description: 'Nachrichtenseite' })],
};

const entries = [
  makeEntry('001-ffc1f06195f87f2c', { sameStory: ['004-7e90b870e6a6c1b4'] }),
  makeEntry('003-2e74f504f330e145', {
    title: 'Goodbye IS', outlet: 'News Front', origins: ['Sputnik'], date: '2016-06-07', dateBasis: 'verified',
    people: [], places: [{ name: 'Falludscha', mentions: 3 }], organisations: [],
  }),
  makeEntry('004-7e90b870e6a6c1b4', {
    title: 'USA rufen zum weltweiten Kampf gegen den IS auf', titleBasis: 'text', kicker: 'Terrorbekämpfung', outlet: 'Handelsblatt',
    date: '2019-08', datePrecision: 'month', dateBasis: 'verified', sameStory: ['001-ffc1f06195f87f2c'],
    captions: [{ text: 'Die internationale Koalition gegen den IS', credit: 'dpa' }],
  }),
  makeEntry('009-0000000000000000', { title: 'Ohne Datum', outlet: 'dpa', origins: ['dpa'], date: null, datePrecision: 'unknown', dateBasis: 'unknown', people: [] }),
];

describe('buildArchiveModel', () => {
  const model = buildArchiveModel(entries, registries);

  it('orders articles newest first with unknown dates last', () => {
    expect(model.articles.map((article) => article.id)).toEqual([
      '001-ffc1f06195f87f2c', '004-7e90b870e6a6c1b4', '003-2e74f504f330e145', '009-0000000000000000',
    ]);
  });

  it('links previous (older) and next (newer) by date', () => {
    const article = model.articles[1]!;
    expect(article.previous?.id).toBe('003-2e74f504f330e145');
    expect(article.next?.id).toBe('001-ffc1f06195f87f2c');
  });

  it('names the publisher with its credited origin', () => {
    const article = model.articles.find((a) => a.id === '003-2e74f504f330e145')!;
    expect(article.sourceLine).toBe('News Front, nach Sputnik');
    expect(article.outlet).toEqual({ name: 'News Front', path: '/medien/news-front/' });
    expect(article.origins).toEqual([{ name: 'Sputnik', path: '/herkunft/sputnik/' }]);
  });

  it('shows the date honestly', () => {
    const [first, second] = model.articles;
    expect(first!.date.label).toBe('2. August 2019, geschätzt');
    expect(first!.date.estimated).toBe(true);
    expect(second!.date.label).toBe('August 2019');
    expect(second!.date.monthLink).toEqual({ name: 'August 2019', path: '/datum/2019/august/' });
    expect(model.articles[3]!.date).toMatchObject({ label: 'Datum unbekannt', known: false, datetime: null });
  });

  it('links syndicated copies of the same story', () => {
    expect(model.articles[0]!.sameStory.map((s) => s.id)).toEqual(['004-7e90b870e6a6c1b4']);
  });

  it('explains headlines rebuilt from a URL', () => {
    expect(model.articles[0]!.titleNote).toMatch(/Web-Adresse/);
    expect(model.articles[1]!.titleNote).toBeUndefined();
  });

  it('gives pages to names no registry knows yet', () => {
    const trump = model.entities.people.find((page) => page.name === 'Donald Trump')!;
    expect(trump).toMatchObject({ inRegistry: false, path: '/personen/donald-trump/' });
    const sales = model.entities.people.find((page) => page.name === 'Nathan Sales')!;
    expect(sales.inRegistry).toBe(true);
    expect(sales.description).toBe('US-Koordinator für Terrorismusbekämpfung');
    expect(sales.articles.map((a) => a.id)).toEqual(['001-ffc1f06195f87f2c', '004-7e90b870e6a6c1b4']);
  });

  it('lists outlets by publisher and by credited origin, linking the two sides', () => {
    expect(model.indexes.outlets.map((entry) => [entry.name, entry.count])).toEqual([['dpa', 1], ['Handelsblatt', 1], ['News Front', 1], ['RND', 1]]);
    expect(model.indexes.origins.map((entry) => [entry.name, entry.count])).toEqual([['dpa', 2], ['Sputnik', 1]]);
    const dpaOrigin = model.entities.origins.find((page) => page.name === 'dpa')!;
    expect(dpaOrigin.counterpart).toEqual({ name: 'dpa', path: '/medien/dpa/' });
    expect(dpaOrigin.kindLabel).toBe('Nachrichtenagentur');
  });

  it('does not count an outlet as its own origin', () => {
    const undated = model.articles[3]!;
    expect(undated.origins).toEqual([]);
    expect(undated.sourceLine).toBe('dpa');
  });

  it('keeps articles of unknown publisher out of the outlet index but in the archive', () => {
    const result = buildArchiveModel([makeEntry('005-a', { outlet: null, origins: ['dpa'] })], registries);
    expect(result.articles[0]!.outlet).toBeNull();
    expect(result.articles[0]!.sourceLine).toBe('Medium unbekannt, nach dpa');
    expect(result.articles[0]!.search.publisher).toBeNull();
    expect(result.indexes.outlets).toEqual([]);
    expect(result.indexes.origins.map((entry) => entry.name)).toEqual(['dpa']);
  });

  it('builds year and month pages and keeps undated articles apart', () => {
    expect(model.years.map((year) => [year.year, year.articles.length])).toEqual([[2019, 2], [2016, 1]]);
    expect(model.years[0]!.months).toEqual([{ name: 'August', path: '/datum/2019/august/', count: 2 }]);
    expect(model.months.map((month) => month.title)).toEqual(['August 2019', 'Juni 2016']);
    expect(model.undated.map((a) => a.id)).toEqual(['009-0000000000000000']);
  });

  it('gives Pagefind filter values and a sort key that puts unknown dates last', () => {
    expect(model.articles[0]!.search).toEqual({
      publisher: 'RND', origins: ['dpa'], people: ['Nathan Sales', 'Donald Trump'], places: ['Syrien', 'Westeuropa'], year: '2019', sortDate: '2019-08-02',
    });
    expect(model.articles[3]!.search.sortDate).toBe('0000-00-00');
  });

  it('counts what the archive holds', () => {
    expect(model.stats).toMatchObject({ articles: 4, people: 2, places: 3, outlets: 4, origins: 2, firstYear: 2016, lastYear: 2019, undated: 1 });
  });

  it('warns about sameStory ids that are not in the archive', () => {
    const result = buildArchiveModel([makeEntry('001-a', { sameStory: ['404-missing'] })], registries);
    expect(result.warnings).toEqual(['001-a: sameStory names "404-missing", which is not in the archive']);
    expect(result.articles[0]!.sameStory).toEqual([]);
  });

  it('lists same-story links found by text comparison beside the editorial ones, saying which is which', () => {
    const report = 'Nach den jüngsten Erfolgen des internationalen Bündnisses gegen die Terrormiliz Islamischer Staat in Syrien und im Irak haben die USA zum weltweiten Kampf gegen die Extremisten aufgerufen.';
    const result = buildArchiveModel([
      makeEntry('001-a', { sameStory: ['002-b'] }, report),
      makeEntry('002-b', {}, `${report} Mehr dazu später.`),
      makeEntry('003-c', {}, `Eine ganz andere Meldung. ${report}`),
      makeEntry('004-d', { sameStory: ['001-a'] }),
    ], registries);
    const related = result.articles.find((article) => article.id === '001-a')!.relatedTexts;
    expect(related.map(({ article, basis }) => [article.id, basis])).toEqual([
      ['002-b', 'Redaktionell zugeordnet, per Textvergleich bestätigt'],
      ['003-c', 'Per Textvergleich gefunden'],
    ]);
    expect(related[1]!.shareText).toMatch(/^Dieser Artikel teilt 100\u00a0% seines Textes mit ihm/);
    expect(result.articles.find((article) => article.id === '004-d')!.relatedTexts.map(({ basis }) => basis)).toEqual(['Redaktionell zugeordnet']);
  });

  it('refuses ids that would read as page numbers', () => {
    expect(() => buildArchiveModel([makeEntry('2')], registries)).toThrow(/buildArchiveModel/);
  });
});

describe('topEntries', () => {
  it('keeps the most frequent names', () => {
    const model = buildArchiveModel(entries, registries);
    expect(topEntries(model.indexes.places, 1).map((entry) => entry.name)).toEqual(['Syrien']);
  });
});

describe('buildArchiveModel: timelines, co-mentions and maps', () => {
  const model = buildArchiveModel(entries, registries);
  const page = (section: 'people' | 'places' | 'outlets', name: string) => model.entities[section].find((entity) => entity.name === name)!;

  it('gives the home page a timeline over the archive span, months linked, the undated article counted apart', () => {
    expect(model.timeline?.months[0]).toMatchObject({ year: 2016, month: 6, count: 1, path: '/datum/2016/juni/' });
    expect(model.timeline?.months.at(-1)).toMatchObject({ year: 2019, month: 8, count: 2 });
    expect(model.timeline?.undated).toBe(1);
  });

  it('draws every entity timeline over the same span, without links', () => {
    const timeline = page('outlets', 'News Front').timeline!;
    expect(timeline.months).toHaveLength(model.timeline!.months.length);
    expect(timeline.dated).toBe(1);
    expect(timeline.months.every((month) => month.path === undefined)).toBe(true);
  });

  it('lists co-mentions with links on person and place pages only', () => {
    expect(page('people', 'Nathan Sales').coMentions?.places[0]).toEqual({ name: 'Syrien', path: '/orte/syrien/', count: 2 });
    expect(page('people', 'Nathan Sales').coMentions?.people).toEqual([{ name: 'Donald Trump', path: '/personen/donald-trump/', count: 2 }]);
    expect(page('outlets', 'News Front').coMentions).toBeUndefined();
  });

  it('puts a locator on places with coordinates and lists the others under the map', () => {
    expect(page('places', 'Syrien').locator?.points[0]?.name).toBe('Syrien');
    expect(page('places', 'Falludscha').locator).toBeUndefined();
    expect(model.placeMap.unplaced.map((place) => place.name)).toEqual(['Falludscha', 'Westeuropa']);
    expect(model.placeMap.placed.map((place) => place.name)).toEqual(['Syrien']);
  });
});
