/**
 * Astro's own Markdown pipeline as `glob()` would render an entry (GitHub's extensions, Astro's
 * plugins, raw HTML re-parsed), with the site's heading ids: what the site's pipeline
 * (`markdown-config.ts`) is held to in its test and timed against in `scripts/bench/probes/markdown.ts`.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { headingIdPrefix } from '../markdown-config.ts';

export async function createAstroMarkdownRenderer(): Promise<(markdown: string) => Promise<string>> {
  const renderer = await unified({ gfm: true, smartypants: false, rehypePlugins: [[rehypeSlug, { prefix: headingIdPrefix }]] })
    .createRenderer({ syntaxHighlight: false });
  return async (markdown) => (await renderer.render(markdown, { frontmatter: {} })).code;
}
