import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownToHtml } from '../lib/markdown-config.ts';
import { markdownToPlainText } from '../lib/article-text.ts';
import { readEntryBody } from '../lib/entry-files.ts';
import { renderArticleMarkdown } from './article-body.ts';

const articlesDir = join(import.meta.dirname, '../../content/articles');
const bodies = readdirSync(articlesDir).filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, body: readEntryBody(join(articlesDir, name)) }));

/** Markdown that a captured text may hold and that plain text must not garble. */
const awkward = [
  '## 3. Oktober\n\nErster Absatz mit *Betonung*, **Fettem**, `Code` und [Link](https://example.org).',
  '> Zitat über\n> zwei Zeilen\n\n- eins\n- zwei\n\n1. erstens\n2. zweitens',
  'Zeile mit hartem Umbruch  \nnächste Zeile\\\nund noch eine',
  '<div>rohes HTML</div>\n\nText &amp; Entität, Lehrer\\*innen, 3\\. Oktober',
  '',
  '    eingerückter Code\n\n***\n\nNach der Linie',
];

describe('renderArticleMarkdown', () => {
  test('renders from one parse the HTML of the site\'s Markdown processor and the plain text', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const { name, body } of [...bodies, ...awkward.map((text, index) => ({ name: `awkward ${index}`, body: text }))]) {
      const rendered = renderArticleMarkdown(body);
      expect(rendered.html, name).toBe(markdownToHtml(body));
      expect(rendered.text, name).toBe(markdownToPlainText(body));
    }
  });

  test('gives blocks as paragraphs of plain text, without markup', () => {
    expect(renderArticleMarkdown(awkward[0]!).text).toBe('3. Oktober\n\nErster Absatz mit Betonung, Fettem, Code und Link.');
    expect(renderArticleMarkdown(awkward[1]!).text).toBe('Zitat über\nzwei Zeilen\n\n– eins\n– zwei\n\n– erstens\n– zweitens');
  });
});
