import { describe, expect, test } from 'vitest';
import { makeFrontmatter } from './__fixtures__/factories.ts';
import { apaCitationText, buildCitationRecord, citationNote, formatApaCitation, formatApaDate } from './citation.ts';

const url = 'https://archiv.example/artikel/001-ffc1f06195f87f2c/';
const record = (overrides: Parameters<typeof makeFrontmatter>[0] = {}) =>
  buildCitationRecord('001-ffc1f06195f87f2c', makeFrontmatter(overrides), url, 'Nachrichtenarchiv');

describe('buildCitationRecord', () => {
  test('takes the outlet as corporate author and keeps only the known date parts', () => {
    expect(record({ date: '2019-08', datePrecision: 'month', dateBasis: 'verified' })).toMatchObject({
      author: 'RND', container: 'RND', origins: ['dpa'], date: { year: 2019, month: 8, day: undefined, estimated: false },
    });
  });

  test('falls back to the credited origins as author when the outlet is unknown', () => {
    expect(record({ outlet: null, origins: ['dpa', 'AFP'] })).toMatchObject({ author: 'dpa und AFP', container: null });
    expect(record({ outlet: null, origins: [] }).author).toBeNull();
  });

  test('has no date when the precision is unknown, even if a value was stored', () => {
    expect(record({ date: '2019-08-02', datePrecision: 'unknown', dateBasis: 'unknown' }).date).toBeNull();
  });
});

describe('formatApaCitation', () => {
  test('writes a day-precise verified date as "Autor. (Jahr, Tag. Monat). Titel. Medium. URL"', () => {
    expect(apaCitationText(record({ dateBasis: 'verified', title: 'Ein Titel' }))).toBe(
      `RND. (2019, 2. August). Ein Titel. RND. ${url}`,
    );
  });

  test('marks the outlet name as italic and nothing else', () => {
    const segments = formatApaCitation(record());
    expect(segments.filter((segment) => segment.italic).map((segment) => segment.text)).toEqual(['RND']);
  });

  test('says "ca." for an estimated date and shows a month-precise date without a day', () => {
    expect(apaCitationText(record({ title: 'Ein Titel' }))).toBe(`RND. (ca. 2019, 2. August). Ein Titel. RND. ${url}`);
    expect(formatApaDate(record({ date: '2019-08', datePrecision: 'month', dateBasis: 'verified' }).date)).toBe('(2019, August)');
    expect(formatApaDate(record({ date: '2016-09-01', datePrecision: 'year', dateBasis: 'verified' }).date)).toBe('(2016)');
  });

  test('writes "o. J." for an unknown date', () => {
    expect(apaCitationText(record({ date: null, datePrecision: 'unknown', dateBasis: 'unknown', title: 'Ein Titel' }))).toBe(
      `RND. (o. J.). Ein Titel. RND. ${url}`,
    );
  });

  test('puts the title first when neither outlet nor origin is known, and adds no second full stop', () => {
    expect(apaCitationText(record({ outlet: null, origins: [], title: 'Wer war es?', dateBasis: 'verified' }))).toBe(
      `Wer war es? (2019, 2. August). ${url}`,
    );
  });
});

describe('citationNote', () => {
  test('says in German what is estimated or unknown, whom the text credits and where the original was', () => {
    expect(citationNote(record({ archivedUrl: 'https://www.maz-online.de/a' }))).toBe(
      'Erscheinungsdatum von der Archivredaktion geschätzt. Nach dpa. Originaladresse: https://www.maz-online.de/a Archiviert im Nachrichtenarchiv.',
    );
    expect(citationNote(record({ outlet: null, origins: [], date: null, datePrecision: 'unknown', dateBasis: 'unknown' }))).toBe(
      'Erscheinungsdatum unbekannt. Veröffentlichendes Medium unbekannt. Archiviert im Nachrichtenarchiv.',
    );
  });
});
