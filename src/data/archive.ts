/**
 * The only module that queries the content collections. It loads every entry and registry once,
 * builds the archive model with the pure `buildArchiveModel`, and hands pages what they render,
 * including the `getStaticPaths` results, so page files contain no sorting, grouping or URL building.
 */
import type { PaginateFunction } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildArchiveModel, topEntries, type ArchiveModel, type ArticleView, type EntryInput } from '../lib/archive-model.ts';
import { monthSegments } from '../lib/routes.ts';
import { articlesPerPage, namesPerPage } from '../lib/pagination.ts';
import type { EntitySection } from '../lib/routes.ts';
import { searchTermsFor, termSourceOf, type TermRegistries } from '../lib/search-terms.ts';
import { loadCompoundSplitter } from './word-list.ts';
import { withCountryGazetteer } from './country-gazetteer.ts';

let model: Promise<ArchiveModel> | undefined;
let entriesById: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

function loadEntries() {
  entriesById ??= getCollection('articles').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return entriesById;
}

/** The archive model, built once per build. */
export function getArchive(): Promise<ArchiveModel> {
  model ??= (async () => {
    const [entries, people, places, organisations, outlets] = await Promise.all([
      loadEntries(),
      getCollection('people'),
      getCollection('places'),
      getCollection('organisations'),
      getCollection('outlets'),
    ]);
    const built = buildArchiveModel(
      [...entries.values()].map(({ id, data, body }) => ({ id, data, body })),
      {
        people: people.map((entry) => entry.data),
        places: places.map((entry) => entry.data),
        organisations: organisations.map((entry) => entry.data),
        outlets: outlets.map((entry) => entry.data),
      },
    );
    for (const warning of built.warnings) console.warn(`archive: ${warning}`);
    return built;
  })();
  return model;
}

/** One article's collection entry; throws naming `caller` when the archive has none. */
async function entryOf(id: string, caller: string): Promise<CollectionEntry<'articles'>> {
  const entry = (await loadEntries()).get(id);
  if (!entry) throw new Error(`${caller}: no article "${id}"`);
  return entry;
}

/** One article's data and Markdown body, as the model received them. */
export async function articleEntry(id: string): Promise<EntryInput> {
  const { data, body } = await entryOf(id, 'articleEntry');
  return { id, data, body };
}

/** The rendered Markdown body of one article. */
export async function renderArticleBody(id: string) {
  return render(await entryOf(id, 'renderArticleBody'));
}

