import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleMarkdown, articlePlainText, markdownToPlainText, type ArticleTextInput } from './article-text.ts';

const input: ArticleTextInput = {
  title: '3. Oktober: Lehrer*innen streiken',
  kicker: 'Bildung',
  standfirst: 'Ein Vorspann.',
  sourceLine: 'RND, nach dpa',
  dateLabel: '2. August 2019, geschätzt',
  url: 'https://archiv.example/artikel/001-a/',
  citation: 'RND. (ca. 2019, 2. August). Titel. RND. https://archiv.example/artikel/001-a/',
  facts: { title: '3. Oktober: Lehrer*innen streiken', outlet: 'RND', origins: ['dpa'], date: '2019-08-02', kicker: undefined, archivedUrl: null },
  body: 'Erster *Absatz* mit „Zitat“.\n\n## Zwischentitel\n\n- eins\n- zwei\n\nLetzter Absatz.\n',
};

describe('articleMarkdown', () => {
  test('starts with YAML frontmatter holding the facts, the permanent URL and the citation', () => {
    const text = articleMarkdown(input);
    const [, frontmatter] = text.split('---\n');
    expect(parseYaml(frontmatter!)).toEqual({
      title: input.title, outlet: 'RND', origins: ['dpa'], date: '2019-08-02', url: input.url, citation: input.citation,
    });
  });

  test('escapes the headline so Markdown reads neither a list nor emphasis into it', () => {
    const text = articleMarkdown(input);
    expect(text).toContain('# 3. Oktober: Lehrer\\*innen streiken\n');
    expect(text).toContain('**Bildung**\n\n# ');
    expect(text).toContain('*Ein Vorspann.*');
    expect(text.endsWith('Letzter Absatz.\n')).toBe(true);
  });
});

describe('markdownToPlainText', () => {
  test('drops markup, keeps headings and list items as lines of their own', () => {
    expect(markdownToPlainText(input.body)).toBe('Erster Absatz mit „Zitat“.\n\nZwischentitel\n\n– eins\n– zwei\n\nLetzter Absatz.');
  });
});

describe('articlePlainText', () => {
  test('gives kicker and title, source and date, standfirst, body, permanent link and citation', () => {
    expect(articlePlainText(input)).toBe([
      'Bildung\n3. Oktober: Lehrer*innen streiken',
      'RND, nach dpa · 2. August 2019, geschätzt',
      'Ein Vorspann.',
      'Erster Absatz mit „Zitat“.\n\nZwischentitel\n\n– eins\n– zwei\n\nLetzter Absatz.',
      `Dauerhafter Link: ${input.url}\nZitiervorschlag: ${input.citation}`,
    ].join('\n\n') + '\n');
  });
});
