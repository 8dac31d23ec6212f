/**
 * An article's Markdown body as HTML, rendered by the site's Markdown processor
 * (`markdownConfig.processor`, the one Astro would use for the entry) with the options Astro hands
 * it for content entries, and as plain text from the same parse. The article loader leaves
 * rendering to the site (see `article-loader.ts`): during `astro build` a worker thread renders
 * every body ahead of the pages (`src/integrations/archive-model.ts`), in `astro dev` a page
 * renders its own.
 */
import type { Root } from 'mdast';
import { unified } from '@astrojs/markdown-remark';
import { markdownConfig } from '../lib/markdown-config.ts';
import { mdastPlainText } from '../lib/article-text.ts';

/** One body, rendered: the HTML for the page, the plain text for the `.txt` download. */
export interface RenderedBody {
  html: string;
  text: string;
}

/**
 * Keeps the body's plain text (`mdastPlainText`) of the tree as parsed, before any other plugin:
 * the `.txt` download needs no second parse of the body. Remark plugins hand data back to Astro
 * through the entry's frontmatter, the one field of the rendered result they may write.
 */
function remarkBodyText() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).bodyText = mdastPlainText(tree);
  };
}

const processor = unified({
  ...markdownConfig.processor.options,
  remarkPlugins: [remarkBodyText, ...markdownConfig.processor.options.remarkPlugins],
});
let renderer: ReturnType<typeof processor.createRenderer> | undefined;

/** One Markdown body as HTML and plain text; the renderer is made on first use and kept. */
export async function renderArticleMarkdown(body: string): Promise<RenderedBody> {
  renderer ??= processor.createRenderer({ syntaxHighlight: markdownConfig.syntaxHighlight });
  const { code, metadata } = await (await renderer).render(body);
  return { html: code, text: metadata.frontmatter.bodyText as string };
}
