import { describe, expect, test } from 'vitest';
import { makeEntry, makeOutlet, makePerson, makePlace } from './__fixtures__/factories.ts';
import { buildArchiveModel, type RegistryInput } from './archive-model.ts';
import {
  archiveJsonParts, articleColumns, articleIdOfArchiveLine, articlesCsv, buildArticleExport, buildEntityExports, entitiesCsv, entityColumns,
} from './data-export.ts';

const site = 'https://archiv.example';
const registries: RegistryInput = { people: [makePerson()], places: [makePlace()], organisations: [], outlets: [makeOutlet()] };
const entries = [
  makeEntry('001-a', { title: 'USA fordern, „Bündnis“ und "mehr"', people: [{ name: 'Nathan Sales', mentions: 7 }] }),
  makeEntry('002-b', { date: null, datePrecision: 'unknown', dateBasis: 'unknown', people: [{ name: 'Nathan Sales', mentions: 2 }] }),
];
const model = buildArchiveModel(entries, registries);
const exports = model.articles.map((view) => buildArticleExport(entries.find((entry) => entry.id === view.id)!, view, site));

describe('buildArticleExport', () => {
  test('carries the schema fields, the permanent URL, the date label and the body', () => {
    const first = exports.find((article) => article.id === '001-a')!;
    expect(first).toMatchObject({
      url: 'https://archiv.example/artikel/001-a/', outlet: 'RND', datePrecision: 'day', dateBasis: 'estimated',
      dateLabel: '2. August 2019, geschätzt', body: entries[0]!.body, textReuse: [],
    });
    expect(exports.find((article) => article.id === '002-b')).toMatchObject({ date: null, dateLabel: 'Datum unbekannt' });
  });
});

describe('articlesCsv', () => {
  test('writes a header and one row per article, quoting the title with comma and quotes', () => {
    const csv = articlesCsv(exports);
    const records = csv.split('\r\n').filter(Boolean);
    expect(records).toHaveLength(1 + entries.length);
    expect(records[0]).toBe(articleColumns.join(','));
    expect(csv).toContain(',"USA fordern, „Bündnis“ und ""mehr""",');
    expect(csv).toContain(',Syrien; Westeuropa,');
  });
});

describe('buildEntityExports', () => {
  test('counts articles and sums mentions per person', () => {
    const people = buildEntityExports('people', model.entities.people, entries, site);
    expect(people.find((person) => person.name === 'Nathan Sales')).toMatchObject({
      url: 'https://archiv.example/personen/nathan-sales/', articles: 2, mentions: 9, description: 'US-Koordinator für Terrorismusbekämpfung',
    });
  });

  test('gives places their coordinates and outlets no mention count', () => {
    expect(buildEntityExports('places', model.entities.places, entries, site).find((place) => place.name === 'Syrien'))
      .toMatchObject({ lat: 34.8, lon: 38.99, kind: 'Land' });
    expect(buildEntityExports('outlets', model.entities.outlets, entries, site)[0]).toMatchObject({ name: 'RND', articles: 2, mentions: null });
  });

  test('writes one CSV row per name', () => {
    const people = buildEntityExports('people', model.entities.people, entries, site);
    const records = entitiesCsv(people).split('\r\n').filter(Boolean);
    expect(records[0]).toBe(entityColumns.join(','));
    expect(records).toHaveLength(1 + people.length);
  });
});

describe('archiveJsonParts', () => {
  test('joins to JSON that parses back to the same data, one line per article', () => {
    const archive = { name: 'Nachrichtenarchiv', url: site, articles: exports, people: [], places: [], organisations: [], outlets: [], origins: [] };
    const parts = [...archiveJsonParts(archive)];
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(JSON.stringify(archive)));
    expect(parts.join('').endsWith('}\n')).toBe(true);
    expect(parts.filter((part) => part.startsWith('{"id":'))).toHaveLength(exports.length);
  });

  test('has lines that articleIdOfArchiveLine reads the ids off, in the order of the articles', () => {
    const archive = { name: 'Nachrichtenarchiv', url: site, articles: exports, people: [], places: [], organisations: [], outlets: [], origins: [] };
    const ids = [...archiveJsonParts(archive)].flatMap((part) => part.split('\n')).flatMap((line) => articleIdOfArchiveLine(line) ?? []);
    expect(ids).toEqual(exports.map((article) => article.id));
    expect(articleIdOfArchiveLine('{"id":"a\\"b","title":"x"},')).toBe('a"b');
    expect(articleIdOfArchiveLine('"people": [')).toBeUndefined();
  });
});
