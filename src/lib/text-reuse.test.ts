import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  countComparisons, distinctSorted, findTextReuse, formatShare, hashString, normalizeWords, shingleSequence,
} from './text-reuse.ts';

/** Body of a real archive entry: everything after the frontmatter. */
function body(id: string): string {
  const file = readFileSync(new URL(`../../content/articles/${id}.md`, import.meta.url), 'utf8');
  return file.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const rnd = { id: '001-ffc1f06195f87f2c', text: body('001-ffc1f06195f87f2c') };
const handelsblatt = { id: '004-7e90b870e6a6c1b4', text: body('004-7e90b870e6a6c1b4') };
const sott = { id: '000-76ed7095f0a0894c', text: body('000-76ed7095f0a0894c') };
const newsFront = { id: '003-2e74f504f330e145', text: body('003-2e74f504f330e145') };
const internetz = { id: '002-5a71443f6a81e8ab', text: body('002-5a71443f6a81e8ab') };

describe('findTextReuse', () => {
  test('links the RND and Handelsblatt prints of the dpa report without any editorial fact', () => {
    const matches = findTextReuse([rnd, handelsblatt, sott, newsFront, internetz]);
    const fromHandelsblatt = matches.get(handelsblatt.id);
    expect(fromHandelsblatt).toHaveLength(1);
    expect(fromHandelsblatt![0]).toMatchObject({ otherId: rnd.id, sharedShingles: 185 });
    // The shorter Handelsblatt text is almost entirely inside the longer RND one, not the reverse.
    expect(formatShare(fromHandelsblatt![0]!.share)).toBe('89\u00a0%');
    expect(formatShare(fromHandelsblatt![0]!.otherShare)).toBe('37\u00a0%');
    expect(matches.get(rnd.id)![0]).toMatchObject({ otherId: handelsblatt.id, share: fromHandelsblatt![0]!.otherShare });
  });

  test('does not link unrelated texts on the same subject', () => {
    const matches = findTextReuse([sott, newsFront, internetz]);
    expect(matches.size).toBe(0);
  });

  test('gives a text that quotes two sentences of another a partial-reuse link with a small share', () => {
    const quoted = 'Nach Angaben des russischen Verteidigungsministeriums hat die von den USA angeführte Koalition die russischen Luftstreitkräfte daran gehindert, die aus der letzten IS-Hochburg Abu Kemal flüchtende Terroristen anzugreifen. In einem Bericht spricht die russische Behörde von einer „direkten Unterstützung“ des IS durch die USA.';
    const quoting = { id: 'zitat', text: `${newsFront.text}\n\nEine andere Seite schrieb dazu: „${quoted}“ Belege dafür nannte sie nicht.` };
    const matches = findTextReuse([internetz, quoting, sott]);
    const match = matches.get('zitat')?.[0];
    expect(match?.otherId).toBe(internetz.id);
    expect(match!.share).toBeGreaterThan(0.05);
    expect(match!.share).toBeLessThan(0.2);
    expect(matches.get(internetz.id)?.[0]?.otherId).toBe('zitat');
    expect(matches.has(sott.id)).toBe(false);
  });

  test('ignores a shared phrase shorter than the minimum passage', () => {
    const a = { id: 'a', text: 'Die Vereinigten Staaten können das nicht alleine machen, sagte er am Abend.' };
    const b = { id: 'b', text: 'Die Vereinigten Staaten können das nicht alleine machen, hieß es in Moskau.' };
    expect(findTextReuse([a, b]).size).toBe(0);
    expect(findTextReuse([a, b], { minSharedShingles: 2 }).get('a')?.[0]?.otherId).toBe('b');
  });

  test('does not count a passage that too many texts share: it is boilerplate', () => {
    const boilerplate = 'Alle Rechte vorbehalten und Nachdruck nur mit schriftlicher Genehmigung des Verlags gestattet';
    const documents = ['eins', 'zwei', 'drei'].map((id) => ({ id, text: `${id} ${boilerplate}` }));
    expect(findTextReuse(documents, { minSharedShingles: 1, maxDocumentFrequency: 2 }).size).toBe(0);
    expect(findTextReuse(documents, { minSharedShingles: 1 }).get('eins')).toHaveLength(2);
  });

  test('throws with its name when two documents share an id', () => {
    expect(() => findTextReuse([rnd, rnd])).toThrow(/^findTextReuse: /);
  });

  test('finds reuse across a large archive through the index, not by comparing all pairs', () => {
    // Pseudo-random words from a seeded generator (mulberry32), so each text is its own.
    const filler = (seed: number) => {
      let state = seed + 1;
      const next = () => {
        state = (state + 0x6d2b79f5) | 0;
        let value = Math.imul(state ^ (state >>> 15), 1 | state);
        value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
        return ((value ^ (value >>> 14)) >>> 0) % 50_000;
      };
      return Array.from({ length: 120 }, () => `wort${next()}`).join(' ');
    };
    const documents = Array.from({ length: 3000 }, (_, index) => ({ id: `t${index}`, text: filler(index) }));
    documents.push({ id: 'kopie', text: `${filler(42)} Ende` });
    expect([...findTextReuse(documents).keys()].sort()).toEqual(['kopie', 't42']);
    // All pairs would be 3001 · 3000 / 2 = 4,501,500 comparisons; only the copy's passages are counted.
    expect(countComparisons(documents)).toBeLessThan(200);
  });
});

describe('normalizeWords', () => {
  test('ignores case, punctuation, German quotation marks and Markdown syntax', () => {
    expect(normalizeWords('## „Wir werden“ – *abermals* SUCHEN, sagte Straße.')).toEqual(['wir', 'werden', 'abermals', 'suchen', 'sagte', 'strasse']);
  });
});

describe('shingleSequence', () => {
  test('hashes each run of words as hashString hashes the words joined by spaces', () => {
    const words = normalizeWords(`${sott.text}\n${internetz.text}`);
    const hashes = shingleSequence(words, 8);
    expect(hashes).toHaveLength(words.length - 7);
    for (const index of [0, 1, 100, hashes.length - 1]) {
      expect(hashes[index]).toBe(hashString(words.slice(index, index + 8).join(' ')));
    }
    expect(shingleSequence(['zwei', 'wörter'], 3)).toEqual(new Uint32Array(0));
  });
});

describe('distinctSorted', () => {
  test('sorts and drops repeats', () => {
    expect([...distinctSorted(Uint32Array.from([5, 1, 3, 3, 5]))]).toEqual([1, 3, 5]);
  });
});

describe('formatShare', () => {
  test('writes German percentages and never rounds to 0 % or 100 % when the share is not exactly that', () => {
    expect(formatShare(0.62)).toBe('62\u00a0%');
    expect(formatShare(0.996)).toBe('99\u00a0%');
    expect(formatShare(1)).toBe('100\u00a0%');
    expect(formatShare(0.004)).toBe('unter 1\u00a0%');
    expect(formatShare(0.012)).toBe('1\u00a0%');
  });
});
