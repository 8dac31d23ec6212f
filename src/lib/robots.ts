/**
 * `robots.txt`: every crawler may read every page, and the file names the sitemap. The sitemap is
 * the index `@astrojs/sitemap` writes (`/sitemap-index.xml`, which lists `/sitemap-0.xml`, …); the
 * site has no `/sitemap.xml` of its own, because crawlers find sitemaps through `robots.txt` and the
 * `<link rel="sitemap">` in every page, and a second file listing the same pages could disagree.
 */

/** Path of the sitemap index that `@astrojs/sitemap` writes. */
export const sitemapIndexPath = '/sitemap-index.xml';

/** The text of `robots.txt` for the site published at `site`. */
export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapIndexPath, site).href}`, ''].join('\n');
}
