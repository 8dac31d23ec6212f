/**
 * The search page, written against Pagefind's JS API (`/pagefind/pagefind.js`) rather than its
 * prebuilt UI: the prebuilt UI injects inline styles the CSP forbids, and its labels are not ours.
 * The form stays the single source of the state: its fields carry the URL parameter names, so
 * FormData read through `parseSearchState` is the state, and the URL is always
 * `searchStateToQuery(state)`; a copied URL restores the same search.
 */
import { highlightParam } from '../lib/routes.ts';
import { searchRanking } from '../lib/search-terms.ts';
import { mergeShardResponses, searchShardPath } from '../lib/search-shards.ts';
import {
  filtersNeedingOwnCounts, hasSearchInput, parseSearchState, searchFilters, searchStateToQuery, sortParam, dateSortValue,
  toPagefindOptions, toPagefindOptionsCounting, withoutFilter, type FilterKey, type SearchState,
} from '../lib/search-state.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface SearchResponse {
  results: { id: string; score: number; data: () => Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's API the page uses: one index, or every shard of it searched together. */
interface PagefindApi {
  search: (query: string | null, options: ReturnType<typeof toPagefindOptions>) => Promise<SearchResponse | null>;
}
interface PagefindInstance extends PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => PagefindInstance;
}

const resultsPerBatch = 10;
/** Filter values shown before "Alle … zeigen": the most frequent ones, plus any selected. */
const valuesShownFirst = 12;
const collator = new Intl.Collator('de');
const numberFormat = new Intl.NumberFormat('de-DE');

const form = document.querySelector<HTMLFormElement>('#suchformular')!;
const queryField = document.querySelector<HTMLInputElement>('#suchbegriff')!;
const filterBox = document.querySelector<HTMLDivElement>('#filter')!;
const status = document.querySelector<HTMLParagraphElement>('#suchstatus')!;
const list = document.querySelector<HTMLOListElement>('#treffer')!;
const moreButton = document.querySelector<HTMLButtonElement>('#mehr-treffer')!;
const headerField = document.querySelector<HTMLInputElement>('#kopf-suche');
const shardPaths = JSON.parse(document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchShards'] ?? '[]') as string[];

let pagefind: PagefindApi | undefined;
let pending: SearchResponse['results'] = [];
let searchRun = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** Count elements of every filter value, to update counts without rebuilding (and losing focus). */
const countElements = new Map<string, HTMLElement>();
/** Each filter's fieldset, value list and "Auswahl anzeigen" button. */
const groups = new Map<FilterKey, { fieldset: HTMLFieldSetElement; items: HTMLUListElement; open: HTMLButtonElement; more?: HTMLButtonElement }>();
/** Filter groups the reader opened or the URL selects values of: the ones Pagefind is asked to count. */
const shownFilters = new Set<FilterKey>();
/** Filter groups whose values are in the page. */
const filled = new Set<FilterKey>();
let nextValueId = 0;

function readForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/** Puts a state into the form fields (on load and on back/forward). */
function writeForm(state: SearchState): void {
  queryField.value = state.query;
  if (headerField) headerField.value = state.query;
  for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${sortParam}"]`)) {
    radio.checked = radio.value === (state.sort === 'date' ? dateSortValue : '');
  }
  for (const filter of searchFilters) {
    const selected = new Set(state.filters[filter.key] ?? []);
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${filter.param}"]`)) {
      box.checked = selected.has(box.value);
    }
  }
}

function countKey(key: string, value: string): string {
  return `${key}\u0000${value}`;
}

/**
 * Takes up the filter groups the page renders at build time (so nothing shifts when the script
 * starts), their values not yet loaded: Pagefind counts a filter only once its chunk is loaded.
 */
function renderFilterGroups(): void {
  groups.clear();
  for (const filter of searchFilters) {
    const fieldset = filterBox.querySelector<HTMLFieldSetElement>(`fieldset[data-filter-key="${filter.key}"]`);
    const items = fieldset?.querySelector<HTMLUListElement>('ul');
    const open = fieldset?.querySelector<HTMLButtonElement>('.filter-group__toggle');
    if (!fieldset || !items || !open) continue;
    open.addEventListener('click', () => void openFilter(filter.key));
    groups.set(filter.key, { fieldset, items, open });
  }
}

/**
 * Fills one filter group with its values, sorted (years newest first), the most frequent shown
 * first. `provisional` puts in only the selected values, before their counts are loaded, so that
 * the form holds the state a URL selects.
 */
