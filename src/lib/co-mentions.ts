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
    // Each name with its count and the last article that counted it: a name an article repeats
    // counts once, without a set per article (the model counts some 700 subjects' articles).
    const tally = new Map<string, { count: number; lastArticle: number }>();
    for (let index = 0; index < articles.length; index += 1) {
      for (const name of articles[index]![kind]) {
        const entry = tally.get(name);
        if (entry === undefined) tally.set(name, { count: 1, lastArticle: index });
        else if (entry.lastArticle !== index) {
          entry.count += 1;
          entry.lastArticle = index;
        }
      }
    }
    if (kind === subject.kind) tally.delete(subject.name);
    result[kind] = rankCounts([...tally].map(([name, { count }]) => [name, count] as const), limit);
  }
  return result;
}

/** Most first, ties alphabetical, at most `limit`. */
export function rankCounts(counts: Iterable<readonly [string, number]>, limit = Infinity): CoMentionCount[] {
  if (limit <= 0) return [];
  let ranked = [...counts].map(([name, count]) => ({ name, count }));
  if (ranked.length > limit) {
    // Only names counted at least as often as the last one kept can make the cut; the rest never
    // reach the collator, which is most of the sorting's time.
    const cut = ranked.map(({ count }) => count).sort((a, b) => b - a)[limit - 1]!;
    ranked = ranked.filter(({ count }) => count >= cut);
  }
  return ranked.sort((a, b) => b.count - a.count || compareNames(a.name, b.name)).slice(0, limit);
}
