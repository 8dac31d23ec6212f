import { describe, expect, test } from 'vitest';
import type { ArticleSummary } from './archive-model.ts';
import { relateTexts, sharedPassagesShown, splitRelatedTexts } from './related-texts.ts';
import type { ReuseMatch } from './text-reuse.ts';

const summary = (id: string): ArticleSummary => ({
  id, path: `/artikel/${id}/`, title: `Titel ${id}`, sourceLine: 'RND', dateLabel: '2. August 2019', datetime: '2019-08-02', excerpt: '', sortKey: '2019-08-02',
});
const summaries = new Map(['a', 'b', 'c', 'd'].map((id) => [id, summary(id)]));
const match = (otherId: string, share: number, otherShare: number): ReuseMatch => ({ otherId, share, otherShare, sharedShingles: 20, jaccard: 0.1 });

describe('relateTexts', () => {
  test('labels editorial links, found links and links that are both', () => {
    const related = relateTexts(['a', 'b'], [match('b', 0.89, 0.37), match('c', 0.62, 0.3)], summaries);
    expect(related.map(({ article, basis, kind }) => [article.id, basis, kind])).toEqual([
      ['a', 'Redaktionell zugeordnet', 'same-story'],
      ['b', 'Redaktionell zugeordnet, per Textvergleich bestätigt', 'same-story'],
      ['c', 'Per Textvergleich gefunden', 'same-story'],
    ]);
    expect(related[0]!.shareText).toBeUndefined();
    expect(related[2]!.shareText).toBe('Dieser Artikel teilt 62\u00a0% seines Textes mit ihm; umgekehrt sind es 30\u00a0%.');
  });

  test('counts a found link as shared passages when neither text shares half of itself', () => {
    const [quote] = relateTexts([], [match('d', 0.08, 0.12)], summaries);
    expect(quote).toMatchObject({ kind: 'shared-passages', editorial: false, basis: 'Per Textvergleich gefunden' });
  });

  test('leaves out ids the archive does not have', () => {
    expect(relateTexts(['x'], [match('y', 1, 1)], summaries)).toEqual([]);
  });
});

describe('splitRelatedTexts', () => {
  test('keeps the whole same story and lists only the texts sharing the most passages, counting the rest', () => {
    const ids = Array.from({ length: sharedPassagesShown + 3 }, (_, index) => `s${String(index).padStart(2, '0')}`);
    const many = new Map([...summaries, ...ids.map((id) => [id, summary(id)] as const)]);
    const matches = ids.map((id, index) => match(id, 0.2 - index / 100, 0.1));
    const { sameStory, sharedPassages, moreSharedPassages } = splitRelatedTexts(relateTexts(['a'], matches, many));
    expect(sameStory.map(({ article }) => article.id)).toEqual(['a']);
    expect(sharedPassages.map(({ article }) => article.id)).toEqual(ids.slice(0, sharedPassagesShown));
    expect(moreSharedPassages).toBe(3);
  });
});
