/**
 * The search page's state (query, filters, sort) and its URL form, so a search can be shared as
 * a link. Pure: the client script reads `location.search` through `parseSearchState` and writes
 * it back with `searchStateToQuery`; `toPagefindOptions` turns it into Pagefind's search options.
 */
import { searchQueryParam } from './routes.ts';

/**
 * The filters the search offers: Pagefind's filter key (set with `data-pagefind-filter` on the
 * article page), the URL parameter, the German label, and how several values combine.
 */
export const searchFilters = [
  { key: 'publisher', param: 'medium', label: 'Medium', combine: 'any' },
  { key: 'origin', param: 'herkunft', label: 'Herkunft', combine: 'any' },
  { key: 'person', param: 'person', label: 'Person', combine: 'all' },
  { key: 'place', param: 'ort', label: 'Ort', combine: 'all' },
  { key: 'year', param: 'jahr', label: 'Jahr', combine: 'any' },
] as const;

export type FilterKey = (typeof searchFilters)[number]['key'];

/** Sort orders: by relevance (Pagefind's ranking) or newest first (`data-pagefind-sort="date"`). */
export type SearchSort = 'relevance' | 'date';
export const sortParam = 'sortierung';
/** URL value of the date sort; relevance is the default and leaves the parameter out. */
export const dateSortValue = 'datum';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SearchSort;
}

/** Reads the state from a query string; unknown parameters are ignored, values deduplicated. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const filter of searchFilters) {
    const values = [...new Set(params.getAll(filter.param).map((value) => value.trim()).filter(Boolean))];
    if (values.length > 0) filters[filter.key] = values;
  }
  return {
    query: (params.get(searchQueryParam) ?? '').trim(),
    filters,
    sort: params.get(sortParam) === dateSortValue ? 'date' : 'relevance',
  };
}

/** The query string for a state, in a fixed parameter order, without the leading "?". */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(searchQueryParam, state.query);
  for (const filter of searchFilters) {
    for (const value of state.filters[filter.key] ?? []) params.append(filter.param, value);
  }
  if (state.sort === 'date') params.set(sortParam, dateSortValue);
  return params.toString();
}

/** A copy of the state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[key] = [...current];
  else delete filters[key];
  return { ...state, filters };
}

/** Pagefind's search options for a state. */
export function toPagefindOptions(state: SearchState): {
  filters: Record<string, { any: string[] } | { all: string[] } | { none: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, { any: string[] } | { all: string[] } | { none: string[] }> = {};
  for (const filter of searchFilters) {
    const values = state.filters[filter.key];
    if (values && values.length > 0) filters[filter.key] = filter.combine === 'any' ? { any: values } : { all: values };
  }
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** True when there is anything to search for: a query or at least one filter. */
export function hasSearchInput(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** A copy of the state without any value of one filter. */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  const filters = { ...state.filters };
  delete filters[key];
  return { ...state, filters };
}

/**
 * Filters whose counts need a search of their own: values of an "any" filter add results, so
 * their counts must ignore that filter's own selection, or every unselected value would show 0.
 */
export function filtersNeedingOwnCounts(state: SearchState): FilterKey[] {
  return searchFilters
    .filter((filter) => filter.combine === 'any' && (state.filters[filter.key]?.length ?? 0) > 0)
    .map((filter) => filter.key);
}

/**
 * Pagefind's options for a state, asking also for the counts of the filters in `shown`. Pagefind
 * counts only the filters whose index chunk is loaded, and loads a filter's chunk only when a
 * search names that filter; `{ none: [] }` names it without excluding anything. So a first search
 * loads no filter chunk (the person and place chunks are the largest files of the index), and a
 * filter group's chunk is loaded when the reader opens the group or a URL selects one of its values.
 */
export function toPagefindOptionsCounting(state: SearchState, shown: Iterable<FilterKey>): ReturnType<typeof toPagefindOptions> {
  const options = toPagefindOptions(state);
  for (const key of shown) options.filters[key] ??= { none: [] };
  return options;
}
