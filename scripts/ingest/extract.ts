/**
 * Extract stage: reads people, places and organisations out of what the reader sees (headline,
 * kicker, standfirst, dateline, body, caption texts) and origins out of the credit zones (credits,
 * rights, photo credits). Dropped lines (teasers, widgets) are never read. The rules live in
 * `extract/`: registry matching, derived forms, cue-based discovery, surnames, credits.
 */
import { buildMatcher, type Matcher } from './extract/match-registry.ts';
import type { Mention } from './extract/mention.ts';
import { readOrigins } from './extract/credits.ts';
import { recogniseMentions } from './extract/recognise.ts';
import type { Candidate, Extraction, FoundEntity, FoundPlace, Registries, SegmentedText } from './types.ts';

export { buildMatcher, recogniseMentions };
export type { Matcher, Mention };

const collator = new Intl.Collator('de');

/** The reader-visible text blocks of an article, in reading order. */
export function entityBlocks(text: SegmentedText): string[] {
  return [
    text.kicker,
    text.headline,
    text.standfirst,
    ...text.body.map((block) => block.text),
    ...text.captions.map((caption) => caption.text),
  ].filter((value): value is string => Boolean(value && value.trim()));
}

const matcherCache = new WeakMap<Registries, Matcher>();

/** The matcher of a set of registries, built on first use and kept while the registries are. */
export function matcherFor(registries: Registries): Matcher {
  let matcher = matcherCache.get(registries);
  if (!matcher) {
    matcher = buildMatcher(registries);
    matcherCache.set(registries, matcher);
  }
  return matcher;
}

function count<T extends FoundEntity>(mentions: Mention[], make: (name: string, list: Mention[]) => T): T[] {
  const byName = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byName.get(mention.name);
    if (list) list.push(mention);
    else byName.set(mention.name, [mention]);
  }
  return [...byName.entries()].map(([name, list]) => make(name, list)).sort((a, b) => collator.compare(a.name, b.name));
}

function shorten(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Reads the entities and origins of one segmented text.
 *
 * - Places named only through adjectives, demonyms or compounds ("tadschikischen", "US-Regierung")
 *   count, with `adjectiveOnly: true`.
 * - Compounds count toward their named part: "IS-Kämpfer" is a mention of the Islamischer Staat.
 * - A place adjective inside a registry organisation name ("russischen Luftwaffe") counts for the place.
 * - Media named in the text ("wie CNN berichtet") are organisations, not origins: citing is not crediting.
 * - The dateline counts as a place mention when it names a place.
 * - A person named by one word after a cue ("sagte Aasheim") is joined to the full name the text
 *   gives elsewhere ("Sindre Aasheim"); without one it goes to the candidates, not to the people.
 *
 * @param text the segmented article
 * @param registries the curated registries with the country gazetteer merged in
 * @returns entity counts sorted with German collation, origins, and held-back candidates
 */
export function extractEntities(text: SegmentedText, registries: Registries): Extraction {
  const matcher = matcherFor(registries);
  const blocks = entityBlocks(text);
  const { mentions, candidates } = recogniseMentions(blocks, matcher);
  const dateline = text.dateline ? recogniseMentions([text.dateline], matcher).mentions.filter((mention) => mention.type === 'LOC' && mention.form === 'name') : [];
  const all = [...mentions, ...dateline];

  // A person named by one word only, with no full name anywhere in the text, is for review.
  const people = count(all.filter((mention) => mention.type === 'PER' && !mention.surnameOnly), (name, list) => ({ name, mentions: list.length }));
  const thin = all
    .filter((mention) => mention.type === 'PER' && mention.surnameOnly)
    .map((mention) => ({ block: mention.block, type: 'PER' as const, name: mention.name, reason: `"${mention.name}" is named by one word after a cue, and the text gives no full name` }));
  const organisations = count(all.filter((mention) => mention.type === 'ORG'), (name, list) => ({ name, mentions: list.length }));
  const places = count<FoundPlace>(all.filter((mention) => mention.type === 'LOC'), (name, list) => {
    const adjectiveOnly = list.every((mention) => mention.form !== 'name');
    return adjectiveOnly ? { name, mentions: list.length, adjectiveOnly } : { name, mentions: list.length };
  });

  const creditLines = [...text.credits, ...(text.rights ? [text.rights] : []), ...text.captions.flatMap((caption) => (caption.credit ? [caption.credit] : []))];
  const origins = readOrigins(creditLines, registries.outlets);

  const seen = new Set<string>();
  const held: Candidate[] = [];
  for (const candidate of [...candidates, ...thin]) {
    const key = `${candidate.type}:${candidate.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const source = blocks[candidate.block] ?? '';
    const at = Math.max(0, source.indexOf(candidate.name));
    held.push({
      type: candidate.type === 'PER' ? 'person' : candidate.type === 'LOC' ? 'place' : 'organisation',
      name: candidate.name,
      reason: candidate.reason,
      context: shorten(source, at, at + candidate.name.length),
    });
  }
  held.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.type, b.type));
  return { people, places, organisations, origins, candidates: held };
}
