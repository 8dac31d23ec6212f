import { describe, expect, it } from 'vitest';
import { countCoMentions, rankCounts } from './co-mentions.ts';

const articles = [
  { people: ['Nathan Sales', 'James Jeffrey', 'Donald Trump'], places: ['Syrien', 'Irak'], organisations: ['Islamischer Staat'] },
  { people: ['Nathan Sales', 'James Jeffrey', 'James Jeffrey'], places: ['Syrien'], organisations: ['Islamischer Staat', 'Anti-IS-Koalition'] },
  { people: ['Nathan Sales'], places: ['Ägypten'], organisations: [] },
];

describe('countCoMentions', () => {
  it('counts each name once per article and leaves the subject out', () => {
    const counts = countCoMentions(articles, { kind: 'people', name: 'Nathan Sales' });
    expect(counts.people).toEqual([{ name: 'James Jeffrey', count: 2 }, { name: 'Donald Trump', count: 1 }]);
    expect(counts.places).toEqual([{ name: 'Syrien', count: 2 }, { name: 'Ägypten', count: 1 }, { name: 'Irak', count: 1 }]);
    expect(counts.organisations).toEqual([{ name: 'Islamischer Staat', count: 2 }, { name: 'Anti-IS-Koalition', count: 1 }]);
  });

  it('keeps a person of the same name as a place subject, since only the subject kind is excluded', () => {
    const counts = countCoMentions([{ people: ['Georgia'], places: ['Georgia'], organisations: [] }], { kind: 'places', name: 'Georgia' });
    expect(counts.people).toEqual([{ name: 'Georgia', count: 1 }]);
    expect(counts.places).toEqual([]);
  });

  it('keeps only the first `limit` of each kind', () => {
    const counts = countCoMentions(articles, { kind: 'people', name: 'Nathan Sales' }, 1);
    expect(counts.places).toEqual([{ name: 'Syrien', count: 2 }]);
  });

  it('returns empty lists when nothing else is mentioned', () => {
    expect(countCoMentions([], { kind: 'places', name: 'Syrien' })).toEqual({ people: [], places: [], organisations: [] });
  });
});

describe('rankCounts', () => {
  it('orders by count, then in German alphabetical order', () => {
    expect(rankCounts(new Map([['Zypern', 2], ['Österreich', 1], ['Oman', 1], ['Irak', 2]])).map((entry) => entry.name))
      .toEqual(['Irak', 'Zypern', 'Oman', 'Österreich']);
  });
});
