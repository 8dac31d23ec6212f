/**
 * Orderings used by every listing: names in German collation, articles newest first with
 * unknown dates last.
 */

/** German collation, shared so every list sorts the same way ("Ärzte" next to "Arzt"). */
export const germanCollator = new Intl.Collator('de');

/** Compares two names in German order, falling back to code points so the order is total. */
export function compareNames(a: string, b: string): number {
  return germanCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** What an article needs to be sorted by date. */
export interface Sortable {
  id: string;
  title: string;
  /** From `dateSortKey`: "" for an unknown date. */
  sortKey: string;
}

/**
 * Newest first; undated articles last; same date by title, then id, so the order never depends
 * on the order the files were read in.
 */
export function compareNewestFirst(a: Sortable, b: Sortable): number {
  if (a.sortKey !== b.sortKey) {
    if (a.sortKey === '') return 1;
    if (b.sortKey === '') return -1;
    return a.sortKey < b.sortKey ? 1 : -1;
  }
  return compareNames(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy, newest first. */
export function sortNewestFirst<T extends Sortable>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}
