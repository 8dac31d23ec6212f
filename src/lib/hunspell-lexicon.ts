/**
 * Reads a Hunspell dictionary (`.aff` and `.dic` text) into the two word sets a compound splitter
 * needs: the forms that may start or sit inside a closed compound, and the forms that may end one.
 * Pure: the caller reads the files.
 *
 * Hunspell marks compound parts with flags named in the `.aff` file (`COMPOUNDBEGIN`,
 * `COMPOUNDMIDDLE`, `COMPOUNDEND`), either on a dictionary entry or as continuation flags that an
 * affix adds ("Terrorismus/j" with `SFX j 0 0/xoc .` may begin a compound). This module expands
 * every entry with its prefix and suffix rules, one level deep (no affix-on-affix), which is
 * enough for the German dictionary: its inflected forms and its compound flags both sit one rule
 * away from the stem. Hyphenated forms ("-kampf") are dropped: Pagefind splits hyphens itself.
 * Only single-character flags (Hunspell's default `FLAG`) are supported.
 */

/** The word forms a compound splitter may use, lower-cased. */
export interface CompoundLexicon {
  /** Forms that may begin a compound or stand inside one ("terrorismus", "regierungs"). */
  modifiers: ReadonlySet<string>;
  /** Forms that may end a compound, inflected forms included ("miliz", "milizen"). */
  heads: ReadonlySet<string>;
  /** Every form of every entry: words the dictionary knows as a whole ("ausbildung", "vorgehen"). */
  known: ReadonlySet<string>;
}

interface AffixRule {
  strip: string;
  add: string;
  flags: string;
  condition: RegExp;
}

interface Affix {
  kind: 'PFX' | 'SFX';
  rules: AffixRule[];
}

interface AffixFile {
  affixes: Map<string, Affix>;
  compoundBegin: string | undefined;
  compoundMiddle: string | undefined;
  compoundEnd: string | undefined;
  needAffix: string | undefined;
}

/** Turns a Hunspell condition ("[^aeiou]er", ".") into a regular expression anchored at one end. */
function conditionPattern(kind: 'PFX' | 'SFX', condition: string): RegExp {
  if (condition === '.' || condition === '') return /(?:)/u;
  return kind === 'SFX' ? new RegExp(`(?:${condition})$`, 'u') : new RegExp(`^(?:${condition})`, 'u');
}

/** Parses the parts of an `.aff` file this module uses; throws on a flag type it cannot read. */
export function parseAffixFile(text: string): AffixFile {
  const affixes = new Map<string, Affix>();
  const file: AffixFile = {
    affixes, compoundBegin: undefined, compoundMiddle: undefined, compoundEnd: undefined, needAffix: undefined,
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const fields = line.split(/\s+/);
    const [key, flag] = fields;
    if (key === 'FLAG') throw new Error(`parseAffixFile: FLAG ${flag} is not supported, only single-character flags`);
    if (key === 'COMPOUNDBEGIN') file.compoundBegin = flag;
    else if (key === 'COMPOUNDMIDDLE') file.compoundMiddle = flag;
    else if (key === 'COMPOUNDEND') file.compoundEnd = flag;
    else if (key === 'NEEDAFFIX') file.needAffix = flag;
    else if ((key === 'PFX' || key === 'SFX') && flag !== undefined) {
      const affix = affixes.get(flag);
      // The header line ("SFX j Y 3") has a Y/N cross-product mark where a rule has its strip.
      if (!affix) {
        affixes.set(flag, { kind: key, rules: [] });
        continue;
      }
      const [, , strip = '0', addField = '0', condition = '.'] = fields;
      const [add = '0', flags = ''] = addField.split('/');
      affix.rules.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add,
        flags,
        condition: conditionPattern(key, condition),
      });
    }
  }
  return file;
}

/** One dictionary line: "Kampf/STmij" → word and flags. Lines starting with whitespace are comments. */
function parseDictionaryLine(line: string): { word: string; flags: string } | undefined {
  if (line === '' || /^\s/.test(line)) return undefined;
  const entry = line.split(/\s/)[0] ?? '';
  const slash = entry.indexOf('/');
  return slash === -1 ? { word: entry, flags: '' } : { word: entry.slice(0, slash), flags: entry.slice(slash + 1) };
}

/** Every form of one entry with the flags it carries: the stem itself, then one affix deep. */
function* expandEntry(word: string, flags: string, aff: AffixFile): Generator<{ form: string; flags: string }> {
  if (!aff.needAffix || !flags.includes(aff.needAffix)) yield { form: word, flags };
  for (const flag of flags) {
    const affix = aff.affixes.get(flag);
    if (!affix) continue;
    for (const rule of affix.rules) {
      if (!rule.condition.test(word)) continue;
      if (affix.kind === 'SFX') {
        if (rule.strip && !word.endsWith(rule.strip)) continue;
        yield { form: word.slice(0, word.length - rule.strip.length) + rule.add, flags: flags + rule.flags };
      } else {
        if (rule.strip && !word.startsWith(rule.strip)) continue;
        yield { form: rule.add + word.slice(rule.strip.length), flags: flags + rule.flags };
      }
    }
  }
}

/**
 * Builds the compound lexicon. A form is a modifier when it carries the begin or middle flag, and
 * a head when it carries the end flag or is any form of a noun (a capitalised entry): the German
 * dictionary lists many nouns ("Truppen", "Kämpfer") without an end flag, though they end compounds
 * all the time. Forms shorter than `minLength` are left out; they split too much by chance.
 */
export function buildCompoundLexicon(affText: string, dicText: string, minLength = 3): CompoundLexicon {
  const aff = parseAffixFile(affText);
  const modifiers = new Set<string>();
  const heads = new Set<string>();
  const known = new Set<string>();
  const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag);
  const lines = dicText.split('\n');
  // The first line of a .dic file is its entry count.
  for (const line of lines.slice(1)) {
    const entry = parseDictionaryLine(line.trimEnd());
    if (!entry) continue;
    const isNoun = /^\p{Lu}/u.test(entry.word);
    for (const { form, flags } of expandEntry(entry.word, entry.flags, aff)) {
      if (form.includes('-') || form.includes('.')) continue;
      // toLowerCase, not toLocaleLowerCase: the same for German letters and many times faster.
      const lower = form.toLowerCase();
      known.add(lower);
      if (form.length < minLength) continue;
      if (has(flags, aff.compoundBegin) || has(flags, aff.compoundMiddle)) modifiers.add(lower);
      if (has(flags, aff.compoundEnd) || isNoun) heads.add(lower);
    }
  }
  return { modifiers, heads, known };
}
