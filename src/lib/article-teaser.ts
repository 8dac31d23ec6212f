/**
 * An article's teaser in a list (kicker, headline link, date and source, teaser text) as HTML.
 * An article stands in a dozen listings or more (its outlet, origins, month, year, every person,
 * place and organisation it names, each paginated), so the teaser is built once per article and
 * heading level and reused, instead of going through Astro's component rendering on every page
 * that lists it: at 10,000 articles that is some 300,000 teasers on 6,300 listing pages.
 */
import type { ArticleSummary } from './archive-model.ts';
import { escapeHtml } from './xml.ts';

/** One teaser as an `<li>`, its headline at `headingLevel` so the outline stays correct where the list is used. */
export function articleTeaserHtml(article: ArticleSummary, headingLevel: 2 | 3): string {
  const heading = `h${headingLevel}`;
  const kicker = article.kicker ? `<span class="kicker">${escapeHtml(article.kicker)}<span class="visually-hidden">:</span></span> ` : '';
  const date = article.datetime
    ? `<time datetime="${escapeHtml(article.datetime)}">${escapeHtml(article.dateLabel)}</time>`
    : `<span>${escapeHtml(article.dateLabel)}</span>`;
  const excerpt = article.excerpt ? `<p class="article-teaser__excerpt">${escapeHtml(article.excerpt)}</p>` : '';
  return `<li class="article-teaser"><article><${heading} class="article-teaser__title">${kicker}<a href="${escapeHtml(article.path)}">${escapeHtml(article.title)}</a></${heading}>`
    + `<p class="article-teaser__meta">${date} · <span>${escapeHtml(article.sourceLine)}</span></p>${excerpt}</article></li>`;
}

/** Teasers built so far, per heading level and summary (the model shares one summary object among all its lists). */
const built = { 2: new WeakMap<ArticleSummary, string>(), 3: new WeakMap<ArticleSummary, string>() };

/** The teasers of `articles`, one after another, each built once. */
export function articleTeasersHtml(articles: readonly ArticleSummary[], headingLevel: 2 | 3): string {
  const teasers = built[headingLevel];
  let html = '';
  for (const article of articles) {
    let teaser = teasers.get(article);
    if (teaser === undefined) teasers.set(article, (teaser = articleTeaserHtml(article, headingLevel)));
    html += teaser;
  }
  return html;
}
