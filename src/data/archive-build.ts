/**
 * What the site computes from all entries at once, or for every article: the archive model, each
 * article's body as HTML, its search terms, its element and its search document. `archive.ts` computes them on the rendering thread from the
 * content collections (in `astro dev`, or past the size where the build keeps a second copy of the
 * entries); during `astro build` worker threads compute them from the files instead, while Astro
 * syncs the same files (`src/integrations/archive-model.ts`). Both run the same functions here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchiveModel, type ArchiveModel, type EntryInput, type RegistryInput } from '../lib/archive-model.ts';
import { fingerprintsOf, parseArticleFile, parseRegistryFile, type ArticleEntryFile } from '../lib/entry-files.ts';
import { articleElementHtml, type ArticleElementView } from '../lib/article-element.ts';
import type { SearchDocument } from '../lib/build-sinks.ts';
import { articleIndexDocument } from '../lib/search-document.ts';
import type { z } from 'astro/zod';
import { registrySchemas, type RegistryName } from '../lib/schema.ts';
import { searchTermsFor, termSourceOf, type TermRegistries } from '../lib/search-terms.ts';
import { renderArticleMarkdown, type RenderedBody } from './article-body.ts';
import { withCountryGazetteer } from './country-gazetteer.ts';
import { loadCompoundSplitter } from './word-list.ts';

/** The archive model, and a fingerprint of each entry it was computed from. */
export interface ComputedModel {
  model: ArchiveModel;
  fingerprints: Map<string, string>;
}

/** Every article's body as HTML and plain text and its element, and a fingerprint of each entry they came from. */
export interface ArticleTexts extends MadeArticles {
  fingerprints: Map<string, string>;
}

/** The registries as search terms use them: ingest recognises the gazetteer's countries too. */
export function termRegistriesOf(registries: RegistryInput): TermRegistries {
  return { ...registries, places: withCountryGazetteer(registries.places) };
}

/** Entries in id order, so that the model never depends on the order files were listed in. */
export function inIdOrder<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The entry files (`.md`) in `articlesDir`, sorted by name. */
export function articleFileNames(articlesDir: string): string[] {
  return readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort();
}

/** Reads and checks the entry files `names` in `articlesDir`, in id order. */
export function readArticleFiles(articlesDir: string, names: readonly string[]): ArticleEntryFile[] {
  return inIdOrder(names.map((name) => parseArticleFile(name, readFileSync(join(articlesDir, name), 'utf8'))));
}

/** Reads and checks every entry (`.md` file) in `articlesDir`, in id order. */
export function readArticleEntries(articlesDir: string): ArticleEntryFile[] {
  return readArticleFiles(articlesDir, articleFileNames(articlesDir));
}

/**
 * Part `part` of `count` parts of `names` (sorted), as even as can be and in order: threads that
 * each read one part and pass it to the others read every file once between them.
 */
export function partOf<T>(names: readonly T[], part: number, count: number): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(part) || part < 0 || part >= count) {
    throw new Error(`partOf: part ${part} of ${count} does not exist`);
  }
  const size = Math.ceil(names.length / count);
  return names.slice(part * size, (part + 1) * size);
}

/** Reads and checks the four registries in `registryDir` (`people.yaml`, …), as the content collections hold them. */
export function readRegistryFiles(registryDir: string): RegistryInput {
  const registry = <T>(name: RegistryName, schema: z.ZodType<T>) => {
    const path = join(registryDir, `${name}.yaml`);
    return parseRegistryFile(readFileSync(path, 'utf8'), path, schema);
  };
  return {
    people: registry('people', registrySchemas.people),
    places: registry('places', registrySchemas.places),
    organisations: registry('organisations', registrySchemas.organisations),
    outlets: registry('outlets', registrySchemas.outlets),
  };
}

/** The archive model from `entries` (in id order) and the registries. */
export function computeModel(entries: readonly ArticleEntryFile[], registries: RegistryInput): ComputedModel {
  return { model: buildArchiveModel(entries, registries), fingerprints: fingerprintsOf(entries) };
}

/** Articles claimed at a time: few enough that two threads finish within a fraction of a second of each other. */
const articlesPerClaim = 64;

/** What the build's workers make of each article for its page and the search index, besides the model. */
export interface MadeArticles {
  bodies: Map<string, RenderedBody>;
  /** Each article's `<article>` (`article-element.ts`), which its page renders and Pagefind reads. */
  elements: Map<string, string>;
}

/** Takes the search documents of a run of articles, `start` being the first one's position in the archive's order. */
export type DocumentSender = (start: number, documents: SearchDocument[]) => void;

/**
 * The articles of `views` (the archive's order, newest first; the same list on every thread) that
 * this thread claims from `take` (`positionCounter` in `batch.ts`), until none is left: each body
 * rendered (`renderArticleMarkdown`), its element made, and, given `sendDocuments`, each claimed
 * run's search documents handed to it as soon as they are made, so that the search index can take
 * them in while the rest are made. Threads that share the work each finish when the last article is made,
 * however long their other work took.
 */
export function makeArticles(
  views: readonly ArticleElementView[],
  entries: ReadonlyMap<string, EntryInput>,
  searchTerms: ReadonlyMap<string, readonly string[]>,
  take: (count: number) => number,
  sendDocuments: DocumentSender | undefined,
  perClaim = articlesPerClaim,
): MadeArticles {
  const made: MadeArticles = { bodies: new Map(), elements: new Map() };
  for (let start = take(perClaim); start < views.length; start = take(perClaim)) {
    const documents: SearchDocument[] = [];
    for (const view of views.slice(start, start + perClaim)) {
      const entry = entries.get(view.id);
      const terms = searchTerms.get(view.id);
      if (!entry || !terms) throw new Error(`makeArticles: article "${view.id}" has no ${entry ? 'search terms' : 'entry'}`);
      const body = renderArticleMarkdown(entry.body ?? '');
      const element = articleElementHtml(view, body.html, terms);
      made.bodies.set(view.id, body);
      made.elements.set(view.id, element);
      if (sendDocuments) documents.push(articleIndexDocument(view, element));
    }
    sendDocuments?.(start, documents);
  }
  return made;
}

/** Every article's search terms (`searchTermsFor`), by id. */
export async function computeSearchTerms(entries: readonly EntryInput[], registries: RegistryInput): Promise<Map<string, string[]>> {
  const splitCompound = await loadCompoundSplitter();
  const termRegistries = termRegistriesOf(registries);
  return new Map(entries.map((entry) => [entry.id, searchTermsFor(termSourceOf(entry), splitCompound, termRegistries)]));
}
