/**
 * The URL scheme of the site, in one place. Readers see German segments; code uses English names.
 * Every path ends in a slash, matching `trailingSlash: 'always'` and the `directory` build format.
 */
import { slugify } from './slug.ts';

/** German URL segments, keyed by what they list. */
export const segments = {
  articles: 'artikel',
  people: 'personen',
  places: 'orte',
  organisations: 'organisationen',
  outlets: 'medien',
  origins: 'herkunft',
  dates: 'datum',
  search: 'suche',
  data: 'daten',
} as const;

export type Section = keyof typeof segments;
/** Sections whose detail pages list the articles of one named thing. */
export type EntitySection = 'people' | 'places' | 'organisations' | 'outlets' | 'origins';

/** Segment for articles whose date nobody knows. */
export const unknownDateSegment = 'unbekannt';

/** German month names as URL segments, January first; ASCII so they survive copy and paste. */
export const monthSegments = [
  'januar', 'februar', 'maerz', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'dezember',
] as const;

/** Query parameter the search page reads the query from, and the one Pagefind highlights. */
export const searchQueryParam = 'q';
export const highlightParam = 'highlight';

/** Path of the home page. */
export function homePath(): string {
  return '/';
}

/** Path of the first page of a section's index (`/personen/`). */
export function sectionPath(section: Section): string {
  return `/${segments[section]}/`;
}

/** Path of one article. Ids are file stems such as `001-ffc1f06195f87f2c`. */
export function articlePath(id: string): string {
  return `/${segments.articles}/${id}/`;
}

/**
 * Whether a path is an article page (`/artikel/001-…/`), not a page of the article list
 * (`/artikel/2/`: ids are never only digits) or an article's download (`/artikel/001-…/zitat.bib`).
 */
const articlePagePattern = new RegExp(`^/${segments.articles}/([^/]+)/$`);

export function isArticlePagePath(path: string): boolean {
  const match = articlePagePattern.exec(path);
  return match !== null && !/^\d+$/.test(match[1]!);
}

/** Path of the page listing the articles of one person, place, organisation or outlet. */
export function entityPath(section: EntitySection, slug: string): string {
  return `/${segments[section]}/${slug}/`;
}

/** Path of the year page, of a month page when `month` (1–12) is given, or of unknown dates. */
export function datePath(year?: number | null, month?: number): string {
  if (year == null) return `/${segments.dates}/${unknownDateSegment}/`;
  const yearPath = `/${segments.dates}/${year}/`;
  if (month === undefined) return yearPath;
  const segment = monthSegments[month - 1];
  if (!segment) throw new Error(`datePath: month ${month} is not 1–12`);
  return `${yearPath}${segment}/`;
}

/** Path of the search page, with the query in the URL when there is one. */
export function searchPath(query?: string): string {
  const base = sectionPath('search');
  return query ? `${base}?${new URLSearchParams({ [searchQueryParam]: query })}` : base;
}

/** Path of page `page` of a paginated listing whose first page is `firstPagePath`. */
export function pagePath(firstPagePath: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`pagePath: page ${page} is not a positive integer`);
  return page === 1 ? firstPagePath : `${firstPagePath}${page}/`;
}

/** The `[...page]` route parameter for page `page`: undefined for the first page. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/**
 * Slug for a name in a section. Purely numeric slugs get a prefix so they can never be read as a
 * page number of the section's paginated index (`/personen/2/`).
 */
export function entitySlug(name: string): string {
  const slug = slugify(name);
  return /^\d+$/.test(slug) ? `nr-${slug}` : slug;
}

/** Path of the base map every map on the site draws over (`src/pages/karte/welt.svg.ts`). */
export function worldMapPath(): string {
  return '/karte/welt.svg';
}

/** File names of the feeds every listing with a feed has beside its first page. */
export const feedFiles = { rss: 'rss.xml', atom: 'atom.xml' } as const;
export type FeedFormat = keyof typeof feedFiles;

/** Path of the RSS or Atom feed of the listing whose first page is `pagePath` (`/personen/x/rss.xml`). */
export function feedPath(pagePath: string, format: FeedFormat): string {
  if (!pagePath.endsWith('/')) throw new Error(`feedPath: "${pagePath}" is not a folder path`);
  return `${pagePath}${feedFiles[format]}`;
}

/** Citation formats of an article, by file extension. */
export type CitationFormat = 'bib' | 'ris' | 'json';
/** File stem of an article's citation files. */
export const citationFileStem = 'zitat';

/** Path of an article's citation file (`/artikel/001-…/zitat.bib`). */
export function articleCitationPath(id: string, format: CitationFormat): string {
  return `${articlePath(id)}${citationFileStem}.${format}`;
}

/** Path of an article as Markdown or plain text (`/artikel/001-….md`). */
export function articleTextPath(id: string, format: 'md' | 'txt'): string {
  return `/${segments.articles}/${id}.${format}`;
}

/** Path of a download on the data page (`/daten/artikel.csv`). */
export function dataFilePath(file: string): string {
  return `${sectionPath('data')}${file}`;
}

/** Path of the OpenSearch description. */
export function openSearchPath(): string {
  return '/opensearch.xml';
}

/** The search page with OpenSearch's `{searchTerms}` placeholder where the query goes. */
export function searchTemplatePath(): string {
  return `${sectionPath('search')}?${searchQueryParam}={searchTerms}`;
}
