import { describe, expect, test } from 'vitest';
import { makeFrontmatter } from './__fixtures__/factories.ts';
import { buildCitationRecord } from './citation.ts';
import { formatRis, risDate, risLine } from './ris.ts';

const url = 'https://archiv.example/artikel/001-ffc1f06195f87f2c/';
const record = (overrides: Parameters<typeof makeFrontmatter>[0] = {}) =>
  buildCitationRecord('001-ffc1f06195f87f2c', makeFrontmatter(overrides), url, 'Nachrichtenarchiv');

describe('formatRis', () => {
  test('starts with TY NEWS, ends with ER, and uses CRLF line endings throughout', () => {
    const text = formatRis(record());
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  test('carries title, corporate author, newspaper, year, date, permalink, language and archive', () => {
    const lines = formatRis(record({ title: 'Ein Titel' })).split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([
      'ID  - 001-ffc1f06195f87f2c', 'TI  - Ein Titel', 'AU  - RND', 'T2  - RND', 'PY  - 2019',
      'DA  - 2019/08/02/geschätzt', `UR  - ${url}`, 'LA  - de', 'DB  - Nachrichtenarchiv',
    ]));
  });

  test('has neither PY nor DA when the date is unknown', () => {
    const text = formatRis(record({ date: null, datePrecision: 'unknown', dateBasis: 'unknown' }));
    expect(text).not.toMatch(/^(PY|DA) /m);
    expect(text).toContain('N1  - Erscheinungsdatum unbekannt.');
  });
});

describe('risDate', () => {
  test('leaves unknown parts empty', () => {
    expect(risDate(record({ date: '2019-08', datePrecision: 'month', dateBasis: 'verified' }))).toBe('2019/08//');
  });
});

describe('risLine', () => {
  test('turns line breaks into spaces and rejects tags that are not RIS tags', () => {
    expect(risLine('TI', 'Zwei\nZeilen ')).toBe('TI  - Zwei Zeilen');
    expect(() => risLine('title', 'x')).toThrow(/^risLine: /);
  });
});
