/**
 * Pagination sizes and the page links shown under a listing. Astro's `paginate()` cuts the pages;
 * this module decides how many per page and which page numbers to offer.
 */

/**
 * Articles per listing page. 50 teasers are about 9 KB compressed, and a person named in 2,000
 * articles is 40 pages, not 100: every listing page is one more file to build, and one more click.
 */
export const articlesPerPage = 50;
/** Names per page of an index (people, places, …). */
export const namesPerPage = 100;

/** A link in the page navigation, or a gap between distant pages. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers to show: first, last, and `around` pages either side of the current one,
 * with gaps where numbers are skipped. A single page gives an empty list (no navigation).
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  if (last <= 1) return [];
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous > 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page, current: page === current });
  });
  return links;
}
