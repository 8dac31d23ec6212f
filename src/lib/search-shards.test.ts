import { describe, expect, test } from 'vitest';
import { mergeShardResponses, searchShardCount, searchShardOf, searchShardPath, searchShardPaths } from './search-shards.ts';

describe('shards of the search index', () => {
  test('an archive up to one shard has one index, at Pagefind’s own path', () => {
    expect(searchShardPaths(0, 25_000)).toEqual(['/pagefind/']);
    expect(searchShardPaths(5, 25_000)).toEqual(['/pagefind/']);
    expect(searchShardPaths(25_000, 25_000)).toEqual(['/pagefind/']);
  });

  test('a larger archive gets one more shard per started shard size, inside /pagefind/', () => {
    expect(searchShardCount(25_001, 25_000)).toBe(2);
    expect(searchShardPaths(100_000, 25_000)).toEqual(['/pagefind/', '/pagefind/teil-2/', '/pagefind/teil-3/', '/pagefind/teil-4/']);
    expect(searchShardPaths(5, 2)).toEqual(['/pagefind/', '/pagefind/teil-2/', '/pagefind/teil-3/']);
  });

  test('every position belongs to the shard whose path the count lists', () => {
    for (const [articles, size] of [[5, 2], [100_000, 25_000], [25_001, 25_000]] as const) {
      const paths = searchShardPaths(articles, size);
      const used = new Set(Array.from({ length: articles }, (_, position) => searchShardPath(searchShardOf(position, size))));
      expect([...used]).toEqual(paths);
    }
  });
});

describe('mergeShardResponses', () => {
  const result = (id: string, score: number) => ({ id, score });
  const first = { results: [result('a', 3), result('b', 1)], filters: { year: { '2020': 2 }, outlet: { RND: 1 } } };
  const second = { results: [result('c', 2), result('d', 1)], filters: { year: { '2020': 1, '2019': 1 } } };

  test('by relevance, interleaves by score, ties in shard order', () => {
    expect(mergeShardResponses([first, second], 'relevance').results.map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  test('by date, keeps each shard’s order, one shard after the other', () => {
    expect(mergeShardResponses([first, second], 'date').results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('adds up the filter counts of every shard', () => {
    expect(mergeShardResponses([first, second], 'relevance').filters).toEqual({ year: { '2020': 3, '2019': 1 }, outlet: { RND: 1 } });
  });

  test('leaves the shards’ responses as they were', () => {
    mergeShardResponses([first, second], 'relevance');
    expect(first.filters.year).toEqual({ '2020': 2 });
    expect(first.results.map((r) => r.id)).toEqual(['a', 'b']);
  });

  test('passes a single shard’s response through', () => {
    expect(mergeShardResponses([first], 'relevance')).toBe(first);
  });
});
