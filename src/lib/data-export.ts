/**
 * The archive as data: one JSON file with every article (frontmatter fields of the schema, its
 * permanent URL, the text reuse found and the Markdown body) and every named entity, and CSV files
 * with one row per article and one row per person, place, organisation, outlet and origin. Field
 * and column names are the schema's, so the data page can document them once.
 */
import type { ArticleView, EntityPage, EntryInput } from './archive-model.ts';
import { formatCsv } from './csv.ts';
import type { EntitySection } from './routes.ts';

export interface ArticleExport {
  id: string;
  url: string;
  title: string;
  titleBasis: string;
  kicker: string | null;
  standfirst: string | null;
  dateline: string | null;
  outlet: string | null;
  origins: string[];
  credits: string[];
  rights: string | null;
  date: string | null;
  datePrecision: string;
  dateBasis: string;
  /** The date as the site shows it ("August 2019, geschätzt"). */
  dateLabel: string;
  dateNote: string | null;
  people: { name: string; mentions: number }[];
  places: { name: string; mentions: number; adjectiveOnly?: boolean | undefined }[];
  organisations: { name: string; mentions: number }[];
  captions: { text: string; credit?: string | undefined }[];
  wordCount: number;
  editorNotes: string[];
  /** Ids an editor assigned to the same story. */
  sameStory: string[];
  /** Texts found by comparison: the share of this text found there, and of that text found here. */
  textReuse: { id: string; share: number; otherShare: number }[];
  archivedUrl: string | null;
  sourceFile: string;
  sourceSha256: string;
  /** The Markdown body as archived. */
  body: string;
}

export interface EntityExport {
  name: string;
  url: string;
  /** Articles that name it (people, places, organisations), publish it (outlets) or credit it (origins). */
  articles: number;
  /** Sum of its mentions over all articles; null for outlets and origins, which are not counted in texts. */
  mentions: number | null;
  kind: string | null;
  description: string | null;
  lat: number | null;
  lon: number | null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** One article for the JSON export. */
export function buildArticleExport(entry: EntryInput, view: ArticleView, site: string): ArticleExport {
  const { data } = entry;
  return {
    id: entry.id,
    url: new URL(view.path, site).href,
    title: data.title,
    titleBasis: data.titleBasis,
    kicker: data.kicker ?? null,
    standfirst: data.standfirst ?? null,
    dateline: data.dateline ?? null,
    outlet: data.outlet,
    origins: data.origins,
    credits: data.credits,
    rights: data.rights ?? null,
    date: data.date,
    datePrecision: data.datePrecision,
    dateBasis: data.dateBasis,
    dateLabel: view.dateLabel,
    dateNote: data.dateNote ?? null,
    people: data.people,
    places: data.places,
    organisations: data.organisations,
    captions: data.captions,
    wordCount: data.wordCount,
    editorNotes: data.editorNotes,
    sameStory: data.sameStory,
    textReuse: view.relatedTexts.flatMap((related) => (related.reuse
      ? [{ id: related.article.id, share: round(related.reuse.share), otherShare: round(related.reuse.otherShare) }]
      : [])),
    archivedUrl: data.archivedUrl ?? null,
    sourceFile: data.sourceFile,
    sourceSha256: data.sourceSha256,
    body: entry.body ?? '',
  };
}

/** Columns of `artikel.csv`, in order. */
export const articleColumns = [
  'id', 'url', 'title', 'outlet', 'origins', 'date', 'datePrecision', 'dateBasis', 'dateLabel', 'dateline',
  'wordCount', 'people', 'places', 'organisations', 'sameStory', 'textReuse', 'archivedUrl', 'sourceFile',
] as const;

/** Separator inside a CSV cell that holds a list. */
export const listSeparator = '; ';

/** `artikel.csv`: one row per article, lists joined with "; ". */
export function articlesCsv(articles: readonly ArticleExport[]): string {
  const join = (names: readonly string[]) => names.join(listSeparator);
  return formatCsv(articleColumns, articles.map((article) => [
    article.id, article.url, article.title, article.outlet, join(article.origins), article.date, article.datePrecision,
    article.dateBasis, article.dateLabel, article.dateline, article.wordCount,
    join(article.people.map((mention) => mention.name)), join(article.places.map((mention) => mention.name)),
    join(article.organisations.map((mention) => mention.name)), join(article.sameStory),
    join(article.textReuse.map((reuse) => reuse.id)), article.archivedUrl, article.sourceFile,
  ]));
}

/** The people, places, organisations, outlets or origins of the archive, in the order of their pages. */
export function buildEntityExports(section: EntitySection, pages: readonly EntityPage[], entries: readonly EntryInput[], site: string): EntityExport[] {
  const mentions = new Map<string, number>();
  if (section === 'people' || section === 'places' || section === 'organisations') {
    for (const { data } of entries) {
      for (const mention of data[section]) mentions.set(mention.name, (mentions.get(mention.name) ?? 0) + mention.mentions);
    }
  }
  return pages.map((page) => ({
    name: page.name,
    url: new URL(page.path, site).href,
    articles: page.articles.length,
    mentions: mentions.get(page.name) ?? null,
    kind: page.kindLabel ?? null,
    description: page.description ?? null,
    lat: page.coordinates?.lat ?? null,
    lon: page.coordinates?.lon ?? null,
  }));
}

/** Columns of the entity CSV files, in order. */
export const entityColumns = ['name', 'url', 'articles', 'mentions', 'kind', 'description', 'lat', 'lon'] as const;

/** One entity CSV: one row per name. */
export function entitiesCsv(entities: readonly EntityExport[]): string {
  return formatCsv(entityColumns, entities.map((entity) => entityColumns.map((column) => entity[column])));
}

export interface ArchiveExport {
  name: string;
  url: string;
  articles: ArticleExport[];
  people: EntityExport[];
  places: EntityExport[];
  organisations: EntityExport[];
  outlets: EntityExport[];
  origins: EntityExport[];
}

/**
 * `archiv.json` in pieces whose concatenation is the document: one line per article, person, place,
 * …, ending in a newline, made one at a time as they are written. Never one string: at 100,000
 * articles the file is larger than the longest string JavaScript can hold.
 */
export function* archiveJsonParts(archive: ArchiveExport): Generator<string> {
  yield '{\n';
  const keys = Object.keys(archive) as (keyof ArchiveExport)[];
  for (const [keyIndex, key] of keys.entries()) {
    const value = archive[key];
    const comma = keyIndex < keys.length - 1 ? ',' : '';
    if (!Array.isArray(value)) {
      yield `${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`;
      continue;
    }
    yield `${JSON.stringify(key)}: [\n`;
    for (const [index, item] of value.entries()) yield `${JSON.stringify(item)}${index < value.length - 1 ? ',' : ''}\n`;
    yield `]${comma}\n`;
  }
  yield '}\n';
}

/**
 * The id of the article a line of `archiv.json` holds (see `archiveJsonParts`: one line per
 * article, starting with its id); undefined for every other line. Lets a reader take the archive's
 * order without parsing the whole file.
 */
export function articleIdOfArchiveLine(line: string): string | undefined {
  const id = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
  return id === undefined ? undefined : (JSON.parse(id) as string);
}
