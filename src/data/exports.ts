/**
 * What the downloads, feeds and citation files render: citations, article texts, the archive as
 * JSON and CSV, RSS and Atom feeds. It reads the one model and the entries through `archive.ts`
 * (which alone queries the collections) and shapes them with the pure serializers in `src/lib/`,
 * so endpoint files only return what this hands them.
 */
import { archiveEntries, articleBodyText, articleData, articleEntry, articleView, getArchive } from './archive.ts';
import { formatArticleFiles, type ArticleFile, type ArticleFileSource } from '../lib/article-files.ts';
import type { DownloadFile } from '../lib/build-sinks.ts';
import type { ArticleView, EntityPage, EntryInput } from '../lib/archive-model.ts';
import type { ArticleTextInput } from '../lib/article-text.ts';
import { formatAtomFeed } from '../lib/atom.ts';
import { apaCitationText, buildCitationRecord, formatApaCitation, type CitationRecord } from '../lib/citation.ts';
import {
  archiveJsonParts, articlesCsv, buildArticleExport, buildEntityExports, entitiesCsv, type ArchiveExport,
} from '../lib/data-export.ts';
import { atomFeed, feedLinks, rssItems, type FeedSource } from '../lib/feeds.ts';
import { formatOpenSearch } from '../lib/opensearch.ts';
import { siteDescription, siteName } from '../lib/page-meta.ts';
import {
  articleCitationPath, articlePath, articleTextPath, dataFilePath, feedPath, openSearchPath, searchTemplatePath, sectionPath, type EntitySection,
} from '../lib/routes.ts';
import { sectionTexts } from '../lib/sections.ts';

/** The published address of the site (`site` in astro.config.mjs). */
const site = import.meta.env.SITE;
const absolute = (path: string) => new URL(path, site).href;

function citationOf(entry: EntryInput): CitationRecord {
  return buildCitationRecord(entry.id, entry.data, absolute(articlePath(entry.id)), siteName);
}

/** What the article page shows under "Zitieren und herunterladen". */
export async function articleCitation(id: string) {
  const record = citationOf(await articleData(id));
  return {
    permalink: record.url,
    apa: formatApaCitation(record),
    estimated: record.date?.estimated === true,
    undated: record.date === null,
    files: [
      { label: 'BibTeX', path: articleCitationPath(id, 'bib'), download: `${id}.bib`, type: 'application/x-bibtex', note: 'für LaTeX' },
      { label: 'RIS', path: articleCitationPath(id, 'ris'), download: `${id}.ris`, type: 'application/x-research-info-systems', note: 'für Zotero, Citavi, EndNote' },
      { label: 'CSL-JSON', path: articleCitationPath(id, 'json'), download: `${id}.json`, type: 'application/vnd.citationstyles.csl+json', note: 'für Zotero, Pandoc' },
    ],
    texts: [
      { label: 'Markdown', path: articleTextPath(id, 'md'), download: `${id}.md`, type: 'text/markdown' },
      { label: 'Reiner Text', path: articleTextPath(id, 'txt'), download: `${id}.txt`, type: 'text/plain' },
    ],
  };
}

function textInput(entry: EntryInput, view: ArticleView, record: CitationRecord, bodyText: string | undefined): ArticleTextInput {
  const { data } = entry;
  return {
    title: data.title,
    kicker: data.kicker,
    standfirst: data.standfirst,
    sourceLine: view.sourceLine,
    dateLabel: view.dateLabel,
    url: record.url,
    citation: apaCitationText(record),
    facts: {
      id: entry.id, title: data.title, outlet: data.outlet, origins: data.origins, date: data.date,
      datePrecision: data.datePrecision, dateBasis: data.dateBasis, dateNote: data.dateNote, dateline: data.dateline,
      archivedUrl: data.archivedUrl, sourceFile: data.sourceFile,
    },
    body: entry.body ?? '',
    bodyText,
  };
}

/**
 * What the five files of one article are made from (see `src/lib/article-files.ts`); in a build,
 * with the body's plain text from the workers that rendered it.
 */
