import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from './parse-yaml.ts';

/** What `parse` from `yaml` gives: the value, or the message it throws. */
function reference(text: string): { value?: unknown; error?: string } {
  try {
    return { value: parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function ours(text: string): { value?: unknown; error?: string } {
  try {
    return { value: parseYaml(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const cases: Record<string, string> = {
  empty: '',
  comment: '# nothing here\n',
  'block facts': 'a.txt:\n  outlet: RND\n  origins: [dpa]\n  date: 2019-08-02\nb.txt:\n  outlet: FAZ\n  editorNotes:\n    - >-\n      Ein langer\n      Text.\n',
  'flow facts': '"a.txt": {"outlet":"dpa","origins":["dpa"],"date":"2021-02"}\n"b.txt": {"outlet":"RND"}\n',
  'repeated top-level key': 'a.txt:\n  outlet: RND\nb.txt: {}\na.txt:\n  outlet: FAZ\n',
  'repeated nested key': 'a.txt:\n  outlet: RND\n  outlet: FAZ\n',
  'repeated key in a flow map': 'a.txt: {outlet: RND, outlet: FAZ}\n',
  'keys equal by value': 'a:\n  1: x\n  1.0: y\n',
  'keys of different types': 'a:\n  1: x\n  "1": y\n  true: z\n  "true": w\n',
  'repeated empty keys': 'a:\n  : x\n  : y\n',
  'repeated NaN keys': 'a:\n  .nan: x\n  .nan: y\n',
  'collection keys': '? [a]\n: 1\n? [a]\n: 2\n',
  'anchors and aliases': 'base: &b {outlet: RND}\nother: *b\n',
  'unknown alias': 'a: *nowhere\n',
  'bad indentation': 'a:\n  b: 1\n c: 2\n',
  'unterminated flow': 'a: {outlet: RND\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'a list': '- a\n- b\n',
  'a scalar': 'just text\n',
  'a tag': 'a: !!str 2019\n',
};

describe('parseYaml', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`gives what yaml's parse gives for ${name}`, () => {
      expect(ours(text)).toEqual(reference(text));
    });
  }

  it('reports a repeated key among thousands with the same message as yaml', () => {
    const lines = Array.from({ length: 3000 }, (_, index) => `"${String(index).padStart(6, '0')}.txt": {"outlet":"dpa"}`);
    lines.splice(2000, 0, lines[5]!);
    const text = `${lines.join('\n')}\n`;
    const result = ours(text);
    expect(result.error).toMatch(/Map keys must be unique/);
    expect(result).toEqual(reference(text));
  });

  it('parses thousands of distinct keys to the same value as yaml', () => {
    const text = Array.from({ length: 3000 }, (_, index) => `f${index}.txt:\n  outlet: dpa\n  wordCount: ${index}\n`).join('');
    expect(ours(text)).toEqual(reference(text));
  });
});
