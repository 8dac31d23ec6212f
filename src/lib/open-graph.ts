/**
 * Open Graph tags: what a link preview (messengers, social networks) shows of a page. Every page is
 * a `website` but article pages, which are `article`s with the publication date when it is known
 * to the day. There is no `og:image`: the archive keeps no pictures.
 */
import { siteName } from './page-meta.ts';

export interface OpenGraphInput {
  /** Page heading; the home page passes none and is titled with the site name. */
  title?: string | undefined;
  /** Section name after the title ("Personen"), as in `<title>`. */
  context?: string | undefined;
  /** Page number of a paginated listing. */
  page?: number | undefined;
  description: string;
  /** Canonical URL; the 404 page, which has none, passes none. */
  url?: string | undefined;
  type?: 'website' | 'article' | undefined;
  /** ISO date known to the day (`2019-08-02`); only for articles. */
  publishedTime?: string | undefined;
}

export interface MetaProperty {
  property: string;
  content: string;
}

/**
 * The title a preview shows: like `<title>`, but not shortened (previews wrap long titles) and
 * without the site name, which `og:site_name` carries.
 */
export function shareTitle(title?: string, page = 1, context?: string): string {
  if (!title) return siteName;
  return [title, ...(context ? [context] : []), ...(page > 1 ? [`Seite ${page}`] : [])].join(' – ');
}

/** The `<meta property>` tags of one page, in a fixed order. */
export function openGraphTags({ title, context, page, description, url, type = 'website', publishedTime }: OpenGraphInput): MetaProperty[] {
  return [
    { property: 'og:type', content: type },
    { property: 'og:title', content: shareTitle(title, page, context) },
    { property: 'og:description', content: description },
    ...(url ? [{ property: 'og:url', content: url }] : []),
    { property: 'og:locale', content: 'de_DE' },
    { property: 'og:site_name', content: siteName },
    ...(type === 'article' && publishedTime ? [{ property: 'article:published_time', content: publishedTime }] : []),
  ];
}
