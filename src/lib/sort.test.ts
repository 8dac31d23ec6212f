import { describe, expect, it } from 'vitest';
import { compareNames, sortNewestFirst } from './sort.ts';

describe('compareNames', () => {
  it('sorts umlauts with their base letters', () => {
    expect(['Zypern', 'Österreich', 'Oman', 'Ägypten', 'Afghanistan'].sort(compareNames)).toEqual(['Afghanistan', 'Ägypten', 'Oman', 'Österreich', 'Zypern']);
  });
});

describe('sortNewestFirst', () => {
  it('puts the newest first and unknown dates last, ties by title', () => {
    const items = [
      { id: 'a', title: 'Ohne Datum', sortKey: '' },
      { id: 'b', title: 'Alt', sortKey: '2016-06-07' },
      { id: 'c', title: 'Zweite', sortKey: '2019-08-02' },
      { id: 'd', title: 'Erste', sortKey: '2019-08-02' },
      { id: 'e', title: 'Monat', sortKey: '2019-08-00' },
    ];
    expect(sortNewestFirst(items).map((item) => item.id)).toEqual(['d', 'c', 'e', 'b', 'a']);
  });
});
