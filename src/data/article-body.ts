/**
 * An article's Markdown body as HTML, rendered by the site's Markdown processor
 * (`src/lib/markdown-config.ts`), and as plain text from the same parse. The article loader leaves
 * rendering to the site (see `article-loader.ts`): during `astro build` a worker thread renders
 * every body ahead of the pages (`src/integrations/archive-model.ts`), in `astro dev` a page
 * renders its own.
 */
import { mdastPlainText } from '../lib/article-text.ts';
import { markdownTreeToHtml, parseMarkdown } from '../lib/markdown-config.ts';

/** One body, rendered: the HTML for the page, the plain text for the `.txt` download. */
export interface RenderedBody {
  html: string;
  text: string;
}

/** One Markdown body as HTML and plain text, from one parse: the `.txt` download needs no second. */
export function renderArticleMarkdown(body: string): RenderedBody {
  const tree = parseMarkdown(body);
  return { text: mdastPlainText(tree), html: markdownTreeToHtml(tree) };
}