export async function articleFileSource(id: string): Promise<ArticleFileSource> {
  const [entry, view, bodyText] = await Promise.all([articleEntry(id), articleView(id), articleBodyText(id)]);
  const citation = citationOf(entry);
  return { id, text: textInput(entry, view, citation, bodyText), citation };
}

/**
 * The five files of one article, for the routes that serve them in `astro dev`; the build has them
 * formatted and written on a worker thread (`src/integrations/download-files.ts`).
 */
export async function articleFiles(id: string): Promise<ArticleFile[]> {
  return formatArticleFiles(await articleFileSource(id));
}

/** One of an article's files by its path, for the routes that serve them in `astro dev`. */
export async function articleFile(id: string, path: string): Promise<ArticleFile> {
  const file = (await articleFiles(id)).find((candidate) => candidate.path === path);
  if (!file) throw new Error(`articleFile: article "${id}" has no file ${path}`);
  return file;
}

/** The whole archive for `archiv.json` and the CSV files. */
export async function archiveExport(): Promise<ArchiveExport> {
  const [{ articles, entities }, list] = await Promise.all([getArchive(), archiveEntries()]);
  const entries = new Map(list.map((entry) => [entry.id, entry]));
  const entityExports = (section: EntitySection) => buildEntityExports(section, entities[section], list, site);
  return {
    name: siteName,
    url: absolute('/'),
    articles: articles.map((view) => buildArticleExport(entries.get(view.id)!, view, site)),
    people: entityExports('people'),
    places: entityExports('places'),
    organisations: entityExports('organisations'),
    outlets: entityExports('outlets'),
    origins: entityExports('origins'),
  };
}

/** A download on the data page. */
export interface DataDownload {
  /** File name under `/daten/`. */
  file: string;
  path: string;
  label: string;
  /** One German sentence on what it holds. */
  description: string;
  type: string;
  /** The file's text, in pieces made as they are written (see `archiveJsonParts`). */
  write: (archive: ArchiveExport) => Iterable<string>;
}

const csvType = 'text/csv; charset=utf-8; header=present';
const entityCsv = (file: string, label: string, what: string, section: EntitySection, extra = ''): DataDownload => ({
  file, path: dataFilePath(file), label, type: csvType,
  description: `Eine Zeile je ${what}: Name, Adresse der Seite, Zahl der Artikel${section === 'outlets' || section === 'origins' ? '' : ', Zahl der Nennungen'}, Art und Beschreibung${extra}.`,
  write: (archive) => [entitiesCsv(archive[section])],
});

/** Every file of the data page, in the order it lists them. */
export const dataDownloads: DataDownload[] = [
  {
    file: 'archiv.json', path: dataFilePath('archiv.json'), label: 'Das ganze Archiv als JSON', type: 'application/json; charset=utf-8',
    description: 'Alle Artikel mit allen Angaben des Archivs und ihrem Text (Markdown), dazu alle Personen, Orte, Organisationen, Medien und Herkunftsangaben mit Zahlen.',
    write: archiveJsonParts,
  },
  {
    file: 'artikel.csv', path: dataFilePath('artikel.csv'), label: 'Artikel als CSV', type: csvType,
    description: 'Eine Zeile je Artikel: Kennung, Adresse, Titel, Medium, Herkunft, Datum mit Genauigkeit und Grundlage, Umfang, genannte Namen, verwandte Artikel. Ohne den Text selbst.',
    write: (archive) => [articlesCsv(archive.articles)],
  },
  entityCsv('personen.csv', 'Personen als CSV', 'Person', 'people'),
  entityCsv('orte.csv', 'Orte als CSV', 'Ort', 'places', ', Koordinaten'),
  entityCsv('organisationen.csv', 'Organisationen als CSV', 'Organisation', 'organisations'),
  entityCsv('medien.csv', 'Medien als CSV', 'Medium, das Texte veröffentlicht hat', 'outlets'),
  entityCsv('herkunft.csv', 'Herkunftsangaben als CSV', 'Quelle, die ein Text nennt (Medium oder Agentur)', 'origins'),
];

/**
 * The downloads of the data page. The build writes them when it renders that page, streaming each
 * piece to disk (`src/integrations/download-files.ts`); `astro dev` serves them through the route.
 */