/** Paths of the article pages. */
export async function articlePaths() {
  const { articles } = await getArchive();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

let viewsById: Promise<Map<string, { view: ArticleView; position: number }>> | undefined;

async function viewOf(id: string, caller: string) {
  viewsById ??= getArchive().then(({ articles }) => new Map(articles.map((view, position) => [view.id, { view, position }])));
  const found = (await viewsById).get(id);
  if (!found) throw new Error(`${caller}: no article "${id}"`);
  return found;
}

/** One article as its page shows it; throws when the archive has none. */
export async function articleView(id: string): Promise<ArticleView> {
  return (await viewOf(id, 'articleView')).view;
}

/** Where an article stands in the archive's order, newest first (0 for the newest), and of how many. */
export async function articleOrder(id: string): Promise<{ position: number; total: number }> {
  const [{ position }, { articles }] = await Promise.all([viewOf(id, 'articleOrder'), getArchive()]);
  return { position, total: articles.length };
}

/**
 * Paths of the files next to each article page (`.md`, `.txt`, `zitat.*`), in `astro dev` only:
 * the build writes those files itself while it renders the article pages
 * (`src/integrations/download-files.ts`), far cheaper than 50,000 routed pages per 10,000 articles.
 */
export async function articleFilePaths() {
  if (!import.meta.env.DEV) return [];
  const { articles } = await getArchive();
  return articles.map((article) => ({ params: { id: article.id } }));
}

/** Home page data: the latest articles, the most named people, places and organisations, counts. */
export async function homeData() {
  const archive = await getArchive();
  return {
    latest: archive.articles.slice(0, 10),
    topPeople: topEntries(archive.indexes.people, 12),
    topPlaces: topEntries(archive.indexes.places, 12),
    topOrganisations: topEntries(archive.indexes.organisations, 8),
    outlets: archive.indexes.outlets,
    years: archive.years.map(({ year, path, articles }) => ({ name: String(year), path, count: articles.length })),
    undatedCount: archive.undated.length,
    stats: archive.stats,
    timeline: archive.timeline,
  };
}

/** The world map of the places index: points, close-up, and the places without coordinates. */
export async function placeMapData() {
  const { placeMap } = await getArchive();
  return placeMap;
}

/** Paths of the paginated list of all articles (`/artikel/`). */
export async function allArticlesPaths(paginate: PaginateFunction) {
  const { articles } = await getArchive();
  return paginate(articles, { pageSize: articlesPerPage });
}

/** Paths of a section's paginated index (`/personen/`, `/personen/2/`). */
export async function indexPaths(section: EntitySection, paginate: PaginateFunction) {
  const { indexes } = await getArchive();
  return paginate(indexes[section], { pageSize: namesPerPage, props: { section } });
}

/** Paths of every detail page of a section, each paginated (`/personen/nathan-sales/2/`). */
export async function entityPaths(section: EntitySection, paginate: PaginateFunction) {
  const { entities } = await getArchive();
  return entities[section].flatMap((entity) =>
    paginate(entity.articles, { pageSize: articlesPerPage, params: { slug: entity.slug }, props: { entity } }));
}

/** The date index: years with their months, and the count of undated articles. */
export async function dateIndex() {
  const { years, undated } = await getArchive();
  return { years, undatedCount: undated.length };
}

/** Paths of the year pages (`/datum/2019/`, `/datum/2019/2/`). */
export async function yearPaths(paginate: PaginateFunction) {
  const { years } = await getArchive();
  return years.flatMap((year) =>
    paginate(year.articles, { pageSize: articlesPerPage, params: { year: String(year.year) }, props: { year } }));
}

/** Paths of the month pages (`/datum/2019/august/`). */
export async function monthPaths(paginate: PaginateFunction) {
  const { months } = await getArchive();
  return months.flatMap((month) =>
    paginate(month.articles, {
      pageSize: articlesPerPage,
      params: { year: String(month.year), month: monthSegments[month.month - 1] },
      props: { month },
    }));
}

/** Paths of the pages of undated articles (`/datum/unbekannt/`). */
export async function undatedPaths(paginate: PaginateFunction) {
  const { undated } = await getArchive();
  // No page at all when every article is dated: nothing would link to an empty list.
  return undated.length === 0 ? [] : paginate(undated, { pageSize: articlesPerPage });
}

/** Values the search page offers before Pagefind has loaded (none needed), and the counts. */
export async function searchPageData() {
  const { stats } = await getArchive();
  return { stats };
}

let termRegistries: Promise<TermRegistries> | undefined;

/**
 * The words Pagefind indexes an article under besides its own text: the parts of its compounds
 * and the registry names of what it mentions (see `src/lib/search-terms.ts`).
 */
export async function articleSearchTerms(id: string): Promise<string[]> {
  termRegistries ??= Promise.all([
    getCollection('people'), getCollection('places'), getCollection('organisations'), getCollection('outlets'),
  ]).then(([people, places, organisations, outlets]) => ({
    people: people.map((entry) => entry.data),
    // Ingest recognises the gazetteer's countries too; their other names come from there.
    places: withCountryGazetteer(places.map((entry) => entry.data)),
    organisations: organisations.map((entry) => entry.data),
    outlets: outlets.map((entry) => entry.data),
  }));
  const [entry, splitCompound, registries] = await Promise.all([entryOf(id, 'articleSearchTerms'), loadCompoundSplitter(), termRegistries]);
  return searchTermsFor(termSourceOf(entry), splitCompound, registries);
}

/** Every entry with its Markdown body, as the model received it; for the downloads in `exports.ts`. */
export async function archiveEntries(): Promise<EntryInput[]> {
  const entries = await loadEntries();
  return [...entries.values()].map(({ id, data, body }) => ({ id, data, body }));
}
