import { describe, expect, it } from 'vitest';
import { pageLinks } from './pagination.ts';

const compact = (current: number, last: number) =>
  pageLinks(current, last).map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ');

describe('pageLinks', () => {
  it('offers no navigation for a single page', () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });

  it('shows all pages of a short listing', () => {
    expect(compact(2, 4)).toBe('1 [2] 3 4');
  });

  it('shows first, last and neighbours with gaps in a long listing', () => {
    expect(compact(10, 40)).toBe('1 … 8 9 [10] 11 12 … 40');
    expect(compact(1, 40)).toBe('[1] 2 3 … 40');
  });
});
