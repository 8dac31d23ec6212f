import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEntryBody } from './entry-files.ts';
import { markdownToHtml } from './markdown-config.ts';
import { createAstroMarkdownRenderer } from './__fixtures__/astro-markdown.ts';

const articlesDir = join(import.meta.dirname, '../../content/articles');
const bodies = readdirSync(articlesDir).filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, body: readEntryBody(join(articlesDir, name)) }));

describe('markdownToHtml', () => {
  test('renders every archived body byte for byte as Astro\'s Markdown pipeline with GitHub\'s extensions does', async () => {
    const astro = await createAstroMarkdownRenderer();
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const { name, body } of bodies) {
      const html = markdownToHtml(body);
      expect(html, name).toBe(await astro(body));
      expect(html, name).toContain('<p>');
    }
  });

  test('leaves a web address in a text as text and gives headings ids that start with a letter', async () => {
    const astro = await createAstroMarkdownRenderer();
    const text = '## 3. Oktober\n\nQuelle: https://example.org/meldung und www.example.org';
    const html = markdownToHtml(text);
    expect(await astro(text)).toContain('<a href="https://example.org/meldung"');
    expect(html).not.toContain('<a');
    expect(html).toContain('https://example.org/meldung');
    expect(html).toMatch(/<h2 id="abschnitt-3-oktober">/);
  });

  test('leaves raw HTML of a hand-edited body out and keeps the text around it', () => {
    const html = markdownToHtml('Vorher <span onclick="x()">markiert</span> nachher\n\n<script>alert(1)</script>\n\n<div>\nBlock\n</div>\n\nDanach &amp; \\<b> als Text');
    expect(html).not.toMatch(/<(?:span|script|div)|onclick|alert/);
    expect(html).toBe('<p>Vorher markiert nachher</p>\n<p>Danach &#x26; &#x3C;b> als Text</p>');
  });
});
