import { describe, expect, it } from 'vitest';
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
