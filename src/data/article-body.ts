/**
 * An article's Markdown body as HTML, rendered by the site's Markdown processor
 * (`markdownConfig.processor`, the one Astro would use for the entry) with the options Astro hands
 * it for content entries. The article loader leaves rendering to the site (see `article-loader.ts`):
 * during `astro build` a worker thread renders every body ahead of the pages
 * (`src/integrations/archive-model.ts`), in `astro dev` a page renders its own.
 */
import { markdownConfig } from '../lib/markdown-config.ts';

let renderer: ReturnType<typeof markdownConfig.processor.createRenderer> | undefined;

/** The HTML of one Markdown body; the renderer is made on first use and kept. */
export async function renderArticleMarkdown(body: string): Promise<string> {
  renderer ??= markdownConfig.processor.createRenderer({ syntaxHighlight: markdownConfig.syntaxHighlight });
  return (await (await renderer).render(body)).code;
}
