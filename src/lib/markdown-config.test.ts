import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { markdownConfig } from './markdown-config.ts';

const articlesDir = join(import.meta.dirname, '../../content/articles');
const bodies = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).map((name) => {
  const text = readFileSync(join(articlesDir, name), 'utf8');
  return { name, body: text.slice(text.indexOf('\n---\n', 4) + 5) };
});

/** The site's renderer, or the same with GitHub's extensions switched on. */
async function renderer(options: { gfm?: true } = {}) {
  const { syntaxHighlight, processor } = markdownConfig;
  const created = await (options.gfm ? unified({ ...processor.options, gfm: true }) : processor).createRenderer({ syntaxHighlight });
  return async (markdown: string) => (await created.render(markdown, { frontmatter: {} })).code;
}

describe('markdownConfig', () => {
  test('renders every archived body exactly as GitHub-flavoured Markdown would, so leaving GFM out changes nothing', async () => {
    const [commonMark, githubFlavoured] = await Promise.all([renderer(), renderer({ gfm: true })]);
    expect(markdownConfig.processor.options.gfm).toBe(false);
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const { name, body } of bodies) {
      const html = await commonMark(body);
      expect(html, name).toBe(await githubFlavoured(body));
      expect(html, name).toContain('<p>');
    }
  });

  test('leaves a web address in a text as text and gives headings ids that start with a letter', async () => {
    const [render, githubFlavoured] = await Promise.all([renderer(), renderer({ gfm: true })]);
    const text = '## 3. Oktober\n\nQuelle: https://example.org/meldung und www.example.org';
    const html = await render(text);
    expect(await githubFlavoured(text)).toContain('<a href="https://example.org/meldung"');
    expect(html).not.toContain('<a');
    expect(html).toContain('https://example.org/meldung');
    expect(html).toMatch(/<h2 id="abschnitt-3-oktober">/);
  });
});
