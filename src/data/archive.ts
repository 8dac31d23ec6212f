/**
 * The only module that queries the content collections. It loads every entry and registry once,
 * builds the archive model with the pure `buildArchiveModel`, and hands pages what they render,
 * including the `getStaticPaths` results, so page files contain no sorting, grouping or URL building.
 * During `astro build` the model, the article bodies' HTML and their elements (search terms
 * included) come computed from worker threads (`src/integrations/archive-model.ts`), checked here against the
 * collection first.
 */
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchiveModel, topEntries, type ArchiveModel, type ArticleView, type EntryInput, type RegistryInput } from '../lib/archive-model.ts';
import { articleElementHtml } from '../lib/article-element.ts';
import { articleTextsHandoff, computedModelHandoff, type SearchDocument } from '../lib/build-sinks.ts';
import { articleIndexDocument } from '../lib/search-document.ts';
import { madeInBatches } from '../lib/batch.ts';
import { monthSegments } from '../lib/routes.ts';
import { articlesPerPage, namesPerPage } from '../lib/pagination.ts';
import type { EntitySection } from '../lib/routes.ts';
import { searchTermsFor, termSourceOf } from '../lib/search-terms.ts';
import { resolve } from 'node:path';
import { renderArticleMarkdown, type RenderedBody } from './article-body.ts';
import { assertSameEntries, fingerprintsOf, readEntryBody } from '../lib/entry-files.ts';
import { inIdOrder, termRegistriesOf, type ArticleTexts } from './archive-build.ts';
import { loadCompoundSplitter } from './word-list.ts';

let entriesById: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

function loadEntries() {
  entriesById ??= getCollection('articles').then((entries) => new Map(inIdOrder(entries).map((entry) => [entry.id, entry])));
  return entriesById;
}

let registryInput: Promise<RegistryInput> | undefined;

function loadRegistries() {
  registryInput ??= Promise.all([
    getCollection('people'), getCollection('places'), getCollection('organisations'), getCollection('outlets'),
  ]).then(([people, places, organisations, outlets]) => ({
    people: people.map((entry) => entry.data),
    places: places.map((entry) => entry.data),
    organisations: organisations.map((entry) => entry.data),
    outlets: outlets.map((entry) => entry.data),
  }));
  return registryInput;
}

/**
 * An entry's Markdown body, read from its file: the collection keeps none (`article-loader.ts`).
 * `filePath` is relative to the project root, where Astro runs (as astro.config.mjs assumes too).
 */
function bodyOf(entry: CollectionEntry<'articles'>): string {
  if (!entry.filePath) throw new Error(`article "${entry.id}": the collection does not say which file it came from`);
  return readEntryBody(resolve(entry.filePath));
}

/**
 * The entries as the model reads them, by id in id order, bodies included: each file is read once
 * per build, whether the model, `archiv.json` or an article's pages and files ask first.
 */
let entryInputs: Promise<Map<string, EntryInput>> | undefined;

function loadEntryInputs() {
  entryInputs ??= loadEntries().then((entries) => new Map([...entries.values()].map((entry) => [entry.id, { id: entry.id, data: entry.data, body: bodyOf(entry) }])));
  return entryInputs;
}

let collectionFingerprints: Promise<Map<string, string>> | undefined;

/** Throws unless a worker computed from exactly the collection's entries (see `archive-build.ts`). */
async function checkComputedFrom(fingerprints: ReadonlyMap<string, string>): Promise<void> {
  collectionFingerprints ??= loadEntries().then((entries) => fingerprintsOf([...entries.values()]));
  assertSameEntries(fingerprints, await collectionFingerprints);
}

let model: Promise<ArchiveModel> | undefined;

/** The archive model, built once per build (or taken from the build's worker). */
export function getArchive(): Promise<ArchiveModel> {
  model ??= (async () => {
    const handoff = computedModelHandoff.get();
    let built: ArchiveModel;
    if (handoff) {
      const computed = await handoff();
      await checkComputedFrom(computed.fingerprints);
      built = computed.model;
    } else {
      built = buildArchiveModel([...(await loadEntryInputs()).values()], await loadRegistries());
    }
    for (const warning of built.warnings) console.warn(`archive: ${warning}`);
    return built;
  })();
  return model;
}

let articleTexts: Promise<ArticleTexts> | undefined;

/** Every article's body as HTML and its element, from the build's workers; none outside a build. */
function precomputedTexts(): Promise<ArticleTexts> | undefined {
  const handoff = articleTextsHandoff.get();
  if (!handoff) return undefined;
  articleTexts ??= handoff().then(async (texts) => {
    await checkComputedFrom(texts.fingerprints);
    return texts;
  });
  return articleTexts;
}

/** One article's data and Markdown body, as the model received them. */
export async function articleEntry(id: string): Promise<EntryInput> {
  const entry = (await loadEntryInputs()).get(id);
  if (!entry) throw new Error(`articleEntry: no article "${id}"`);
  return entry;
}

