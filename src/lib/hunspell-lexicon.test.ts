import { describe, expect, it } from 'vitest';
import { buildCompoundLexicon, parseAffixFile } from './hunspell-lexicon.ts';

/** A cut-down copy of the German dictionary's rules: plural -en, genitive -s, the compound flags. */
const aff = `SET UTF-8
COMPOUNDBEGIN x
COMPOUNDMIDDLE y
COMPOUNDEND z
ONLYINCOMPOUND o
NEEDAFFIX h

SFX P Y 1
SFX P   0       en         .

SFX S Y 1
SFX S   0       s          .

SFX j Y 3
SFX j 0 0/xoc .
SFX j 0 -/zocf .
SFX j 0 -/cz .

PFX k Y 2
PFX k 0 -/coxf .
PFX k 0 0/coy .

SFX J Y 2
SFX J   en      ung        en
SFX J   en      ungen      en
`;

const dic = `6
\tThis line is a comment.
Terror/Smj
miliz/Pozm
Miliz/P
kampf/hk
bekämpfen/SJozm
Ausbildung/P
`;

describe('parseAffixFile', () => {
  it('reads the compound flags and the rules of each affix', () => {
    const parsed = parseAffixFile(aff);
    expect(parsed.compoundBegin).toBe('x');
    expect(parsed.compoundEnd).toBe('z');
    expect(parsed.needAffix).toBe('h');
    expect(parsed.affixes.get('P')?.rules).toHaveLength(1);
    expect(parsed.affixes.get('k')?.kind).toBe('PFX');
  });

  it('refuses flag types other than single characters', () => {
    expect(() => parseAffixFile('FLAG long\n')).toThrow(/parseAffixFile: FLAG long/);
  });
});

describe('buildCompoundLexicon', () => {
  const lexicon = buildCompoundLexicon(aff, dic);

  it('takes the forms that an affix marks as a compound start as modifiers', () => {
    expect(lexicon.modifiers.has('terror')).toBe(true);
    expect(lexicon.modifiers.has('kampf')).toBe(true);
  });

  it('takes compound ends and every form of a noun as heads, inflected forms included', () => {
    expect([...lexicon.heads]).toEqual(expect.arrayContaining(['miliz', 'milizen', 'bekämpfung', 'bekämpfungen', 'ausbildung']));
  });

  it('leaves out hyphenated forms and stems that need an affix', () => {
    expect([...lexicon.modifiers, ...lexicon.heads].some((form) => form.includes('-'))).toBe(false);
    expect(lexicon.heads.has('kampf')).toBe(false);
  });

  it('knows every form of every entry', () => {
    expect(lexicon.known.has('ausbildungen')).toBe(true);
    expect(lexicon.known.has('bekämpfens')).toBe(true);
  });
});
