import { describe, expect, test } from 'vitest';
import { makeFrontmatter } from './__fixtures__/factories.ts';
import { bibtexKey, escapeBibtex, formatBibtex } from './bibtex.ts';
import { buildCitationRecord } from './citation.ts';

const url = 'https://archiv.example/artikel/001-ffc1f06195f87f2c/';
const record = (overrides: Parameters<typeof makeFrontmatter>[0] = {}) =>
  buildCitationRecord('001-ffc1f06195f87f2c', makeFrontmatter(overrides), url, 'Nachrichtenarchiv');

describe('escapeBibtex', () => {
  test('escapes every character TeX treats specially and keeps umlauts and German quotes', () => {
    expect(escapeBibtex('100 % & $5 #1 a_b {x} ^ ~ \\')).toBe(
      '100 \\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    expect(escapeBibtex('„Bündnis“ gegen\nden IS')).toBe('„Bündnis“ gegen den IS');
  });
});

describe('formatBibtex', () => {
  test('writes a @misc entry with protected title, corporate author, month macro and biblatex date', () => {
    const text = formatBibtex(record({ title: 'USA & IS: 50 % mehr', dateBasis: 'verified' }));
    expect(text).toMatch(/^@misc\{nachrichtenarchiv:001-ffc1f06195f87f2c,\n/);
    expect(text).toContain('  author       = {{RND}},\n');
    expect(text).toContain('  title        = {{USA \\& IS: 50 \\% mehr}},\n');
    expect(text).toContain('  howpublished = {RND},\n');
    expect(text).toContain('  year         = {2019},\n  month        = aug,\n  date         = {2019-08-02},\n');
    expect(text).toContain(`  url          = {${url}},\n`);
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  test('marks an estimated date with "~" and a month-precise one without a day', () => {
    expect(formatBibtex(record())).toContain('date         = {2019-08-02~}');
    expect(formatBibtex(record({ date: '2019-08', datePrecision: 'month', dateBasis: 'verified' }))).toContain('date         = {2019-08}');
  });

  test('leaves out year, month and date when the date is unknown and says so in the note', () => {
    const text = formatBibtex(record({ date: null, datePrecision: 'unknown', dateBasis: 'unknown' }));
    expect(text).not.toMatch(/year|month|date {2}/);
    expect(text).toContain('Erscheinungsdatum unbekannt.');
  });

  test('has balanced braces whatever the title holds', () => {
    const text = formatBibtex(record({ title: 'Klammern } und { und \\ Rückstrich' }));
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
});

describe('bibtexKey', () => {
  test('keeps only characters every BibTeX tool accepts in keys', () => {
    expect(bibtexKey('001-ffc1 f0.x')).toBe('nachrichtenarchiv:001-ffc1-f0-x');
  });
});
