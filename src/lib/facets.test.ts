import { describe, expect, it } from 'vitest';
import { facetsAlphabetical, facetsByCount, groupByNames, indexLetter } from './facets.ts';

const items = [
  { id: 1, names: ['Syrien', 'Irak', 'Syrien'] },
  { id: 2, names: ['Türkei', 'Syrien'] },
  { id: 3, names: [] },
];

describe('groupByNames', () => {
  it('groups items by each name once, keeping input order', () => {
    const groups = groupByNames(items, (item) => item.names);
    expect(groups.get('Syrien')?.map((item) => item.id)).toEqual([1, 2]);
    expect(groups.get('Irak')?.map((item) => item.id)).toEqual([1]);
    expect(groups.size).toBe(3);
  });
});

describe('facet lists', () => {
  const groups = groupByNames(items, (item) => item.names);

  it('lists alphabetically in German order', () => {
    expect(facetsAlphabetical(groups).map((facet) => facet.name)).toEqual(['Irak', 'Syrien', 'Türkei']);
  });

  it('lists by count, ties alphabetical, with a limit', () => {
    expect(facetsByCount(groups, 2).map((facet) => [facet.name, facet.items.length])).toEqual([['Syrien', 2], ['Irak', 1]]);
  });
});

describe('indexLetter', () => {
  it('files umlauts under their base letter and everything else under #', () => {
    expect(indexLetter('Ägypten')).toBe('A');
    expect(indexLetter('al-Qaida')).toBe('A');
    expect(indexLetter('9/11')).toBe('#');
  });
});