/** One article's data, without reading its body. */
export async function articleData(id: string): Promise<EntryInput> {
  const entry = (await loadEntries()).get(id);
  if (!entry) throw new Error(`articleData: no article "${id}"`);
  return { id, data: entry.data };
}

/** One article's body as the build's workers rendered it; undefined outside a build. */
async function prerenderedBody(id: string): Promise<RenderedBody | undefined> {
  const texts = precomputedTexts();
  if (!texts) return undefined;
  const body = (await texts).bodies.get(id);
  if (body === undefined) throw new Error(`archive: the build's workers rendered no body for article "${id}"`);
  return body;
}

/** One article's Markdown body as HTML: rendered ahead during `astro build`, on demand otherwise. */
export async function articleBodyHtml(id: string): Promise<string> {
  return (await prerenderedBody(id))?.html ?? renderArticleMarkdown((await articleEntry(id)).body ?? '').html;
}

/** One article's body as plain text when the build's workers rendered it ahead; undefined otherwise. */
export async function articleBodyText(id: string): Promise<string | undefined> {
  return (await prerenderedBody(id))?.text;
}

/** Paths of the article pages. */
export async function articlePaths() {
  const { articles } = await getArchive();
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

let viewsById: Promise<Map<string, ArticleView>> | undefined;

/** One article as its page shows it; throws when the archive has none. */
export async function articleView(id: string): Promise<ArticleView> {
  viewsById ??= getArchive().then(({ articles }) => new Map(articles.map((view) => [view.id, view])));
  const view = (await viewsById).get(id);
  if (!view) throw new Error(`articleView: no article "${id}"`);
  return view;
}

/**
 * Where the rendering thread makes the elements itself: article elements made by one of their two
 * takers, an article's page and its search document (`searchDocuments`), for the other: each is made once, by whichever asks first, and dropped once
 * the other has taken it.
 */
const elementsForTheOther = new Map<string, Promise<string>>();
/** The articles whose search documents are yet to be made, while `searchDocuments` makes them. */
let documentsToMake: Set<string> | undefined;

function takeOrMakeElement(article: ArticleView, otherTakerWillAsk: boolean): Promise<string> {
  const made = elementsForTheOther.get(article.id);
  if (made) {
    elementsForTheOther.delete(article.id);
    return made;
  }
  const element = makeArticleElement(article);
  if (otherTakerWillAsk) elementsForTheOther.set(article.id, element);
  return element;
}

async function makeArticleElement(article: ArticleView): Promise<string> {
  const [bodyHtml, searchTerms] = await Promise.all([articleBodyHtml(article.id), articleSearchTerms(article.id)]);
  return articleElementHtml(article, bodyHtml, searchTerms);
}

/** Article pages that have taken their element in this process. */
const pagesWithElement = new Set<string>();

/** The `<article>` of an article's page, the part the search index reads (see `article-element.ts`). */
export async function articleElement(id: string): Promise<string> {
  const texts = precomputedTexts();
  if (texts) {
    // Made by the build's workers, from the same view, with the article's search document.
    const element = (await texts).elements.get(id);
    if (element === undefined) throw new Error(`archive: the build's workers made no element for article "${id}"`);
    return element;
  }
  const view = await articleView(id);
  pagesWithElement.add(id);
  return takeOrMakeElement(view, documentsToMake?.has(id) ?? false);
}

/** Search documents made per batch: small enough that Pagefind starts on the first ones at once. */
const searchDocumentBatch = 250;

/**
 * Every article's search document, in the archive's order (newest first), batch by batch: what the
 * build's search index takes in from its first page on (`src/integrations/search-index.ts`). The
 * pages render between batches, and each article's element is made once for its page and its
 * document, so the index holds what the pages show.
 */
export async function* searchDocuments(): AsyncGenerator<SearchDocument[]> {
  const { articles } = await getArchive();
  documentsToMake = new Set(articles.map(({ id }) => id));
  yield* madeInBatches(articles, searchDocumentBatch, async (article) => {
    documentsToMake!.delete(article.id);
    return articleIndexDocument(article, await takeOrMakeElement(article, !pagesWithElement.has(article.id)));
  });
  documentsToMake = undefined;
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

let termRegistries: ReturnType<typeof termRegistriesOf> | undefined;

/**
 * The words Pagefind indexes an article under besides its own text: the parts of its compounds
 * and the registry names of what it mentions (see `src/lib/search-terms.ts`).
 */
async function articleSearchTerms(id: string): Promise<string[]> {
  const [entry, splitCompound, registries] = await Promise.all([articleEntry(id), loadCompoundSplitter(), loadRegistries()]);
  termRegistries ??= termRegistriesOf(registries);
  return searchTermsFor(termSourceOf(entry), splitCompound, termRegistries);
}

/** Every entry with its Markdown body, as the model received it; for the downloads in `exports.ts`. */
export async function archiveEntries(): Promise<EntryInput[]> {
  return [...(await loadEntryInputs()).values()];
}
