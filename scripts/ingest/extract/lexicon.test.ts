import { describe, expect, it } from 'vitest';
import { frequentWords, isRoleNoun, looksLikeCompoundNoun, roleNouns } from './lexicon.ts';

/** The first definition: the token is a role noun, or ends in one of four letters or more after three more. */
function isRoleNounByScan(token: string): boolean {
  const lower = token.toLowerCase();
  if (lower.length < 2) return false;
  return roleNouns.some((role) => lower === role || (lower.endsWith(role) && role.length >= 4 && lower.length > role.length + 2));
}

describe('isRoleNoun', () => {
  it('knows role nouns and compounds that end in one', () => {
    for (const word of ['Präsident', 'US-Präsident', 'Außenminister', 'Bürgermeisterin', 'Oberst', 'Dr', 'Chef']) expect(isRoleNoun(word), word).toBe(true);
    for (const word of ['Präsidentschaft', 'Haus', 'Xchef', 'D', 'Berlin']) expect(isRoleNoun(word), word).toBe(false);
  });

  it('agrees with a scan of the whole list on every role noun, its compounds and frequent words', () => {
    const words = [
      ...roleNouns.flatMap((role) => [role, role.toUpperCase(), `a${role}`, `ab${role}`, `abc${role}`, `Vize-${role}`, role.slice(1), `${role}s`]),
      ...[...frequentWords].slice(0, 5000),
    ];
    for (const word of words) expect(isRoleNoun(word), word).toBe(isRoleNounByScan(word));
  });
});

describe('looksLikeCompoundNoun', () => {
  it('gives the same answer when asked again', () => {
    for (const word of ['Regierungskreisen', 'Sicherheitsgründen', 'Passau', 'Regierungskreisen']) {
      expect(looksLikeCompoundNoun(word)).toBe(looksLikeCompoundNoun(word));
    }
    expect(looksLikeCompoundNoun('Regierungskreisen')).toBe(true);
  });
});
