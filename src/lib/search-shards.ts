/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it, and at
 * 100,000 articles that outgrew the machine's 24 GiB; so a large archive is indexed in shards of
 * consecutive articles in the archive's order (newest first), one Pagefind index each, written one
 * after the other. The search page searches every shard and merges the answers here. An archive
 * up to one shard's size has one index at `/pagefind/`, as Pagefind writes it by default.
 */

/** Articles per shard unless `ARCHIVE_SEARCH_SHARD_SIZE` says otherwise (see `content-location.ts`). */
export const defaultSearchShardSize = 25_000;

/** How many shards an archive of `articles` articles is indexed in; at least one. */
export function searchShardCount(articles: number, shardSize: number): number {
  return Math.max(1, Math.ceil(articles / shardSize));
}

/** The shard of the article at `position` (0 = newest) in the archive's order. */
export function searchShardOf(position: number, shardSize: number): number {
  return Math.floor(position / shardSize);
}

/** Where shard `shard` (0-based) is served: the first at Pagefind's own `/pagefind/`, the others inside it. */
export function searchShardPath(shard: number): string {
  return shard === 0 ? '/pagefind/' : `/pagefind/teil-${shard + 1}/`;
}

/** Where every shard of an archive of `articles` articles is served, in the archive's order. */
export function searchShardPaths(articles: number, shardSize: number): string[] {
  return Array.from({ length: searchShardCount(articles, shardSize) }, (_, shard) => searchShardPath(shard));
}

type FilterCounts = Record<string, Record<string, number>>;

/** What the search page reads of one Pagefind search response. */
export interface ShardResponse<Result extends { score: number }> {
  results: Result[];
  filters: FilterCounts;
}

/**
 * One response from the responses of every shard, given in shard order: filter counts added up;
 * results by relevance merged by Pagefind's score (ties keep shard order), results by date one
 * shard after the other, which is newest first because the shards follow the archive's order.
 * Pagefind scores each shard against its own word statistics, so the relevance order of a merged
 * search can differ slightly from one index over all articles; the set of results does not.
 */
export function mergeShardResponses<Result extends { score: number }>(
  responses: readonly ShardResponse<Result>[],
  sort: 'relevance' | 'date',
): ShardResponse<Result> {
  if (responses.length === 1) return responses[0]!;
  const results = responses.flatMap((response) => response.results);
  if (sort === 'relevance') results.sort((a, b) => b.score - a.score);
  const filters: FilterCounts = {};
  for (const response of responses) {
    for (const [key, counts] of Object.entries(response.filters)) {
      const merged = (filters[key] ??= {});
      for (const [value, count] of Object.entries(counts)) merged[value] = (merged[value] ?? 0) + count;
    }
  }
  return { results, filters };
}
