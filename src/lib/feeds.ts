/**
 * The newest articles of a listing as a feed, once for RSS (`@astrojs/rss`) and once for Atom
 * (`atom.ts`). Articles are ordered by publication date, newest first, as on the site; the date a
 * feed reader shows is the publication date at the start of its known period ("August 2019" is
 * 1 August 2019), and every summary begins with the date label the site shows ("August 2019,
 * geschätzt"), so readers see how exact it is.
 */
import type { ArticleSummary } from './archive-model.ts';
import { atomDate, type AtomFeed } from './atom.ts';
import { feedPath } from './routes.ts';

/** Articles per feed: the newest ones. */
export const feedLimit = 50;

/**
 * Atom requires a date on every entry. For an article whose date nobody knows it says the Unix
 * epoch, a value readers recognise as "no date", and the summary says "Datum unbekannt".
 */
export const unknownAtomDate = '1970-01-01T00:00:00Z';

export interface FeedSource {
  title: string;
  description: string;
  /** Absolute URLs of the page, its RSS and its Atom feed. */
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  /** Newest first, as the page lists them. */
  articles: readonly ArticleSummary[];
}

/** What one feed item says about an article. */
export function feedSummary(article: ArticleSummary): string {
  const lead = `${article.dateLabel} · ${article.sourceLine}.`;
  return article.excerpt ? `${lead} ${article.excerpt}` : lead;
}

/** The publication date for RSS's `pubDate`, or undefined when unknown. */
export function feedDate(article: ArticleSummary): Date | undefined {
  return article.datetime === null ? undefined : new Date(atomDate(article.datetime));
}

/** Items for `@astrojs/rss`, at most `feedLimit`. */
export function rssItems(source: FeedSource, site: string) {
  return source.articles.slice(0, feedLimit).map((article) => ({
    title: article.title,
    link: new URL(article.path, site).href,
    pubDate: feedDate(article),
    description: feedSummary(article),
  }));
}

/** The Atom feed model, at most `feedLimit` entries. */
export function atomFeed(source: FeedSource, site: string, author: string): AtomFeed {
  const entries = source.articles.slice(0, feedLimit).map((article) => {
    const published = article.datetime === null ? undefined : atomDate(article.datetime);
    return {
      url: new URL(article.path, site).href,
      title: article.title,
      updated: published ?? unknownAtomDate,
      published,
      summary: feedSummary(article),
      categories: [],
    };
  });
  const updated = entries.map((entry) => entry.updated).sort().at(-1) ?? unknownAtomDate;
  return {
    title: source.title,
    subtitle: source.description,
    selfUrl: source.atomUrl,
    pageUrl: source.pageUrl,
    author,
    updated,
    entries,
  };
}

/** The feeds of the listing whose first page is `pagePath`, for `<link rel="alternate">` and visible links. */
export function feedLinks(pagePath: string): { rss: string; atom: string } {
  return { rss: feedPath(pagePath, 'rss'), atom: feedPath(pagePath, 'atom') };
}
