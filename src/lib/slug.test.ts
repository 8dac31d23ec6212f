import { describe, expect, it } from 'vitest';
import { assignSlugs, emptySlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('transliterates umlauts and ß the German way', () => {
    expect(slugify('Müller-Lüdenscheidt')).toBe('mueller-luedenscheidt');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Österreich')).toBe('oesterreich');
    expect(slugify('Türkei')).toBe('tuerkei');
  });

  it('drops other diacritics and punctuation', () => {
    expect(slugify('Çelik Ağa')).toBe('celik-aga');
    expect(slugify('Islamischer Staat (IS)')).toBe('islamischer-staat-is');
    expect(slugify('  Dr. Alon Ben-Meir ')).toBe('dr-alon-ben-meir');
  });

  it('falls back to a placeholder when no letters survive', () => {
    expect(slugify('Путин')).toBe(emptySlug);
    expect(slugify('—')).toBe(emptySlug);
  });
});

describe('assignSlugs', () => {
  it('gives colliding names numbered slugs in German collation order, whatever the input order', () => {
    const forward = assignSlugs(['Mueller', 'Müller']);
    const backward = assignSlugs(['Müller', 'Mueller']);
    expect(forward).toEqual(backward);
    expect(new Set(forward.values())).toEqual(new Set(['mueller', 'mueller-2']));
  });

  it('keeps one slug per distinct name', () => {
    expect([...assignSlugs(['Syrien', 'Syrien', 'Irak']).entries()]).toEqual([['Irak', 'irak'], ['Syrien', 'syrien']]);
  });
});
