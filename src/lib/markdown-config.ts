/**
 * How the site renders the Markdown bodies that ingest writes (Astro's `markdown` option), kept
 * here so that a test can hold the choices below against the archive's own texts.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

export const markdownConfig = {
  // No code in news texts; Shiki's inline styles would also clash with the CSP.
  syntaxHighlight: false,
  processor: unified({
    // CommonMark, as ingest writes it: no tables, footnotes or strikethrough in news texts, and a
    // web address in an archived text stays text. GitHub's extensions made rendering about twice
    // as slow (their autolink scan looks at every character; `scripts/bench/probes/markdown.ts`).
    // Without them every body of the seeds and of the benchmark's 10,000 texts renders byte for
    // byte the same (`markdown-config.test.ts` checks the seeds).
    gfm: false,
    // Ingest writes German typography („…“, –) into the text; SmartyPants would turn straight
    // quotes into English ones, so it stays off and the text is rendered as written.
    smartypants: false,
    // Heading ids must start with a letter (valid-id), and German headings often start with a number.
    rehypePlugins: [[rehypeSlug, { prefix: 'abschnitt-' }]],
  }),
} as const;
