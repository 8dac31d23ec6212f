import { describe, expect, test } from 'vitest';
import { csvField, formatCsv } from './csv.ts';

describe('csvField', () => {
  test('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('RND, nach dpa')).toBe('"RND, nach dpa"');
    expect(csvField('der "Tagesspiegel"')).toBe('"der ""Tagesspiegel"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
  });

  test('leaves plain fields, umlauts and German quotes as they are and writes nothing for null', () => {
    expect(csvField('„Bündnis“ gegen IS')).toBe('„Bündnis“ gegen IS');
    expect(csvField(512)).toBe('512');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('formatCsv', () => {
  test('ends every record, the last included, with CRLF', () => {
    expect(formatCsv(['id', 'title'], [['a', 'Eins, zwei'], ['b', 'Drei']])).toBe('id,title\r\na,"Eins, zwei"\r\nb,Drei\r\n');
  });

  test('throws with its name when a row has the wrong number of fields', () => {
    expect(() => formatCsv(['a', 'b'], [['x']])).toThrow(/^formatCsv: row 1 has 1 fields/);
  });
});
