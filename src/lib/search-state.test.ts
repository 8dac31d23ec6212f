import { describe, expect, it } from 'vitest';
import {
  filtersNeedingOwnCounts, hasSearchInput, parseSearchState, searchStateToQuery, toggleFilter, toPagefindOptions, toPagefindOptionsCounting,
  withoutFilter,
} from './search-state.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort from German parameters', () => {
    const state = parseSearchState('?q=Khalimow&medium=News+Front&person=Nathan+Sales&person=Donald+Trump&jahr=2019&sortierung=datum&foo=bar');
    expect(state).toEqual({
      query: 'Khalimow',
      filters: { publisher: ['News Front'], person: ['Nathan Sales', 'Donald Trump'], year: ['2019'] },
      sort: 'date',
    });
  });

  it('round-trips through the query string in a fixed order', () => {
    const query = 'q=IS+K%C3%A4mpfer&medium=RND&herkunft=dpa&ort=Syrien&sortierung=datum';
    expect(searchStateToQuery(parseSearchState(query))).toBe(query);
  });

  it('defaults to relevance and leaves it out of the URL', () => {
    const state = parseSearchState('q=test');
    expect(state.sort).toBe('relevance');
    expect(searchStateToQuery(state)).toBe('q=test');
  });

  it('switches filter values on and off', () => {
    const on = toggleFilter(parseSearchState(''), 'place', 'Syrien', true);
    expect(on.filters).toEqual({ place: ['Syrien'] });
    expect(toggleFilter(on, 'place', 'Syrien', false).filters).toEqual({});
    expect(hasSearchInput(on)).toBe(true);
    expect(hasSearchInput(parseSearchState(''))).toBe(false);
  });
});

describe('toPagefindOptions', () => {
  it('combines publishers with any and people with all, and sorts by date when asked', () => {
    expect(toPagefindOptions(parseSearchState('medium=RND&medium=Handelsblatt&person=Nathan+Sales&sortierung=datum'))).toEqual({
      filters: { publisher: { any: ['RND', 'Handelsblatt'] }, person: { all: ['Nathan Sales'] } },
      sort: { date: 'desc' },
    });
  });

  it('names the shown filters with an empty "none", so Pagefind counts them without excluding anything', () => {
    expect(toPagefindOptionsCounting(parseSearchState('q=IS&person=Nathan+Sales'), ['publisher', 'person'])).toEqual({
      filters: { person: { all: ['Nathan Sales'] }, publisher: { none: [] } },
    });
    expect(toPagefindOptionsCounting(parseSearchState('q=IS'), [])).toEqual({ filters: {} });
  });
});

describe('filter counts', () => {
  it('counts "any" filters without their own selection, and "all" filters as they are', () => {
    const state = parseSearchState('q=IS&medium=RND&person=Nathan+Sales&jahr=2019');
    expect(filtersNeedingOwnCounts(state)).toEqual(['publisher', 'year']);
    expect(withoutFilter(state, 'publisher').filters).toEqual({ person: ['Nathan Sales'], year: ['2019'] });
    expect(state.filters.publisher).toEqual(['RND']);
  });
});
