/**
 * Co-mentions: which people, places and organisations appear in the same articles as a given one,
 * and in how many. A name counts once per article however often the text repeats it; the name
 * itself is left out. Pure; `archive-model.ts` turns names into links.
 */
import { compareNames } from './sort.ts';

/** The names one article mentions, by kind. */
export interface ArticleNames {
  people: readonly string[];
  places: readonly string[];
  organisations: readonly string[];
}

export type CoMentionKind = keyof ArticleNames;

/** A name and the number of articles it shares with the subject. */
export interface CoMentionCount {
  name: string;
  count: number;
}

export type CoMentionCounts = Record<CoMentionKind, CoMentionCount[]>;

const kinds: CoMentionKind[] = ['people', 'places', 'organisations'];

/**
 * Counts, per kind, the articles among `articles` (those mentioning the subject) that also mention
 * each other name; the subject `{ kind, name }` is excluded. Sorted by count, most first, ties in
 * German alphabetical order; `limit` keeps the first ones of each kind.
 */
export function countCoMentions(
  articles: readonly ArticleNames[],
  subject: { kind: CoMentionKind; name: string },
  limit = Infinity,
): CoMentionCounts {
  const result = {} as CoMentionCounts;
  for (const kind of kinds) {
    const counts = new Map<string, number>();
    for (const article of articles) {
      for (const name of new Set(article[kind])) {
        if (kind === subject.kind && name === subject.name) continue;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    result[kind] = rankCounts(counts, limit);
  }
  return result;
}

/** Most first, ties alphabetical, at most `limit`. */
export function rankCounts(counts: ReadonlyMap<string, number>, limit = Infinity): CoMentionCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || compareNames(a.name, b.name))
    .slice(0, limit);
}