function fillFilterGroup(key: FilterKey, totals: Record<string, number>, state: SearchState, provisional = false): void {
  const group = groups.get(key);
  const filter = searchFilters.find((candidate) => candidate.key === key);
  if (!group || !filter) return;
  const { fieldset, items, open } = group;
  items.replaceChildren();
  group.more?.remove();
  for (const entry of countElements.keys()) if (entry.startsWith(countKey(key, ''))) countElements.delete(entry);
  const counts = { ...totals };
  for (const value of state.filters[key] ?? []) counts[value] ??= 0;
  const values = Object.keys(counts).sort((a, b) => (key === 'year' ? collator.compare(b, a) : collator.compare(a, b)));
  const selected = new Set(state.filters[key] ?? []);
  const first = new Set([
    ...[...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0)).slice(0, valuesShownFirst),
    ...selected,
  ]);
  for (const value of values) {
    const id = `filter-${filter.param}-${nextValueId++}`;
    const item = document.createElement('li');
    item.hidden = !first.has(value);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.name = filter.param;
    box.value = value;
    box.checked = selected.has(value);
    const label = document.createElement('label');
    label.htmlFor = id;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = ` (${numberFormat.format(counts[value] ?? 0)})`;
    label.append(value, count);
    countElements.set(countKey(key, value), count);
    item.append(box, label);
    items.append(item);
  }
  const hadFocus = document.activeElement === open;
  open.remove();
  items.hidden = false;
  if (!provisional) filled.add(key);
  if (values.length === 0 && !provisional) {
    const none = document.createElement('li');
    none.textContent = 'keine Werte';
    items.append(none);
  }
  if (first.size < values.length) {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'filter-group__toggle';
    toggle.setAttribute('aria-controls', items.id);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = `Alle ${numberFormat.format(values.length)} zeigen`;
    toggle.addEventListener('click', () => {
      const expand = toggle.getAttribute('aria-expanded') !== 'true';
      for (const item of items.querySelectorAll('li')) {
        const box = item.querySelector('input');
        item.hidden = !expand && !first.has(box?.value ?? '') && !box?.checked;
      }
      toggle.setAttribute('aria-expanded', String(expand));
      toggle.textContent = expand ? 'Weniger zeigen' : `Alle ${numberFormat.format(values.length)} zeigen`;
    });
    fieldset.append(toggle);
    group.more = toggle;
  }
  if (hadFocus) items.querySelector('input')?.focus();
}

/** Shows counts in the open filter groups: fills a group the first time, then only updates its numbers. */
function showCounts(counts: Record<string, Record<string, number>>, state: SearchState): void {
  for (const key of shownFilters) {
    const perValue = counts[key];
    if (!perValue) continue;
    if (!filled.has(key)) {
      fillFilterGroup(key, perValue, state);
      continue;
    }
    for (const [entry, element] of countElements) {
      const [filterKey, value] = entry.split('\u0000') as [FilterKey, string];
      if (filterKey !== key) continue;
      element.textContent = ` (${numberFormat.format(perValue[value] ?? 0)})`;
    }
  }
}

/**
 * Counts of the open filter groups for a state, from its search response when there is one. An
 * "any" filter with a selection is counted by a search without that selection (see
 * `filtersNeedingOwnCounts`).
 */
async function filterCounts(api: PagefindApi, state: SearchState, response: SearchResponse | null): Promise<Record<string, Record<string, number>>> {
  if (shownFilters.size === 0) return {};
  const main = response ?? await api.search(state.query || null, toPagefindOptionsCounting(state, shownFilters));
  const counts = { ...main?.filters };
  for (const key of filtersNeedingOwnCounts(state)) {
    const others = withoutFilter(state, key);
    const own = await api.search(others.query || null, toPagefindOptionsCounting(others, shownFilters));
    counts[key] = own?.filters[key] ?? {};
  }
  return counts;
}

/** Opens the groups of the filters a state selects, with their selected values, before the counts come. */
function showSelectedFilters(state: SearchState): void {
  for (const key of Object.keys(state.filters) as FilterKey[]) {
    if (filled.has(key)) continue;
    shownFilters.add(key);
    fillFilterGroup(key, {}, state, true);
  }
}

/** Opens a filter group: loads its values and counts for the current search. */
async function openFilter(key: FilterKey): Promise<void> {
  const group = groups.get(key);
  if (!pagefind || !group || shownFilters.has(key)) return;
  shownFilters.add(key);
  group.open.setAttribute('aria-expanded', 'true');
  group.open.textContent = 'Auswahl wird geladen …';
  const state = readForm();
  const run = searchRun;
  const counts = await filterCounts(pagefind, state, null);
  if (run !== searchRun) return;
  showCounts(counts, state);
}

