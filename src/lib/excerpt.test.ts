import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { excerptFromMarkdown } from './excerpt.ts';

describe('excerptFromMarkdown', () => {
  it('takes the first paragraph that is not a heading', () => {
    expect(excerptFromMarkdown('## Titel\n\nDer „erste“ *Absatz*.\n\nZweiter.')).toBe('Der „erste“ Absatz.');
  });

  it('keeps escaped characters as text', () => {
    expect(excerptFromMarkdown('3\\. Oktober 2024 war ein Tag für Lehrer\\*innen.')).toBe('3. Oktober 2024 war ein Tag für Lehrer*innen.');
  });

  it('cuts long paragraphs at a word boundary', () => {
    const text = `${'Wort '.repeat(100)}Ende`;
    const excerpt = excerptFromMarkdown(text, 30);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(32);
    expect(excerpt).not.toMatch(/Wor …$/);
  });

  it('gives an empty teaser for an empty body', () => {
    expect(excerptFromMarkdown('')).toBe('');
  });
});

describe('excerptFromMarkdown on escaped text', () => {
  it('resolves Markdown escapes instead of leaving backslashes', () => {
    expect(excerptFromMarkdown('Der Wert von window.\\_\\_pwned blieb \\<script> und 3\\. Oktober.')).toBe('Der Wert von window.__pwned blieb <script> und 3. Oktober.');
  });
});

describe('excerptFromMarkdown reads only the opening blocks', () => {
  it('finds the same first paragraph as a parse of the whole body, on every archive entry', () => {
    const dir = new URL('../../content/articles/', import.meta.url);
    const bodies = readdirSync(dir).filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(new URL(name, dir), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of [...bodies, '## Titel\nDirekt darunter\nüber zwei Zeilen.\n\nZweiter.', '> Ein Zitat\n\n- Liste\n\nText *hier*.']) {
      const whole = fromMarkdown(body).children.find((node): node is Paragraph => node.type === 'paragraph');
      const expected = whole ? toString(whole).replace(/\s+/g, ' ').trim() : '';
      expect(excerptFromMarkdown(body, 100_000)).toBe(expected);
    }
  });
});
