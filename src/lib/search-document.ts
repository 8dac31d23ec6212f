/**
 * What the search index needs of a rendered article page: the `<html>` start tag (Pagefind takes
 * the language from its `lang`) and the element marked `data-pagefind-body`, which holds the text
 * and every filter, meta and sort value. Pagefind indexes nothing else of a page that has such an
 * element, so the index stays the same while the document piped to Pagefind's process, encoded
 * there and parsed, is about a third of the page (the head, navigation and facts stay behind).
 * An article page's document can also be made from its indexed element alone
 * (`articleSearchDocument`), which is what the build hands Pagefind before the pages render.
 */
import type { SearchDocument } from './build-sinks.ts';
import { pageLanguage } from './page-meta.ts';

/** The document Pagefind is handed: a page's `<html>` start tag and its indexed element. */
const documentOf = (htmlTag: string, element: string) => `<!DOCTYPE html>${htmlTag}<body>${element}</body></html>`;

/**
 * The search document of an article page whose `data-pagefind-body` element is `element` (see
 * `article-element.ts`): what `searchIndexDocument` makes of the rendered page.
 */
export function articleSearchDocument(element: string): string {
  return documentOf(`<html lang="${pageLanguage}">`, element);
}

/** What the build hands the search index for an article: its page's URL and its search document. */
export function articleIndexDocument(article: { path: string }, element: string): SearchDocument {
  return { url: article.path, html: articleSearchDocument(element) };
}

const attributeName = String.raw`[^\s"'<>/=]+`;
/** An attribute's value after its name; a quoted value may hold any character but its quote. */
const attributeValue = String.raw`(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>${'`'}]+))?`;
/** One attribute of a start tag, its name captured. */
const attributePattern = new RegExp(String.raw`\s+(${attributeName})${attributeValue}`, 'g');
/** A comment, or a start or end tag with its attributes, read whole so that `<` in a value starts nothing. */
const tagPattern = new RegExp(String.raw`<!--[\s\S]*?-->|<(/?)([a-zA-Z][\w-]*)((?:\s+${attributeName}${attributeValue})*)\s*(/?)>`, 'g');

function hasAttribute(attributes: string, name: string): boolean {
  for (const match of attributes.matchAll(attributePattern)) if (match[1]!.toLowerCase() === name) return true;
  return false;
}

/**
 * The page reduced to `<html …>` and its `data-pagefind-body` element; the whole page when either
 * is missing or the element is never closed, so nothing can drop out of the index.
 */
export function searchIndexDocument(html: string): string {
  let htmlTag: string | undefined;
  let body: { name: string; start: number; depth: number } | undefined;
  for (const tag of html.matchAll(tagPattern)) {
    const [whole, closing, rawName, attributes = '', selfClosing] = tag;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (!body) {
      if (!closing && name === 'html') htmlTag ??= whole;
      if (!closing && hasAttribute(attributes, 'data-pagefind-body')) body = { name, start: tag.index, depth: 0 };
      else continue;
    }
    if (name !== body.name || selfClosing) continue;
    body.depth += closing ? -1 : 1;
    if (body.depth === 0) {
      return htmlTag ? documentOf(htmlTag, html.slice(body.start, tag.index + whole.length)) : html;
    }
  }
  return html;
}
