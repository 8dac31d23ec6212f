import { describe, expect, it } from 'vitest';
import { compoundTails } from '../lib/compound-split.ts';
import { loadCompoundLexicon } from './word-list.ts';

describe('the German word list', () => {
  it('splits the compounds readers search by their parts', async () => {
    const lexicon = await loadCompoundLexicon();
    expect(compoundTails('Terrormiliz', lexicon)).toEqual(['Miliz']);
    expect(compoundTails('Terrorismusbekämpfung', lexicon)).toEqual(['Bekämpfung']);
    expect(compoundTails('Terrornetz', lexicon)).toEqual(['Netz']);
    expect(compoundTails('Regierungstruppen', lexicon)).toEqual(['Truppen']);
    expect(compoundTails('Kampfhandlungen', lexicon)).toEqual(['Handlungen']);
  });

  it('leaves derived words and ordinary nouns whole', async () => {
    const lexicon = await loadCompoundLexicon();
    for (const word of ['Ausbildung', 'Unterstützung', 'Kandidaten', 'Territorium', 'Soldaten', 'Bastion']) {
      expect(compoundTails(word, lexicon), word).toEqual([]);
    }
  });
});
