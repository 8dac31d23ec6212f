import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Person, Place } from '../../src/lib/schema.ts';
import { parseBenchQueries } from './search-queries.ts';
import {
  corpusOfList, englishRussianSpelling, withoutAccents, formatQueryList, genitive, hasWord, hasWordWith, syntheticQueries, writtenOut,
  type SyntheticArticle,
} from './search-queries-synthetic.ts';

describe('spelling helpers', () => {
  it('writes umlauts and ß out', () => {
    expect(writtenOut('Flüchtlingsabkommen')).toBe('Fluechtlingsabkommen');
    expect(writtenOut('Straßenbau Ölpreis')).toBe('Strassenbau Oelpreis');
  });

  it('spells a Russian surname the English way, and only a Russian one', () => {
    expect(englishRussianSpelling('Iwanowa')).toBe('Ivanova');
    expect(englishRussianSpelling('Karimow')).toBe('Karimov');
    expect(englishRussianSpelling('Wagner')).toBeUndefined();
  });

  it('forms the genitive', () => {
    expect(genitive('Grenzabkommen')).toBe('Grenzabkommens');
    expect(genitive('Gipfel')).toBe('Gipfels');
    expect(genitive('Fonds')).toBeUndefined();
  });

  it('finds a word, or a compound ending in a part, with inflection endings', () => {
    expect(hasWordWith('Das Grenzschutzabkommens wegen', 'schutzabkommen')).toBe(true);
    expect(hasWordWith('Schutzabkommensentwurf', 'schutzabkommen')).toBe(false);
    expect(hasWord('Über das Grenzabkommen', 'grenzabkommen')).toBe(true);
    expect(hasWord('Das Grenzabkommen', 'abkommen')).toBe(false);
  });

  it('drops accents but keeps umlauts', () => {
    expect(withoutAccents('García')).toBe('Garcia');
    expect(withoutAccents('Yılmaz')).toBe('Yilmaz');
    expect(withoutAccents('Krämer')).toBe('Krämer');
  });

  it('reads the corpus a list was written for', () => {
    expect(corpusOfList('# intro\n#\n# corpus: seed 7, size 250\n- { query: a, kind: plain, find: [x] }\n')).toEqual({ seed: 7, size: 250 });
    expect(corpusOfList('- { query: a, kind: plain, find: [x] }\n')).toBeUndefined();
  });
});

const person = (name: string, aliases: string[] = []): Person => ({ name, aliases, description: 'x' });
const place = (name: string, aliases: string[]): Place => ({ name, aliases, kind: 'country', lat: 0, lon: 0, adjectives: [], demonyms: [] });
const article = (id: string, text: string, people: string[] = [], places: string[] = []): SyntheticArticle => ({ id, texts: [text], people, places, terms: [] });

describe('syntheticQueries', () => {
  const articles = [
    article('a', 'Das Grenzschutzabkommen gilt. Anna Iwanowa sprach in Madagaskar über den Rüstungsgipfel.', ['Anna Iwanowa'], ['Madagaskar']),
    article('b', 'Das Zollschutzabkommen wurde kritisiert; Anna Iwanowa schwieg. Das Grenzschutzabkommen bleibt.', ['Anna Iwanowa']),
    article('c', 'Über den Rüstungsgipfel in Madagaskar berichtete Paul Möller.', ['Paul Möller'], ['Madagaskar']),
  ];
  const names = {
    people: [person('Anna Iwanowa'), person('Paul Möller'), person('Olga Okafor')],
    places: [place('Madagaskar', ['Madagascar', 'Republik Madagaskar'])],
    invented: 3,
    vocabulary: ['Grenzschutzabkommen', 'Zollschutzabkommen', 'Rüstungsgipfel'],
    compoundEndings: { middles: ['', 'schutz'], tails: ['abkommen', 'gipfel'] },
    negativeCandidates: ['Fußball', 'Grenzschutz'],
  };
  const queries = syntheticQueries(articles, names);
  const byQuery = new Map(queries.map((entry) => [entry.query, entry]));

  it('asks for compound parts, other spellings, English place names, umlauts written out, genitives', () => {
    expect(byQuery.get('Schutzabkommen')).toEqual({ query: 'Schutzabkommen', kind: 'compound', find: ['a', 'b'] });
    expect(byQuery.get('Ivanova')).toEqual({ query: 'Ivanova', kind: 'spelling', find: ['a', 'b'] });
    expect(byQuery.get('Madagascar')).toEqual({ query: 'Madagascar', kind: 'place', find: ['a', 'c'] });
    expect(byQuery.get('Ruestungsgipfel')).toEqual({ query: 'Ruestungsgipfel', kind: 'umlaut', find: ['a', 'c'] });
    expect(byQuery.get('Grenzschutzabkommens')).toEqual({ query: 'Grenzschutzabkommens', kind: 'inflection', find: ['a', 'b'] });
    expect(byQuery.get('Madagaskars')).toEqual({ query: 'Madagaskars', kind: 'inflection', find: ['a', 'c'] });
  });

  it('takes as negatives only people and words no article has', () => {
    expect(byQuery.get('Olga Okafor')?.kind).toBe('negative');
    expect(byQuery.get('Fußball')?.kind).toBe('negative');
    expect(byQuery.has('Grenzschutz')).toBe(false);
  });

  it('is deterministic and gives a list the benchmark reads back', () => {
    expect(syntheticQueries([...articles].reverse(), names)).toEqual(queries);
    const text = formatQueryList(queries, 'header\n\ncorpus: seed 1, size 3');
    expect(parseBenchQueries(text)).toEqual(queries);
    expect(corpusOfList(text)).toEqual({ seed: 1, size: 3 });
  });
});

describe('the project\'s synthetic list', () => {
  it('parses, names its corpus, has every kind and ids of the generator\'s form', () => {
    const text = readFileSync(new URL('search-queries-synthetic.yaml', import.meta.url), 'utf8');
    const queries = parseBenchQueries(text);
    expect(corpusOfList(text)).toBeDefined();
    expect(new Set(queries.map((entry) => entry.kind))).toEqual(new Set(['compound', 'spelling', 'place', 'umlaut', 'inflection', 'plain', 'negative']));
    for (const id of queries.flatMap((entry) => entry.find)) expect(id).toMatch(/^\d{6}-[0-9a-f]{16}$/);
  });
});
