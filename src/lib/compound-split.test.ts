import { describe, expect, it } from 'vitest';
import { compoundTails } from './compound-split.ts';
import type { CompoundLexicon } from './hunspell-lexicon.ts';

function lexiconOf(modifiers: string[], heads: string[], known: string[] = []): CompoundLexicon {
  return { modifiers: new Set(modifiers), heads: new Set(heads), known: new Set([...known]) };
}

const lexicon = lexiconOf(
  ['terror', 'terrorismus', 'bekämpfungs', 'kampf', 'hand', 'unter', 'regierungs', 'luft', 'streit'],
  ['miliz', 'milizen', 'netz', 'bekämpfung', 'strategie', 'handlungen', 'lungen', 'stützung', 'truppen', 'streitkräfte', 'kräfte'],
  ['ausbildung'],
);

describe('compoundTails', () => {
  it('gives the last part of a two-part compound, capitalised', () => {
    expect(compoundTails('Terrormiliz', lexicon)).toEqual(['Miliz']);
    expect(compoundTails('Terrornetz', lexicon)).toEqual(['Netz']);
    expect(compoundTails('Terrorismusbekämpfung', lexicon)).toEqual(['Bekämpfung']);
  });

  it('keeps the inflection of the word', () => {
    expect(compoundTails('Terrormilizen', lexicon)).toEqual(['Milizen']);
    expect(compoundTails('Regierungstruppen', lexicon)).toEqual(['Truppen']);
  });

  it('gives every tail of a compound of three parts', () => {
    expect(compoundTails('Terrorismusbekämpfungsstrategie', lexicon)).toEqual(['Bekämpfungsstrategie', 'Strategie']);
  });

  it('cuts a word into as few parts as it can', () => {
    expect(compoundTails('Kampfhandlungen', lexicon)).toEqual(['Handlungen']);
    expect(compoundTails('Luftstreitkräfte', lexicon)).toEqual(['Streitkräfte']);
  });

  it('splits no word the list knows as a whole', () => {
    expect(compoundTails('Ausbildung', lexiconOf(['aus'], ['bildung'], ['ausbildung']))).toEqual([]);
  });

  it('takes no tail after a verb particle', () => {
    expect(compoundTails('Unterstützung', lexicon)).toEqual([]);
  });

  it('leaves lower-case words, names with inner capitals and hyphenated words alone', () => {
    expect(compoundTails('terrormiliz', lexicon)).toEqual([]);
    expect(compoundTails('TerrorMiliz', lexicon)).toEqual([]);
    expect(compoundTails('Terror-Miliz', lexicon)).toEqual([]);
  });

  it('gives nothing for a word that is no compound or whose parts are too short', () => {
    expect(compoundTails('Miliz', lexicon)).toEqual([]);
    expect(compoundTails('Kandidaten', lexicon)).toEqual([]);
    expect(compoundTails('Terrornetz', lexicon, { minHead: 5 })).toEqual([]);
  });

  it('takes the tails after a first part no word list has, when the rest splits into known parts', () => {
    expect(compoundTails('Rückkehrerterrormiliz', lexicon)).toEqual(['Terrormiliz', 'Miliz']);
  });

  it('takes no single chance word after an unknown first part', () => {
    expect(compoundTails('Kandidatenlungen', lexicon)).toEqual([]);
  });
});