export async function dataFiles(): Promise<DownloadFile[]> {
  const archive = await archiveExport();
  return dataDownloads.map((download) => ({ path: download.path, type: download.type, body: download.write(archive) }));
}

/** Paths of the data files with `extension`, in `astro dev` only (see `dataFiles`). */
export function dataFilePaths(extension: 'json' | 'csv') {
  if (!import.meta.env.DEV) return [];
  return dataDownloads
    .filter((download) => download.file.endsWith(`.${extension}`))
    .map((download) => ({ params: { name: download.file.slice(0, -extension.length - 1) } }));
}

/** A download as its route answers it in `astro dev`; a file in pieces is never joined into one string. */
export function downloadResponse({ body, type }: DownloadFile): Response {
  return new Response(typeof body === 'string' ? body : new Blob([...body]), { headers: { 'Content-Type': type } });
}

/** One data file by name, for the route that serves it in `astro dev`. */
export async function dataFile(file: string): Promise<DownloadFile> {
  const found = (await dataFiles()).find((candidate) => candidate.path === dataFilePath(file));
  if (!found) throw new Error(`dataFile: no data file "${file}"`);
  return found;
}

function feedSourceOf(title: string, description: string, pagePath: string, articles: FeedSource['articles']): FeedSource {
  return {
    title, description, articles,
    pageUrl: absolute(pagePath), rssUrl: absolute(feedPath(pagePath, 'rss')), atomUrl: absolute(feedPath(pagePath, 'atom')),
  };
}

function entityFeedSource(entity: EntityPage): FeedSource {
  const text = sectionTexts[entity.section];
  return feedSourceOf(`${entity.name} – ${text.heading} – ${siteName}`, `${text.articlesHeading(entity.name)}: die neuesten Artikel im ${siteName}.`, entity.path, entity.articles);
}

/** The feed of the whole archive. */
export async function archiveFeedSource(): Promise<FeedSource> {
  const { articles } = await getArchive();
  return feedSourceOf(`${siteName}: neueste Artikel`, siteDescription, sectionPath('articles'), articles);
}

/** Paths of the feeds of one section's detail pages, one entry per name. */
export async function entityFeedPaths(section: EntitySection) {
  const { entities } = await getArchive();
  return entities[section].map((entity) => ({ params: { slug: entity.slug }, props: { source: entityFeedSource(entity) } }));
}

/** RSS options for `@astrojs/rss`. */
export function rssOptions(source: FeedSource) {
  return {
    title: source.title,
    description: source.description,
    site,
    items: rssItems(source, site),
    customData: `<language>de-de</language><atom:link href="${source.rssUrl}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    trailingSlash: true,
  };
}

/** The Atom document of a feed. */
export function atomDocument(source: FeedSource): string {
  return formatAtomFeed(atomFeed(source, site, siteName));
}

/** The OpenSearch description. */
export function openSearchDocument(): string {
  return formatOpenSearch({
    // OpenSearch allows 16 characters; "Nachrichtenarchiv" has 17.
    shortName: 'Archivsuche',
    description: `Im ${siteName} suchen`,
    template: absolute(searchTemplatePath()).replace('%7BsearchTerms%7D', '{searchTerms}'),
    icon: absolute('/favicon.svg'),
  });
}


/** What the data page lists: the downloads, the archive's feeds, examples of per-name feeds and per-article files. */
export async function dataPageData() {
  const { articles, entities, stats } = await getArchive();
  const example = articles[0];
  const entityExample = (section: EntitySection) => {
    const entity = entities[section][0];
    return entity && { section: sectionTexts[section].heading, name: entity.name, path: entity.path, ...feedLinks(entity.path) };
  };
  return {
    stats,
    downloads: dataDownloads.map(({ file, path, label, description }) => ({ file, path, label, description })),
    archiveFeed: feedLinks(sectionPath('articles')),
    entityFeeds: (['people', 'places', 'organisations', 'outlets', 'origins'] as const).flatMap((section) => entityExample(section) ?? []),
    example: example && { title: example.title, path: example.path, ...(await articleCitation(example.id)) },
    openSearch: openSearchPath(),
  };
}
