/**
 * Structured data for search engines and link previews: the schema.org `NewsArticle` of an article
 * page as JSON-LD, and the one rule for which publication date the archive states to machines.
 *
 * Honest by construction: the archive gives a date only at the precision it knows ("2019-08-02",
 * "2019-08", "2019") and never one its editors estimated, because schema.org and Open Graph have no
 * way to say "estimated". The text is the outlet's, so the outlet is the publisher and the credited
 * agencies are the source organisations; the archive only hosts the copy.
 */
import type { NewsArticle, Organization, Person, Place, WithContext } from 'schema-dts';
import type { ArticleView, Link, MentionLink } from './archive-model.ts';

/** What the JSON-LD of an article needs from its view. */
export type StructuredArticle = Pick<
  ArticleView,
  'path' | 'title' | 'excerpt' | 'datetime' | 'outlet' | 'origins' | 'people' | 'places' | 'organisations' | 'wordCount' | 'archivedUrl'
> & { date: Pick<ArticleView['date'], 'estimated'> };

/**
 * The publication date the archive states to machines: the date at its known precision, or
 * undefined when it is unknown or only estimated.
 */
export function statedPublicationDate(article: Pick<StructuredArticle, 'datetime' | 'date'>): string | undefined {
  if (article.datetime === null || article.date.estimated) return undefined;
  return article.datetime;
}

/** The stated date when it is known to the day (`2019-08-02`), for `article:published_time`. */
export function statedPublicationDay(article: Pick<StructuredArticle, 'datetime' | 'date'>): string | undefined {
  const date = statedPublicationDate(article);
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

function organisation(link: Link, site: URL): Organization {
  return { '@type': 'Organization', name: link.name, url: new URL(link.path, site).href };
}

/** The schema.org `NewsArticle` of one article page on the site at `site`. */
export function newsArticleJsonLd(article: StructuredArticle, site: URL | string): WithContext<NewsArticle> {
  const base = new URL(site);
  const url = new URL(article.path, base).href;
  const datePublished = statedPublicationDate(article);
  const mentions = [
    ...article.people.map((person: MentionLink): Person => ({ '@type': 'Person', name: person.name, url: new URL(person.path, base).href })),
    ...article.places.map((place: MentionLink): Place => ({ '@type': 'Place', name: place.name, url: new URL(place.path, base).href })),
    ...article.organisations.map((link) => organisation(link, base)),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.excerpt ? { description: article.excerpt } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: 'de',
    isAccessibleForFree: true,
    ...(datePublished ? { datePublished } : {}),
    ...(article.outlet ? { publisher: organisation(article.outlet, base) } : {}),
    ...(article.origins.length > 0 ? { sourceOrganization: article.origins.map((origin) => organisation(origin, base)) } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    wordCount: article.wordCount,
    ...(article.archivedUrl ? { archivedAt: article.archivedUrl } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` (the same JSON to a parser), so no text, not even a headline
 * containing `</script>`, can end the element and start markup of its own.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
