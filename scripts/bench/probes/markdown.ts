/**
 * node scripts/bench/probes/markdown.ts <articles folder> [count]
 *
 * Renders the first `count` bodies (default 2000) with the site's Markdown pipeline
 * (`src/lib/markdown-config.ts`) and with GitHub's extensions switched on, prints the time of each
 * (after a warm-up on 200 of them) and how many bodies come out different.
 */
import { unified } from '@astrojs/markdown-remark';
import { markdownConfig } from '../../../src/lib/markdown-config.ts';
import { readArticleEntries } from '../../../src/data/archive-build.ts';

const [articlesDir, count = '2000'] = process.argv.slice(2);
if (!articlesDir) throw new Error('usage: markdown.ts <articles folder> [count]');
const bodies = readArticleEntries(articlesDir).slice(0, Number(count)).map((entry) => entry.body ?? '');
const { processor, syntaxHighlight } = markdownConfig;
const outputs: string[][] = [];
for (const [label, variant] of [['CommonMark (the site)', processor], ['with GFM', unified({ ...processor.options, gfm: true })]] as const) {
  const renderer = await variant.createRenderer({ syntaxHighlight });
  for (const body of bodies.slice(0, 200)) await renderer.render(body, { frontmatter: {} }); // warm up
  const started = performance.now();
  const html: string[] = [];
  for (const body of bodies) html.push((await renderer.render(body, { frontmatter: {} })).code);
  outputs.push(html);
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms for ${bodies.length} bodies`);
}
console.log(`bodies rendered differently: ${outputs[0]!.filter((html, index) => html !== outputs[1]![index]).length}`);
