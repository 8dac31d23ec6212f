/** Previous and next article by date, for the links at the foot of an article. */

/**
 * In a list sorted newest first, the older neighbour ("previous") and the newer one ("next") of
 * the item with `id`. Either is undefined at the ends of the list or when `id` is not in it.
 */
export function findNeighbours<T extends { id: string }>(newestFirst: readonly T[], id: string): { previous?: T; next?: T } {
  const index = newestFirst.findIndex((item) => item.id === id);
  if (index === -1) return {};
  const previous = newestFirst[index + 1];
  const next = index > 0 ? newestFirst[index - 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
