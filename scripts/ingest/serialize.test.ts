import jsYaml from 'js-yaml';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/schema.ts';
import type { EntryDraft } from './enrich.ts';
import { toMarkdown } from 'mdast-util-to-markdown';
import { bodyToMarkdown, bodyToMdast, generatedState, serializeEntry } from './serialize.ts';
import type { BodyBlock } from './types.ts';

/** A valid draft; tests override what they look at. */
function draft(overrides: Partial<EntryDraft> = {}): EntryDraft {
  return {
    title: 'Titel',
    titleBasis: 'text',
    outlet: 'Beispielblatt',
    origins: [],
    credits: [],
    date: '2019-08-02',
    datePrecision: 'day',
    dateBasis: 'estimated',
    people: [],
    places: [],
    organisations: [],
    captions: [],
    wordCount: 3,
    editorNotes: [],
    sameStory: [],
    sourceFile: 'x.txt',
    sourceSha256: 'a'.repeat(64),
    ...overrides,
  };
}

const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text });

/** Parses the body of an entry back with remark and returns its top-level nodes. */
function parseBody(entry: string) {
  const body = entry.split('\n---\n\n')[1]!;
  return remark().parse(body).children;
}

/** Plain text of an mdast node. */
function textOf(node: unknown): string {
  const value = node as { value?: string; children?: unknown[] };
  return value.value ?? (value.children ?? []).map(textOf).join('');
}

describe('serializeEntry', () => {
  it.each([
    ['a date at a paragraph start', '3. Oktober 2024 war ein Feiertag.'],
    ['gender stars', 'Lehrer*innen und Schüler*innen protestierten.'],
    ['a leading hash', '# Keine Überschrift'],
    ['a script tag', '<script>alert(1)</script> blieb Text.'],
    ['a javascript link', '[x](javascript:alert(1)) ist kein Link.'],
    ['a YAML block marker', '---'],
    ['a list marker', '- kein Listenpunkt'],
    ['underscores and backticks', 'snake_case_name und `code` und <b>fett</b>'],
  ])('keeps %s as a plain paragraph', (_, text) => {
    const nodes = parseBody(serializeEntry(draft(), [paragraph(text)]));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.type).toBe('paragraph');
    const paragraphNode = nodes[0] as { children: { type: string }[] };
    expect(paragraphNode.children.map((child) => child.type)).toEqual(['text']);
    expect(textOf(nodes[0])).toBe(text);
  });

  it('writes subheadings as level-2 headings', () => {
    const nodes = parseBody(serializeEntry(draft(), [paragraph('A.'), { kind: 'subheading', text: '2000 ausländische Kämpfer' }, paragraph('B.')]));
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(textOf(nodes[1])).toBe('2000 ausländische Kämpfer');
  });

  it('writes frontmatter in the schema’s key order that Astro’s YAML 1.1 parser reads back unchanged', () => {
    const entry = serializeEntry(draft({ title: 'yes: no', kicker: 'on', date: '2019-08' , datePrecision: 'month' }), [paragraph('Text.')]);
    const yaml = entry.split('\n---\n')[0]!.replace(/^---\n/, '');
    const parsed = jsYaml.load(yaml) as Record<string, unknown>;
    expect(parsed['date']).toBe('2019-08');
    expect(parsed['title']).toBe('yes: no');
    expect(parsed['kicker']).toBe('on');
    expect(articleSchema.safeParse(parsed).success).toBe(true);
    const keys = Object.keys(parsed);
    const order = Object.keys(articleSchema.shape).filter((key) => keys.includes(key));
    expect(keys).toEqual(order);
  });

  it('is deterministic', () => {
    expect(serializeEntry(draft(), [paragraph('Text.')])).toBe(serializeEntry(draft(), [paragraph('Text.')]));
  });
});

describe('generatedState', () => {
  it('recognises an untouched entry, a hand-edited one and a foreign file', () => {
    const entry = serializeEntry(draft(), [paragraph('Text.')]);
    expect(generatedState(entry)).toBe('generated');
    expect(generatedState(entry.replace('Text.', 'Text, von Hand verbessert.'))).toBe('edited');
    expect(generatedState('---\ntitle: x\n---\n\nHand geschrieben.\n')).toBe('foreign');
  });
});

describe('bodyToMarkdown', () => {
  const reference = (body: BodyBlock[]) => toMarkdown(bodyToMdast(body), { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

  it('writes bodies as mdast-util-to-markdown does, plain or full of Markdown syntax', () => {
    const texts = [
      'Ein schlichter Absatz.', 'Zitat: „So nicht“, sagte er (laut dpa).', '3. Oktober 2024: Feier', '12) Punkt', '- kein Punkt', '+ plus', '-5 Grad',
      '# keine Überschrift', 'Lehrer*innen', 'a_b_c', '<script>alert(1)</script>', '[x](javascript:alert(1))', '![Bild](x.png)', 'R&D &amp; mehr',
      'Achtung!', 'Wort ', ' Wort', 'Ende\\', 'a`b`c', '~~durch~~', '== gleich', '> Zitat', 'x > y', 'Tab\there', 'Steuer\u0001zeichen', 'https://example.org/a_b',
      '100 % sicher', 'Kosten: 5 € / Monat', 'Über-Ich', 'Ende.', '2019', '2019.', '1.5 Millionen', '„1.“ Liga', 'Nº 5',
    ];
    for (const text of texts) {
      for (const body of [
        [{ kind: 'paragraph', text }],
        [{ kind: 'paragraph', text: 'Davor.' }, { kind: 'subheading', text }, { kind: 'paragraph', text }, { kind: 'paragraph', text: 'Danach.' }],
      ] as BodyBlock[][]) {
        expect(bodyToMarkdown(body), JSON.stringify(text)).toBe(reference(body));
      }
    }
  });

  it('agrees with mdast-util-to-markdown on random paragraphs and subheadings', () => {
    const alphabet = ['a', 'B', '1', '9', ' ', ' ', '.', ')', '-', '+', '#', '*', '_', '!', '[', ']', '(', '<', '>', '&', '=', '~', '`', '\\', ':', '„', 'ü', '\t', '\u00a0'];
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 3000; round += 1) {
      const body: BodyBlock[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        let text = '';
        for (let length = 1 + Math.floor(random() * 8); length > 0; length -= 1) text += alphabet[Math.floor(random() * alphabet.length)];
        return { kind: random() < 0.3 ? 'subheading' : 'paragraph', text };
      });
      expect(bodyToMarkdown(body), JSON.stringify(body)).toBe(reference(body));
    }
  });

  it('leaves bodies with empty blocks or line breaks to the library whole', () => {
    for (const body of [
      [{ kind: 'paragraph', text: 'A' }, { kind: 'paragraph', text: '' }],
      [{ kind: 'paragraph', text: 'zwei\nZeilen' }, { kind: 'paragraph', text: 'B' }],
      [{ kind: 'paragraph', text: 'Wagen\r' }],
    ] as BodyBlock[][]) {
      expect(bodyToMarkdown(body)).toBe(reference(body));
    }
  });
});
