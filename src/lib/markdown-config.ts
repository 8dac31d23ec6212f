/**
 * How the site renders the Markdown bodies that ingest writes: one unified pipeline, CommonMark to
 * HTML, kept here so that a test can hold it against the archive's own texts. Astro renders none
 * of the archive's Markdown (the article loader leaves the bodies to the site, see
 * `article-loader.ts`), so this is the whole of it: no Astro Markdown plugins, which the bodies
 * have no use for and which cost a third of the rendering time (`scripts/bench/probes/markdown.ts`).
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';

/** What every heading id starts with: ids must start with a letter (valid-id), and German headings often start with a number. */
export const headingIdPrefix = 'abschnitt-';

/**
 * The site's Markdown processor.
 * - CommonMark, as ingest writes it: no tables, footnotes or strikethrough in news texts, and a web
 *   address in an archived text stays text. GitHub's extensions made rendering about twice as slow
 *   (their autolink scan looks at every character); without them every body of the seeds renders
 *   byte for byte the same (`markdown-config.test.ts`).
 * - No SmartyPants: ingest writes German typography („…“, –) into the text, and SmartyPants would
 *   turn straight quotes into English ones.
 * - Raw HTML is left out, as Hugo leaves it out by default: ingest escapes every `<` of a captured
 *   text, so HTML in a body can only come from a hand edit, and a captured page's markup has no
 *   place in the archive's pages.
 * - Heading ids start with `headingIdPrefix`.
 */
export const markdownProcessor = remark()
  .use(remarkRehype)
  .use(rehypeSlug, { prefix: headingIdPrefix })
  .use(rehypeStringify)
  .freeze();

/** The Markdown's syntax tree, as the processor parses it. */
export function parseMarkdown(markdown: string): MdastRoot {
  return markdownProcessor.parse(markdown);
}

/** The HTML of a tree from `parseMarkdown`. */
export function markdownTreeToHtml(tree: MdastRoot): string {
  return markdownProcessor.stringify(markdownProcessor.runSync(tree) as HastRoot);
}

/** One Markdown text as HTML. */
export function markdownToHtml(markdown: string): string {
  return markdownTreeToHtml(parseMarkdown(markdown));
}
