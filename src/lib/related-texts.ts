/**
 * The other articles an article page names as related: those an editor assigned to the same story
 * (`sameStory`) and those the text comparison (`text-reuse.ts`) found. Each says on which basis it
 * is listed, so readers can tell an editorial assignment from a machine finding, and how much text
 * the two share.
 */
import type { ArticleSummary } from './archive-model.ts';
import { formatShare, type ReuseMatch } from './text-reuse.ts';

/** From this share of either text on, a found match counts as the same story, below as shared passages. */
export const sameStoryShare = 0.5;

export interface RelatedText {
  article: ArticleSummary;
  /** An editor assigned it to the same story. */
  editorial: boolean;
  /** What the text comparison found; absent when it found nothing. */
  reuse?: { share: number; otherShare: number; sharedShingles: number } | undefined;
  /** The same story (editorial, or at least half of one text shared) or only shared passages (a quote). */
  kind: 'same-story' | 'shared-passages';
  /** "Redaktionell zugeordnet", "Per Textvergleich gefunden", or both. */
  basis: string;
  /** "Dieser Artikel teilt 89 % seines Textes mit ihm; umgekehrt sind es 37 %." */
  shareText?: string | undefined;
}

/**
 * Related texts of one article: the editorial ones in their given order, then the found ones by
 * share; each other article once. Ids not in `summaries` are left out (the model warns about them).
 */
export function relateTexts(
  editorialIds: readonly string[],
  matches: readonly ReuseMatch[],
  summaries: ReadonlyMap<string, ArticleSummary>,
): RelatedText[] {
  const found = new Map(matches.map((match) => [match.otherId, match]));
  const ids = [...new Set([...editorialIds, ...matches.map((match) => match.otherId)])];
  return ids.flatMap((id) => {
    const article = summaries.get(id);
    if (!article) return [];
    const editorial = editorialIds.includes(id);
    const match = found.get(id);
    const reuse = match && { share: match.share, otherShare: match.otherShare, sharedShingles: match.sharedShingles };
    const sameStory = editorial || (match !== undefined && Math.max(match.share, match.otherShare) >= sameStoryShare);
    const basis = editorial && match
      ? 'Redaktionell zugeordnet, per Textvergleich bestätigt'
      : editorial ? 'Redaktionell zugeordnet' : 'Per Textvergleich gefunden';
    return [{
      article,
      editorial,
      reuse,
      kind: sameStory ? 'same-story' : 'shared-passages',
      basis,
      shareText: match && `Dieser Artikel teilt ${formatShare(match.share)} seines Textes mit ihm; umgekehrt sind es ${formatShare(match.otherShare)}.`,
    } satisfies RelatedText];
  });
}

/** Texts with shared passages an article page lists; the rest it counts (the data export has them all). */
export const sharedPassagesShown = 10;

/**
 * An article page's two lists: the same story in full, and the texts with shared passages, the
 * `sharedPassagesShown` with the largest share first, and how many more there are. In a large
 * archive a common quote links one text to hundreds of others; listing them all made each page
 * grow, and the build slow down, with the size of the archive.
 */
export function splitRelatedTexts(related: readonly RelatedText[]): {
  sameStory: RelatedText[];
  sharedPassages: RelatedText[];
  moreSharedPassages: number;
} {
  const shared = related.filter((text) => text.kind === 'shared-passages');
  return {
    sameStory: related.filter((text) => text.kind === 'same-story'),
    sharedPassages: shared.slice(0, sharedPassagesShown),
    moreSharedPassages: Math.max(0, shared.length - sharedPassagesShown),
  };
}
