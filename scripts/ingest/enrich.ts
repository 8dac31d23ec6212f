/**
 * enrich: merges the editorial facts an editor keeps in `content/sources.yaml` with what the text
 * itself gave. Where a fact is missing the entry says so (date unknown, outlet unknown); nothing is
 * invented. Facts are checked against the text: a fact that contradicts its own format is an error.
 */
import type { ArticleFrontmatter } from '../../src/lib/schema.ts';
import type { Outlet } from '../../src/lib/schema.ts';
import { countWords } from './words.ts';
import type { Extraction, Problem, SegmentedText, SourceFacts, StageResult } from './types.ts';

/** The frontmatter before serialize adds the hash of the generated entry. */
export type EntryDraft = Omit<ArticleFrontmatter, 'generatedSha256'>;

const collator = new Intl.Collator('de');

/** The id of the entry made from a source file: its stem in lower case, safe for URLs. */
export function entryIdFor(sourceFile: string): string {
  return sourceFile
    .replace(/\.txt$/i, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Same-story links are symmetric: when an editor links 001 to 004, 004 links to 001 as well.
 * Returns, per source file, the sorted entry ids of its other copies.
 */
export function resolveSameStory(facts: ReadonlyMap<string, SourceFacts>, extraLinks: ReadonlyArray<[string, string]> = []): Map<string, string[]> {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  for (const [file, fact] of facts) {
    for (const other of fact.sameStory ?? []) {
      link(file, other);
      link(other, file);
    }
  }
  for (const [a, b] of extraLinks) {
    link(a, b);
    link(b, a);
  }
  return new Map(
    [...links].map(([file, others]) => [file, [...others].map(entryIdFor).sort(collator.compare)]),
  );
}

/** The outlet named in a copyright line ("© Handelsblatt GmbH …" → Handelsblatt), if the registry knows it. */
export function outletFromRights(rights: string | undefined, outlets: readonly Outlet[]): string | undefined {
  if (!rights) return undefined;
  const lower = rights.toLowerCase();
  return outletPatterns(outlets).find(({ pattern }) => pattern.test(lower))?.outlet.name;
}

const outletPatternCache = new WeakMap<readonly Outlet[], { outlet: Outlet; pattern: RegExp }[]>();

/** Every name and alias of the outlets as a whole-word pattern, longest first; built once per registry. */
function outletPatterns(outlets: readonly Outlet[]): { outlet: Outlet; pattern: RegExp }[] {
  let patterns = outletPatternCache.get(outlets);
  if (!patterns) {
    // Longest name first, so "Handelsblatt GmbH" is not taken for a shorter outlet inside it.
    const names = outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases].map((alias) => ({ outlet, alias })));
    names.sort((a, b) => b.alias.length - a.alias.length);
    patterns = names.map(({ outlet, alias }) => ({ outlet, pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(alias.toLowerCase())}($|[^\\p{L}])`, 'u') }));
    outletPatternCache.set(outlets, patterns);
  }
  return patterns;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** First sentence of the body, shortened, for texts that have no headline and no editorial one. */
export function titleFromFirstSentence(text: SegmentedText): string {
  const first = text.body.find((block) => block.kind === 'paragraph')?.text ?? '';
  const sentence = /^(.+?[.!?])(?:\s|$)/u.exec(first)?.[1] ?? first;
  const words = sentence.split(' ');
  return words.length <= 14 ? sentence.replace(/[.]$/, '') : `${words.slice(0, 12).join(' ')} …`;
}

function countBodyWords(text: SegmentedText): number {
  return text.body.reduce((sum, block) => sum + countWords(block.text), 0);
}

export interface EnrichInput {
  file: string;
  text: SegmentedText;
  extraction: Extraction;
  facts: SourceFacts | undefined;
  sameStory: readonly string[];
  outlets: readonly Outlet[];
  sourceSha256: string;
}

/** Builds the entry's frontmatter from text, extraction and editorial facts. */
export function enrichEntry(input: EnrichInput): StageResult<EntryDraft> {
  const { file, text, extraction, facts, outlets } = input;
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const warn = (message: string) => warnings.push({ file, stage: 'enrich', severity: 'warning', message });
  const fail = (message: string) => errors.push({ file, stage: 'enrich', severity: 'error', message });
  const knownOutlets = new Set(outlets.map((outlet) => outlet.name));

  if (!facts) warn('no editorial facts in sources.yaml: date unknown; outlet and title taken from the text alone');

  let title: string;
  let titleBasis: EntryDraft['titleBasis'];
  if (text.headline) {
    title = text.headline;
    titleBasis = 'text';
    if (facts?.title && facts.title !== text.headline) {
      warn(`sources.yaml gives the title "${facts.title}", but the text has its own headline, which is used`);
    }
  } else if (facts?.title) {
    title = facts.title;
    titleBasis = facts.titleFromUrl ? 'url-slug' : 'editorial';
  } else {
    title = titleFromFirstSentence(text);
    titleBasis = 'first-sentence';
    warn('no headline in the text or the facts: the title is the start of the first sentence');
  }

  const outlet = facts?.outlet ?? outletFromRights(text.rights, outlets) ?? null;
  if (outlet === null) warn('publisher unknown: no editorial fact and no copyright line naming a known outlet');
  else if (!knownOutlets.has(outlet)) warn(`outlet "${outlet}" is not in the outlet registry`);
  for (const origin of facts?.origins ?? []) {
    if (!knownOutlets.has(origin)) warn(`origin "${origin}" is not in the outlet registry`);
  }
  const origins = [...new Set([...(facts?.origins ?? []), ...extraction.origins])]
    .filter((origin) => origin !== outlet)
    .sort(collator.compare);

  let date: string | null = null;
  let datePrecision: EntryDraft['datePrecision'] = 'unknown';
  let dateBasis: EntryDraft['dateBasis'] = 'unknown';
  if (facts?.date) {
    const isMonth = /^\d{4}-\d{2}$/.test(facts.date);
    datePrecision = facts.datePrecision ?? (isMonth ? 'month' : 'day');
    if (isMonth && datePrecision === 'day') fail(`date ${facts.date} has no day, but datePrecision is "day"`);
    if (!isMonth && datePrecision !== 'day') fail(`date ${facts.date} names a day, but datePrecision is "${datePrecision}"; write ${facts.date.slice(0, 7)}`);
    dateBasis = facts.dateBasis ?? 'estimated';
    if (!facts.dateBasis) warn('the date in sources.yaml has no dateBasis; taken as estimated');
    date = facts.date;
  } else if (facts?.datePrecision || facts?.dateBasis) {
    fail('sources.yaml gives datePrecision or dateBasis but no date');
  }
  if (errors.length > 0) return { ok: false, problems: [...errors, ...warnings] };

  const draft: EntryDraft = {
    title,
    titleBasis,
    ...(text.kicker ? { kicker: text.kicker } : {}),
    ...(text.standfirst ? { standfirst: text.standfirst } : {}),
    ...(text.dateline ? { dateline: text.dateline } : {}),
    outlet,
    origins,
    credits: text.credits,
    ...(text.rights ? { rights: text.rights } : {}),
    date,
    datePrecision,
    dateBasis,
    ...(facts?.dateNote ? { dateNote: facts.dateNote } : {}),
    people: extraction.people,
    places: extraction.places,
    organisations: extraction.organisations,
    captions: text.captions,
    wordCount: countBodyWords(text),
    editorNotes: facts?.editorNotes ?? [],
    sameStory: [...input.sameStory],
    ...(facts?.archivedUrl ? { archivedUrl: facts.archivedUrl } : {}),
    sourceFile: file,
    sourceSha256: input.sourceSha256,
  };
  return { ok: true, value: draft, warnings };
}
