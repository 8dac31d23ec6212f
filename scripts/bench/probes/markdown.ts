/**
 * node scripts/bench/probes/markdown.ts <articles folder> [count]
 *
 * Renders the first `count` bodies (default 2000) with the site's Markdown processor
 * (`src/lib/markdown-config.ts`) and with Astro's Markdown pipeline as `glob()` would (GitHub's
 * extensions, Astro's plugins, raw HTML re-parsed), prints the time of each (after a warm-up on 200
 * of them) and how many bodies come out different.
 */
import { markdownToHtml } from '../../../src/lib/markdown-config.ts';
import { createAstroMarkdownRenderer } from '../../../src/lib/__fixtures__/astro-markdown.ts';
import { readArticleEntries } from '../../../src/data/archive-build.ts';

const [articlesDir, count = '2000'] = process.argv.slice(2);
if (!articlesDir) throw new Error('usage: markdown.ts <articles folder> [count]');
const bodies = readArticleEntries(articlesDir).slice(0, Number(count)).map((entry) => entry.body ?? '');
const renderers: [string, (body: string) => Promise<string> | string][] = [
  ['the site', markdownToHtml],
  ['Astro\'s pipeline', await createAstroMarkdownRenderer()],
];
const outputs: string[][] = [];
for (const [label, render] of renderers) {
  for (const body of bodies.slice(0, 200)) await render(body); // warm up
  const started = performance.now();
  const html: string[] = [];
  for (const body of bodies) html.push(await render(body));
  outputs.push(html);
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms for ${bodies.length} bodies`);
}
console.log(`bodies rendered differently: ${outputs[0]!.filter((html, index) => html !== outputs[1]![index]).length}`);