/** Copies Pagefind's excerpt, keeping only its text and `<mark>` elements. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  const nodes: Node[] = [];
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return nodes;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'article-teaser';
  const article = document.createElement('article');
  const heading = document.createElement('h2');
  heading.className = 'article-teaser__title';
  if (data.meta['kicker']) {
    const kicker = document.createElement('span');
    kicker.className = 'kicker';
    kicker.textContent = data.meta['kicker'];
    heading.append(kicker, ' ');
  }
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'article-teaser__meta';
  meta.textContent = [data.meta['datum'], data.meta['quelle']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'article-teaser__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  article.append(heading, meta, excerpt);
  item.append(article);
  return item;
}

async function showMore(focusFirst: boolean): Promise<void> {
  const batch = pending.slice(0, resultsPerBatch);
  pending = pending.slice(resultsPerBatch);
  const run = searchRun;
  const data = await Promise.all(batch.map((result) => result.data()));
  if (run !== searchRun) return;
  const items = data.map(renderResult);
  list.append(...items);
  moreButton.hidden = pending.length === 0;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

function describeState(state: SearchState, count: number): string {
  const hits = count === 1 ? '1 Treffer' : `${numberFormat.format(count)} Treffer`;
  const parts = [state.query ? `${hits} für „${state.query}“` : hits];
  const filters = searchFilters.flatMap((filter) => (state.filters[filter.key] ?? []).map((value) => `${filter.label}: ${value}`));
  if (filters.length > 0) parts.push(`eingegrenzt auf ${filters.join(', ')}`);
  if (state.sort === 'date') parts.push('nach Datum sortiert');
  return `${parts.join(', ')}.`;
}

/** Runs the search the form describes and writes it into the URL (`push` adds a history entry). */
async function runSearch(push: boolean): Promise<void> {
  const state = readForm();
  const query = searchStateToQuery(state);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
  if (headerField) headerField.value = state.query;
  const run = ++searchRun;
  list.replaceChildren();
  pending = [];
  moreButton.hidden = true;
  if (!pagefind) return;
  if (!hasSearchInput(state)) {
    status.textContent = 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.';
    const counts = await filterCounts(pagefind, state, null);
    if (run === searchRun) showCounts(counts, state);
    return;
  }
  status.textContent = 'Suche läuft …';
  const response = await pagefind.search(state.query || null, toPagefindOptionsCounting(state, shownFilters));
  if (run !== searchRun || response === null) return;
  const counts = await filterCounts(pagefind, state, response);
  if (run !== searchRun) return;
  showCounts(counts, state);
  status.textContent = describeState(state, response.results.length);
  pending = response.results;
  await showMore(false);
}

/**
 * Pagefind, one instance per shard of the index, searched as one: each search goes to every shard
 * and the answers are merged (see `mergeShardResponses`).
 */
async function loadShards(): Promise<PagefindApi> {
  const bundle = `${searchShardPath(0)}pagefind.js`;
  const { createInstance } = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
  const load = async (basePath: string) => {
    const shard = createInstance({ basePath });
    // Waits for the instance's WebAssembly and index metadata: setting the ranking needs them.
    await shard.options({ highlightParam, excerptLength: 30, ranking: searchRanking });
    return shard;
  };
  // Every instance runs on one WebAssembly module, which the first to load instantiates; instances
  // loading at once would each instantiate it, and the last would replace the memory the others'
  // indexes are in (they then ask for chunks of another shard). So the first loads alone.
  const [first, ...others] = shardPaths;
  const shards = [await load(first ?? searchShardPath(0)), ...await Promise.all(others.map(load))];
  return {
    async search(query, options) {
      const responses = await Promise.all(shards.map((shard) => shard.search(query, options)));
      if (responses.some((response) => response === null)) return null;
      return mergeShardResponses(responses as SearchResponse[], options.sort ? 'date' : 'relevance');
    },
  };
}

async function start(): Promise<void> {
  const state = parseSearchState(window.location.search);
  writeForm(state);
  status.textContent = 'Suche wird geladen …';
  try {
    pagefind = await loadShards();
    renderFilterGroups();
    showSelectedFilters(state);
  } catch {
    status.textContent = 'Die Suche konnte nicht geladen werden. Alle Artikel finden Sie auch über die Listen im Menü.';
    return;
  }
  await runSearch(false);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(true);
});
form.addEventListener('change', (event) => {
  if (event.target === queryField) return;
  void runSearch(false);
});
queryField.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void runSearch(false), 300);
});
moreButton.addEventListener('click', () => void showMore(true));
window.addEventListener('popstate', () => {
  const state = parseSearchState(window.location.search);
  showSelectedFilters(state);
  writeForm(state);
  void runSearch(false);
});

void start();

