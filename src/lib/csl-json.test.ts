import { describe, expect, test } from 'vitest';
import { makeFrontmatter } from './__fixtures__/factories.ts';
import { buildCitationRecord } from './citation.ts';
import { formatCslJson, toCslItem } from './csl-json.ts';

const url = 'https://archiv.example/artikel/004-7e90b870e6a6c1b4/';
const record = (overrides: Parameters<typeof makeFrontmatter>[0] = {}) =>
  buildCitationRecord('004-7e90b870e6a6c1b4', makeFrontmatter(overrides), url, 'Nachrichtenarchiv');

describe('toCslItem', () => {
  test('gives a month-precise date as two date parts', () => {
    const item = toCslItem(record({ outlet: 'Handelsblatt', date: '2019-08', datePrecision: 'month', dateBasis: 'verified' }));
    expect(item.issued).toEqual({ 'date-parts': [[2019, 8]] });
    expect(item).toMatchObject({
      id: '004-7e90b870e6a6c1b4', type: 'article-newspaper', author: [{ literal: 'Handelsblatt' }],
      'container-title': 'Handelsblatt', URL: url, language: 'de', archive: 'Nachrichtenarchiv',
    });
  });

  test('marks an estimated date with circa and leaves out an unknown one', () => {
    expect(toCslItem(record()).issued).toEqual({ 'date-parts': [[2019, 8, 2]], circa: true });
    const undated = toCslItem(record({ date: null, datePrecision: 'unknown', dateBasis: 'unknown', outlet: null, origins: [] }));
    expect(undated).not.toHaveProperty('issued');
    expect(undated).not.toHaveProperty('author');
    expect(undated).not.toHaveProperty('container-title');
  });
});

describe('formatCslJson', () => {
  test('writes an array of items that parses back unchanged', () => {
    const text = formatCslJson([record()]);
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual([toCslItem(record())]);
  });
});
