/**
 * Grouping articles by the things they name: one small pure helper per index operation, so
 * every index page (people, places, organisations, outlets, origins, dates) is built the same way.
 */
import { compareNames } from './sort.ts';

/** One value of a facet with the items that carry it. */
export interface FacetGroup<T> {
  name: string;
  items: T[];
}

/**
 * Groups items by the names `namesOf` returns for each, keeping each group in input order.
 * An item naming the same value twice is counted once.
 */
export function groupByNames<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const group = groups.get(name);
      if (group) group.push(item);
      else groups.set(name, [item]);
    }
  }
  return groups;
}

/** Groups as a list in German alphabetical order. */
export function facetsAlphabetical<T>(groups: Map<string, T[]>): FacetGroup<T>[] {
  return [...groups]
    .map(([name, items]) => ({ name, items }))
    .sort((a, b) => compareNames(a.name, b.name));
}

/** Groups as a list, largest first, ties alphabetical; `limit` keeps the first ones. */
export function facetsByCount<T>(groups: Map<string, T[]>, limit = Infinity): FacetGroup<T>[] {
  return [...groups]
    .map(([name, items]) => ({ name, items }))
    .sort((a, b) => b.items.length - a.items.length || compareNames(a.name, b.name))
    .slice(0, limit);
}

/** The first letter a name is filed under in an A–Z index: "Ä" under "A", digits under "#". */
export function indexLetter(name: string): string {
  const first = name.trim().normalize('NFKD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}
