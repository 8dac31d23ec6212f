/**
 * The `<article>` of an article page as HTML: headline, date and source, editor's notes, body,
 * captions, credits, and the hidden values Pagefind reads (filters, sort, meta, search terms). It is
 * the element marked `data-pagefind-body`, the only part of a page the search index reads. Built as
 * a string from the data so that the build can hand every article's search document to Pagefind at
 * its first page and have the index written while the pages render (`src/integrations/search-index.ts`);
 * the page renders the same string, so page and index cannot drift apart.
 */
import type { ArticleView, Link } from './archive-model.ts';
import { searchTermsMetaKey } from './search-terms.ts';
import { germanListParts, unknownOutletLabel } from './source-line.ts';
import { escapeHtml } from './xml.ts';

/**
 * What of an article its element shows: the part of its view that the build's worker threads pass
 * each other to make the elements and search documents while the content syncs.
 */
export type ArticleElementView = Pick<ArticleView,
  'id' | 'path' | 'title' | 'kicker' | 'standfirst' | 'dateline' | 'date' | 'outlet' | 'origins'
  | 'editorNotes' | 'captions' | 'credits' | 'rights' | 'search' | 'dateLabel' | 'sourceLine'>;

/** The part of `view` that its element shows (see `ArticleElementView`). */
export function elementViewOf(view: ArticleView): ArticleElementView {
  const { id, path, title, kicker, standfirst, dateline, date, outlet, origins, editorNotes, captions, credits, rights, search, dateLabel, sourceLine } = view;
  return { id, path, title, kicker, standfirst, dateline, date, outlet, origins, editorNotes, captions, credits, rights, search, dateLabel, sourceLine };
}

const link = ({ path, name }: Link) => `<a href="${escapeHtml(path)}">${escapeHtml(name)}</a>`;
/** One hidden value for the search index; `attribute` is fixed markup such as `data-pagefind-filter="person"`. */
const searchValue = (attribute: string, value: string) => `<span ${attribute}>${escapeHtml(value)}</span>`;

/** "SOTT.net, nach Sputnik und AFP" (`formatSourceLine`), each name linked; the outlet unknown said so. */
function sourceLineHtml(article: ArticleElementView): string {
  const outlet = article.outlet ? link(article.outlet) : escapeHtml(unknownOutletLabel);
  const { origins } = article;
  if (origins.length === 0) return outlet;
  // The words between the names as `formatSourceLine` has them, so the line reads as the plain one.
  let next = 0;
  const credited = germanListParts(origins.map(({ name }) => name)).map((part) => (part.type === 'element' ? link(origins[next++]!) : escapeHtml(part.value))).join('');
  return `${outlet}, nach ${credited}`;
}

function headerHtml(article: ArticleElementView): string {
  const kicker = article.kicker ? `<p class="kicker">${escapeHtml(article.kicker)}</p> ` : '';
  const standfirst = article.standfirst ? ` <p class="standfirst">${escapeHtml(article.standfirst)}</p>` : '';
  const dateline = article.dateline ? `<span class="dateline">${escapeHtml(article.dateline)}</span> · ` : '';
  const date = article.date.datetime
    ? `<time datetime="${escapeHtml(article.date.datetime)}">${escapeHtml(article.date.label)}</time>`
    : `<span>${escapeHtml(article.date.label)}</span>`;
  return `<header class="article__header"> ${kicker}<h1 id="artikel-titel">${escapeHtml(article.title)}</h1>${standfirst}`
    + ` <p class="article__meta">${dateline}${date} · <span class="source-line">${sourceLineHtml(article)}</span> </p> </header>`;
}

function editorNotesHtml({ editorNotes }: ArticleElementView): string {
  if (editorNotes.length === 0) return '';
  return ' <aside class="editor-notes" aria-labelledby="hinweise" data-pagefind-ignore> <h2 id="hinweise">Hinweis der Archivredaktion</h2>'
    + ` <ul>${editorNotes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul> </aside>`;
}

function captionsHtml({ captions }: ArticleElementView): string {
  if (captions.length === 0) return '';
  const items = captions.map(({ text, credit }) => `<li>${text ? escapeHtml(text) : '<span class="captions__empty">(ohne Text)</span>'}`
    + `${credit ? ` <span class="credit">Foto: ${escapeHtml(credit)}</span>` : ''}</li>`).join(' ');
  return ' <section class="captions" aria-labelledby="bildunterschriften"> <h2 id="bildunterschriften">Bildunterschriften</h2>'
    + ' <p class="captions__note" data-pagefind-ignore>Die Bilder selbst sind nicht archiviert.</p>'
    + ` <ul> ${items} </ul> </section>`;
}

function creditsHtml({ credits, rights }: ArticleElementView): string {
  if (credits.length === 0 && !rights) return '';
  const lines = credits.map((credit) => `<p class="credit-line">${escapeHtml(credit)}</p>`).join('');
  return ` <footer class="article__credits"> ${lines}${rights ? ` <p class="rights">${escapeHtml(rights)}</p>` : ''} </footer>`;
}

/** Filter, sort and meta values for Pagefind, hidden from readers and outside the indexed text. */
function searchValuesHtml(article: ArticleElementView): string {
  const { search } = article;
  const values = [
    search.publisher ? searchValue('data-pagefind-filter="publisher"', search.publisher) : '',
    search.origins.map((origin) => searchValue('data-pagefind-filter="origin"', origin)).join(''),
    search.people.map((name) => searchValue('data-pagefind-filter="person"', name)).join(''),
    search.places.map((name) => searchValue('data-pagefind-filter="place"', name)).join(''),
    search.year ? searchValue('data-pagefind-filter="year"', search.year) : '',
    searchValue('data-pagefind-sort="date"', search.sortDate),
    searchValue('data-pagefind-meta="datum"', article.dateLabel),
    searchValue('data-pagefind-meta="quelle"', article.sourceLine),
    article.kicker ? searchValue('data-pagefind-meta="kicker"', article.kicker) : '',
  ].filter(Boolean);
  return ` <div hidden data-pagefind-ignore> ${values.join(' ')} </div>`;
}

/**
 * The words the article is indexed under besides its own text (see `search-terms.ts`), as Pagefind
 * metadata: searched like body text, never shown in an excerpt. `data-search-terms` marks the block
 * for the search benchmark, which strips it to compare with plain Pagefind.
 */
function searchTermsHtml(terms: readonly string[]): string {
  if (terms.length === 0) return '';
  return ` <div hidden data-pagefind-ignore data-search-terms><span data-pagefind-meta="${searchTermsMetaKey}">${escapeHtml(terms.join(' '))}</span></div>`;
}

/** The article element of `article`'s page; `bodyHtml` is its rendered Markdown, trusted as it is. */
export function articleElementHtml(article: ArticleElementView, bodyHtml: string, searchTerms: readonly string[]): string {
  return '<article class="article" data-pagefind-body aria-labelledby="artikel-titel"> '
    + headerHtml(article)
    + editorNotesHtml(article)
    + ` <div class="article__body"> ${bodyHtml} </div>`
    + captionsHtml(article)
    + creditsHtml(article)
    + searchValuesHtml(article)
    + searchTermsHtml(searchTerms)
    + ' </article>';
}
