import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FRONTMATTER_YAML_OPTIONS, frontmatterToYaml } from './frontmatter-yaml.ts';

const reference = (value: Record<string, unknown>) => stringify(value, FRONTMATTER_YAML_OPTIONS);

/** Strings YAML has opinions about: indicators, look-alikes of other types, quotes, odd characters. */
const awkward = [
  '', ' ', 'plain text', 'Washington, D.C.', '2019-08-02', '2021-02', '2019', '1.5', '0x1f', '1e3', '.5', '+1', '-1', '0o17', '1_000',
  'yes', 'no', 'Y', 'n', 'on', 'Off', 'true', 'FALSE', 'null', 'Null', '~', '.nan', '.inf', '-.inf', '=', '<<',
  '- item', '-', '?', '? x', ': x', 'a: b', 'a:b', 'a #b', 'a#b', '#tag', '&anchor', '*alias', '!tag', '|', '>', '%YAML', '@at', '`tick',
  '---', '--- x', '...', '... x', 'x ---', '[list]', '{map}', 'a, b', 'trailing ', ' leading', 'ends:', 'Zitat: „so“', '„Zitat“',
  "it's", 'say "hi"', `both ' and "`, 'tab\there', 'cr\rhere', 'nul\u0000', 'bell\u0007', 'c1\u0085', 'nbsp\u00a0x', 'ls\u2028x', 'bom\ufeff',
  'Yesterday', 'Nulldiät', 'Trueman', 'Offenbach', 'Nord-Süd', 'abcdef: g', 'Zitat #1', 'Zitat#1', 'Ende des Satzes:', 'Wortende ', 'Namen\u0085x', 'Über-Ich', 'Letter\tTab',
  'emoji 😀', 'lone \ud800 surrogate', 'Ümlaut ß', 'a'.repeat(1500), `${'long '.repeat(300)}end`, '\\backslash', 'percent % sign', 'https://example.org/a?b=c#d',
];

describe('frontmatterToYaml', () => {
  it('writes an entry as yaml does', () => {
    const entry = {
      title: 'Die SPD will sich lieber als Friedenspartei profilieren',
      titleBasis: 'first-sentence',
      dateline: 'Katar',
      outlet: 'dpa',
      origins: [],
      credits: ['Von dpa/dpa'],
      date: '2021-02',
      datePrecision: 'month',
      people: [{ name: 'Birgit Lehmann', mentions: 1 }],
      places: [
        { name: 'Russland', mentions: 1, adjectiveOnly: true },
        { name: 'Washington, D.C.', mentions: 2 },
      ],
      captions: [{ text: 'Delegierte bei der Konferenz', credit: 'Reuters/Lukas Kowalski' }, { text: '', credit: 'dpa' }],
      wordCount: 432,
      editorNotes: [],
      sameStory: ['001-ffc1f06195f87f2c'],
      sourceFile: '000000_9bcc61a49239b3d8.txt',
    };
    expect(frontmatterToYaml(entry)).toBe(reference(entry));
  });

  it('quotes every awkward string as yaml does, as a value, a list item and a value in a list item', () => {
    for (const text of awkward) {
      const entry = { title: text, credits: [text, 'x'], people: [{ name: text, mentions: 1 }], dateNote: text };
      expect(frontmatterToYaml(entry), JSON.stringify(text)).toBe(reference(entry));
    }
  });

  it('writes numbers, booleans and nulls as yaml does', () => {
    for (const value of [0, -0, 1, -7, 1.5, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, false, null]) {
      const entry = { title: 'T', wordCount: value, list: [value], people: [{ name: 'N', mentions: value }] };
      expect(frontmatterToYaml(entry), String(value)).toBe(reference(entry));
    }
  });

  it('leaves out undefined values as yaml does', () => {
    const entry = { title: 'T', kicker: undefined, captions: [{ text: 'Bild', credit: undefined }] };
    expect(frontmatterToYaml(entry)).toBe(reference(entry));
  });

  it('hands what its layout does not cover to yaml', () => {
    const shared = { name: 'Geteilt', mentions: 1 };
    const cases: Record<string, unknown>[] = [
      { title: 'zwei\nZeilen', editorNotes: ['eine\nNotiz', 'zweite'] },
      { title: 'T', nested: { a: 1 } },
      { title: 'T', people: [shared, shared] },
      { title: 'T', lists: [[1, 2]] },
      { title: 'T', people: [{}] },
      { title: 'T', people: [{ name: null }] },
      { title: null },
      { 'odd key': 1, title: 'T' },
      { y: 'yes-key', title: 'T' },
      { title: 'T', items: [undefined, 1] },
      { title: 'T', date: new Date(0) },
    ];
    for (const entry of cases) expect(frontmatterToYaml(entry), JSON.stringify(entry)).toBe(reference(entry));
  });

  it('agrees with yaml on random strings of awkward characters', () => {
    const alphabet = ['a', 'Z', '0', '9', ' ', ' ', '-', ':', '#', '?', ',', '"', "'", '[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '.', '\t', '\u0001', '\u0085', '\ud800', 'ü', '„', '😀', '~', '_', '\\'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20000; round += 1) {
      // Half of them open with a letter and run longer, as names and titles do.
      let text = round % 2 === 0 ? 'Ab' : '';
      for (let length = Math.floor(random() * 10); length > 0; length -= 1) text += alphabet[Math.floor(random() * alphabet.length)];
      const entry = { title: text, credits: [text], places: [{ name: text, mentions: 2 }] };
      expect(frontmatterToYaml(entry), JSON.stringify(text)).toBe(reference(entry));
    }
  });

  it('agrees with yaml on random strings that look like numbers, times and dates', () => {
    const alphabet = ['0', '1', '2', '5', '7', '9', '-', '+', ':', '.', '_', 'e', 'E', 'x', 'b', 'o', 'f', 'T', 't', 'Z', ' ', 'n', 'a', 'i'];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20000; round += 1) {
      // Every fourth one a date, which the timestamp type reads on.
      let text = round % 4 === 0 ? '2019-08-02' : '';
      for (let length = Math.floor(random() * 10); length > 0; length -= 1) text += alphabet[Math.floor(random() * alphabet.length)];
      const entry = { title: text, credits: [text] };
      expect(frontmatterToYaml(entry), JSON.stringify(text)).toBe(reference(entry));
    }
  });
});
