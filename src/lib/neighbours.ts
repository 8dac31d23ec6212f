/** Previous and next article by date, for the links at the foot of an article. */

/**
 * In a list sorted newest first, the older neighbour ("previous") and the newer one ("next") of
 * the item at `index`. Either is undefined at the ends of the list. By position, not by id: looking
 * every article up by id made the model quadratic in the size of the archive.
 */
export function neighboursAt<T>(newestFirst: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = newestFirst[index + 1];
  const next = index > 0 ? newestFirst[index - 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
