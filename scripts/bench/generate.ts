/**
 * Synthetic raw sources for the benchmark, made from the seed texts: sentences and paragraphs
 * recombined, the kinds of junk lines real captures carry (share widgets, teasers, credits, copyright
 * lines, reading progress, timestamps, blank filler), a few hundred people and places and a dozen
 * outlets drawn with Zipf-like frequencies, dates over fifteen years, and editorial facts for most
 * but not all texts.
 *
 * Pure: no disk, no clock. Every text is drawn from its own random stream, seeded by the seed value
 * and its index, so a given seed value always gives the same corpus, and the first thousand texts
 * of a ten-thousand corpus are the thousand-text corpus.
 */
import type { Person, SourceFacts } from '../../src/lib/schema.ts';

/** A random number generator returning floats in [0, 1). */
export type Random = () => number;

/** sfc32 over a 32-bit seed (mixed by splitmix32 first): small, fast, and the same on every platform. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const split = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** The seed of text `index`'s own stream. */
export function streamSeed(seed: number, index: number): number {
  return (Math.imul(seed >>> 0, 0x2c1b3c6d) ^ Math.imul(index + 1, 0x297a2d39)) >>> 0;
}

/** An integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/**
 * Draws items with Zipf-like frequencies: the item of rank k (from 1) has weight 1 / k^exponent.
 * Items keep their order, so the first is the most frequent.
 */
export function createZipf<T>(items: readonly T[], exponent = 1): (random: Random) => T {
  if (items.length === 0) throw new Error('createZipf: no items');
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= items.length; rank++) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
}

/** Shuffles a copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** The reusable prose of the seed texts: whole paragraphs and single sentences. */
export interface SeedProse {
  paragraphs: string[];
  sentences: string[];
}

const balancedQuotes = (text: string) =>
  (text.match(/„/g) ?? []).length === (text.match(/“/g) ?? []).length && (text.match(/"/g) ?? []).length % 2 === 0;

/**
 * Splits the seed texts into paragraphs (lines of at least twelve words that end a sentence) and
 * sentences (at least six words, quotes balanced). Junk lines of the seeds are left out: the
 * generator adds its own, of known kinds.
 */
export function splitSeedProse(texts: readonly string[]): SeedProse {
  const paragraphs: string[] = [];
  const sentences: string[] = [];
  for (const text of texts) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line.split(' ').length < 12 || !/[.!?“"]$/.test(line) || !balancedQuotes(line)) continue;
      paragraphs.push(line);
      for (const sentence of line.split(/(?<!\b(?:Dr|Prof|Anm|d|Red|Nr|ca|St|bzw|z|B)\.)(?<=[.!?]“?)\s+(?=[„"\p{Lu}])/u)) {
        if (sentence.split(' ').length >= 6 && /[.!?]“?$/.test(sentence) && balancedQuotes(sentence)) sentences.push(sentence);
      }
    }
  }
  if (sentences.length === 0) throw new Error('splitSeedProse: the seed texts have no usable sentences');
  return { paragraphs: [...new Set(paragraphs)], sentences: [...new Set(sentences)] };
}

const firstNames = [
  'Anna', 'Andreas', 'Birgit', 'Bernd', 'Claudia', 'Christian', 'Daniela', 'Dirk', 'Elena', 'Erik', 'Fatma', 'Florian',
  'Gabriele', 'Georg', 'Hanna', 'Heinrich', 'Ines', 'Ingo', 'Julia', 'Jan', 'Katrin', 'Klaus', 'Lena', 'Lukas', 'Maria',
  'Markus', 'Nadia', 'Nils', 'Olga', 'Oliver', 'Petra', 'Paul', 'Ruth', 'Ralf', 'Sabine', 'Stefan', 'Tanja', 'Thomas',
  'Ursula', 'Uwe', 'Vera', 'Volker', 'Wiebke', 'Wolfgang', 'Yasemin', 'Yusuf', 'Zeynep', 'Ahmad', 'Farid', 'Leila',
  'Mehmet', 'Pierre', 'Sophie', 'Igor', 'Natalja', 'Sergej', 'John', 'Mary', 'Carlos', 'Lucia', 'Hamid', 'Amira',
];
const lastNames = [
  'Albrecht', 'Bauer', 'Becker', 'Brandt', 'Busch', 'Dietrich', 'Engel', 'Falk', 'Fischer', 'Frank', 'Graf', 'Günther',
  'Hahn', 'Hartmann', 'Heller', 'Hoffmann', 'Jansen', 'Kaiser', 'Keller', 'Klein', 'Koch', 'Krämer', 'Kraus', 'Lange',
  'Lehmann', 'Lorenz', 'Ludwig', 'Maier', 'Martens', 'Möller', 'Neumann', 'Nowak', 'Otto', 'Peters', 'Pohl', 'Richter',
  'Roth', 'Sauer', 'Schäfer', 'Scholl', 'Schreiber', 'Schuster', 'Seidel', 'Sommer', 'Stein', 'Thiel', 'Vogel', 'Voigt',
  'Wagner', 'Walter', 'Weber', 'Winkler', 'Wolff', 'Ziegler', 'Yılmaz', 'Demir', 'Kaya', 'Haddad', 'Nasser', 'Petrow',
  'Iwanowa', 'Kowalski', 'Dubois', 'Moreau', 'García', 'Rossi', 'Morgan', 'Fletcher', 'Rahimi', 'Karimow', 'Saleh',
  'Okafor', 'Mensah', 'Lindqvist', 'Van Dijk', 'Novák', 'Horváth', 'Popescu', 'Georgiou', 'Papadakis',
];
const roles = [
  'Außenministerin', 'Außenminister', 'Innenminister', 'Verteidigungsministerin', 'Sprecher des Ministeriums',
  'Sicherheitsexpertin', 'Terrorismusforscher', 'Abgeordnete', 'Botschafter', 'Bürgermeisterin', 'Generalstaatsanwalt',
  'Analyst', 'Politikwissenschaftlerin', 'Oppositionsführer', 'Regierungssprecherin', 'Nahost-Experte',
];

/**
 * The invented people of the corpus: unique full names, each with a one-line description. The
 * order is the Zipf rank: the first is named most often.
 */
export function generatePeople(seed: number, count: number): Person[] {
  const random = createRandom(streamSeed(seed, -1));
  const pairs = shuffled(random, firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`)));
  if (count > pairs.length) throw new Error(`generatePeople: at most ${pairs.length} people`);
  return pairs.slice(0, count).map((name) => ({ name, aliases: [], description: `${pick(random, roles)} (erfunden, Benchmark).` }));
}

const compoundHeads = [
  'Grenz', 'Sicherheits', 'Waffen', 'Flüchtlings', 'Haushalts', 'Energie', 'Friedens', 'Militär', 'Wahl', 'Handels',
  'Polizei', 'Geheimdienst', 'Finanz', 'Rüstungs', 'Hilfs', 'Außen', 'Justiz', 'Migrations', 'Klima', 'Medien',
  'Terror', 'Luftwaffen', 'Marine', 'Cyber', 'Versorgungs', 'Wiederaufbau', 'Rückkehrer', 'Gefangenen', 'Bündnis', 'Öl',
  'Gas', 'Strom', 'Wasser', 'Getreide', 'Dünger', 'Hafen', 'Bahn', 'Flug', 'Zoll', 'Steuer', 'Renten', 'Kranken',
  'Schul', 'Hochschul', 'Forschungs', 'Wohnungs', 'Miet', 'Bau', 'Verkehrs', 'Straßen', 'Brücken', 'Küsten',
  'Wald', 'Agrar', 'Fischerei', 'Tourismus', 'Export', 'Import', 'Kredit', 'Banken', 'Währungs', 'Schulden',
];
const compoundTails = [
  'abkommen', 'gesetz', 'konferenz', 'bericht', 'mission', 'programm', 'reform', 'gipfel', 'verhandlungen', 'ausschuss',
  'strategie', 'bündnis', 'krise', 'sanktionen', 'kontrolle', 'untersuchung', 'debatte', 'einsatz', 'plan', 'fonds',
  'mandat', 'resolution', 'lieferungen', 'register', 'behörde', 'streit', 'paket', 'zentrum', 'netzwerk', 'offensive',
  'verordnung', 'richtlinie', 'novelle', 'gutachten', 'studie', 'prognose', 'statistik', 'bilanz', 'quote', 'grenze',
  'abgabe', 'zuschuss', 'prämie', 'verbot', 'pflicht', 'lücke', 'skandal', 'affäre', 'prozess', 'urteil',
  'beschluss', 'vorlage', 'entwurf', 'kommission', 'rat', 'gremium', 'verband', 'initiative', 'kampagne', 'dialog',
];
const compoundMiddles = [
  '', '', '', '', 'schutz', 'kontroll', 'sicherungs', 'hilfe', 'pflicht', 'melde', 'aufsichts', 'förder', 'planungs',
  'prüf', 'versorgungs', 'notfall', 'übergangs', 'sonder', 'rahmen', 'reform',
];

/** The parts the generator's compounds are made of: first part, optional middle, last part. */
export const compoundParts = { heads: compoundHeads, middles: compoundMiddles, tails: compoundTails } as const;

/**
 * German compound nouns, ordered by Zipf rank. They give the corpus a vocabulary that keeps
 * growing with its size, as real news does, instead of the few hundred words of the seeds.
 */
export function generateVocabulary(seed: number): string[] {
  const random = createRandom(streamSeed(seed, -2));
  const words = compoundHeads.flatMap((head) => compoundMiddles.flatMap((middle) => compoundTails.map((tail) => `${head}${middle}${tail}`)));
  return shuffled(random, [...new Set(words)]);
}

/** Publishers of captured pages, most frequent first: a dozen. */
export const defaultOutlets = [
  'dpa', 'Der Spiegel', 'Süddeutsche Zeitung', 'RND', 'Die Zeit', 'FAZ', 'Der Tagesspiegel', 'Handelsblatt', 'taz',
  'Die Welt', 'Deutsche Welle', 'tagesschau',
];
/** Agencies and outlets texts are credited to, most frequent first. */
export const defaultOrigins = ['dpa', 'AFP', 'Reuters', 'AP', 'epd', 'KNA', 'Sputnik'];

/** What the generator draws from; all names are canonical registry names. */
export interface CorpusInput {
  seed: number;
  prose: SeedProse;
  people: readonly string[];
  places: readonly string[];
  organisations: readonly string[];
  outlets?: readonly string[];
  origins?: readonly string[];
  vocabulary: readonly string[];
  /** Share of texts that get editorial facts; the rest have none. */
  factsShare?: number;
  /** First and last year of the dates. */
  years?: [number, number];
}

/** One generated source: its file name, its raw text, its facts (if the editors had any). */
export interface GeneratedSource {
  file: string;
  text: string;
  facts?: SourceFacts;
  /** Invented people the text names, for the manifest. */
  people: string[];
}

const weekdays = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const subjects = [
  'neuen Anschlägen', 'einer Eskalation', 'einem Scheitern der Gespräche', 'steigenden Kosten', 'einem Machtvakuum',
  'weiteren Sanktionen', 'einer Rückkehr der Kämpfer', 'neuen Fluchtbewegungen',
];
const verbsPast = ['bestätigte', 'kritisierte', 'verteidigte', 'begrüßte', 'bezweifelte', 'kommentierte'];

/** A sentence that names people, places, organisations and a compound from the vocabulary. */
function entitySentence(random: Random, draw: Draws, named: Set<string>): string {
  const person = draw.person(random);
  named.add(person);
  const place = draw.place(random);
  const other = draw.place(random);
  const organisation = draw.organisation(random);
  const word = draw.word(random);
  const amount = randomInt(random, 2, 990) * (chance(random, 0.5) ? 10 : 1);
  const quote = pick(random, draw.prose.sentences).replace(/[„“"]/g, '').replace(/[.!?]$/, '');
  const templates = [
    () => `„${quote}“, sagte ${person} am ${pick(random, weekdays)} in ${place}.`,
    () => `${person} traf sich in ${place} mit Vertretern von ${organisation}, um über das ${word} zu sprechen.`,
    () => `Nach Angaben von ${person} sind in ${place} rund ${amount} Menschen von dem ${word} betroffen.`,
    () => `Wie es bei ${organisation} hieß, soll das ${word} noch in diesem Jahr auch in ${other} gelten.`,
    () => `${person} warnte vor ${pick(random, subjects)} in ${place} und ${other}.`,
    () => `Das ${word} ${pick(random, ['sei', 'bleibe', 'gilt als'])} umstritten, sagte ${person}; ${organisation} ${pick(random, verbsPast)} den Plan.`,
    () => `Beobachter in ${place} rechnen damit, dass das ${word} rund ${amount} Millionen Euro kosten wird.`,
  ];
  return pick(random, templates)();
}

interface Draws {
  prose: SeedProse;
  person: (random: Random) => string;
  place: (random: Random) => string;
  organisation: (random: Random) => string;
  outlet: (random: Random) => string;
  origin: (random: Random) => string;
  word: (random: Random) => string;
}

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

function headline(random: Random, draw: Draws, named: Set<string>): string {
  const person = draw.person(random);
  const place = draw.place(random);
  const word = draw.word(random);
  const surname = person.split(' ').at(-1)!;
  const templates = [
    () => { named.add(person); return `${person} warnt vor ${pick(random, subjects)}`; },
    () => `Streit um ${capitalised(word)} in ${place}`,
    () => `${place}: Neue Gespräche über das ${word}`,
    () => { named.add(person); return `${surname} ${pick(random, verbsPast)} ${word}`; },
    () => `${draw.organisation(random)} kündigt ${word} an`,
  ];
  return pick(random, templates)();
}

function paragraph(random: Random, draw: Draws, named: Set<string>): string {
  if (chance(random, 0.25)) return pick(random, draw.prose.paragraphs);
  const sentences: string[] = [];
  const length = randomInt(random, 1, 4);
  for (let index = 0; index < length; index++) {
    sentences.push(chance(random, 0.4) ? entitySentence(random, draw, named) : pick(random, draw.prose.sentences));
  }
  return sentences.join(' ');
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function germanDate(date: Date): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${date.getUTCFullYear()}`;
}

/** The junk line kinds, each as it appears in real captures. */
function junkLine(random: Random, draw: Draws, kind: number): string[] {
  switch (kind) {
    case 0: return ['  • Teilen per:', '  • Teilen per:'];
    case 1: return [`Lesen Sie auch: ${headline(random, draw, new Set())}`];
    case 2: return ['Anzeige'];
    case 3: return ['\u00a0'];
    case 4: return [`${randomInt(random, 2, 480)} Kommentare`];
    case 5: return ['Jetzt abonnieren und weiterlesen'];
    case 6: return [pick(random, ['Politik', 'Ausland', 'Nachrichten', 'Startseite > Politik > Ausland'])];
    default: return [`Mehr: ${pick(random, draw.prose.sentences)}`];
  }
}

/**
 * Makes source number `index` of the corpus. Calls for the same input and index always return
 * the same source, independently of other indexes.
 */
export function generateSource(input: CorpusInput, index: number, draws = createDraws(input)): GeneratedSource {
  const random = createRandom(streamSeed(input.seed, index));
  const [firstYear, lastYear] = input.years ?? [2010, 2024];
  const named = new Set<string>();
  const lines: string[] = [];
  const hex = Array.from({ length: 4 }, () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0')).join('');
  const file = `${String(index).padStart(6, '0')}_${hex}.txt`;

  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear + 1, 0, 1) - start;
  const date = new Date(start + Math.floor(random() * (span / 86_400_000)) * 86_400_000);
  const outlet = draws.outlet(random);
  const origins = chance(random, 0.6) ? [draws.origin(random)] : [];
  const ownHeadline = chance(random, 0.7);

  if (chance(random, 0.15)) lines.push(...junkLine(random, draws, 6), '');
  if (chance(random, 0.1)) lines.push(`${germanDate(date)}, ${randomInt(random, 6, 22)}:${String(randomInt(random, 0, 59)).padStart(2, '0')} Uhr`, '');
  const title = headline(random, draws, named);
  if (ownHeadline) lines.push(title, '');
  if (chance(random, 0.5)) lines.push(entitySentence(random, draws, named), '');
  if (chance(random, 0.2)) lines.push(...junkLine(random, draws, 0));
  if (chance(random, 0.25)) {
    const credit = chance(random, 0.5) ? `${draws.origin(random)}` : `${draws.origin(random)}/${pick(random, firstNames)} ${pick(random, lastNames)}`;
    lines.push(`${pick(random, ['US-Soldaten', 'Eine Kundgebung in der Hauptstadt', 'Der Ort des Anschlags', 'Delegierte bei der Konferenz'])}`, `© ${credit}`);
  }
  if (chance(random, 0.3)) lines.push(draws.place(random), '');

  const paragraphs = randomInt(random, 4, 11);
  for (let number = 0; number < paragraphs; number++) {
    lines.push(paragraph(random, draws, named), '');
    if (number > 1 && chance(random, 0.08)) lines.push(`${capitalised(draws.word(random))} in der Kritik`, '');
    if (chance(random, 0.12)) lines.push(...junkLine(random, draws, randomInt(random, 1, 7)), '');
  }
  if (origins.length > 0) {
    lines.push(pick(random, [`Von ${outlet}/${origins[0]}`, `Quelle: ${origins[0]}`, `(${origins[0]!.toLowerCase()})`]), '');
  }
  if (chance(random, 0.1)) lines.push(`© ${outlet} GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?`);
  if (chance(random, 0.1)) lines.push('Zur Startseite');
  if (chance(random, 0.05)) lines.push(`-${Array.from({ length: 101 }, (_, percent) => `${percent}%`).join('')}`);

  const source: GeneratedSource = { file, text: `${lines.join('\n').trimEnd()}\n`, people: [...named].sort() };
  if (chance(random, input.factsShare ?? 0.85)) {
    const precision = chance(random, 0.85) ? 'day' : 'month';
    const facts: SourceFacts = {
      outlet,
      ...(origins.length > 0 ? { origins } : {}),
      date: precision === 'day' ? isoDay(date) : isoDay(date).slice(0, 7),
      datePrecision: precision,
      dateBasis: chance(random, 0.7) ? 'verified' : 'estimated',
      ...(!ownHeadline && chance(random, 0.7) ? { title } : {}),
      ...(chance(random, 0.3) ? { archivedUrl: `https://archiv.example/${date.getUTCFullYear()}/${hex}` } : {}),
      ...(chance(random, 0.03) ? { editorNotes: ['Der Text nennt an zwei Stellen unterschiedliche Zahlen; die Redaktion hat sie nicht geprüft.'] } : {}),
    };
    source.facts = facts;
  }
  return source;
}

/** The Zipf draws of a corpus input; build once and pass to `generateSource` for speed. */
export function createDraws(input: CorpusInput): Draws {
  return {
    prose: input.prose,
    person: createZipf(input.people, 1),
    place: createZipf(input.places, 1),
    organisation: createZipf(input.organisations, 1),
    outlet: createZipf(input.outlets ?? defaultOutlets, 1),
    origin: createZipf(input.origins ?? defaultOrigins, 1),
    word: createZipf(input.vocabulary, 1),
  };
}

/** What `buildCorpusInput` needs: the seed texts and the names the registries know. */
export interface CorpusNames {
  seedTexts: readonly string[];
  /** Canonical people names (invented ones are added in front of them). */
  people: readonly string[];
  places: readonly string[];
  organisations: readonly string[];
}

/**
 * The generator's input for a seed value: seed prose, `peopleCount` invented people ahead of the
 * registry's, and places and organisations in a seeded Zipf order.
 */
export function buildCorpusInput(seed: number, names: CorpusNames, peopleCount = 300): { input: CorpusInput; invented: Person[] } {
  const random = createRandom(streamSeed(seed, -3));
  const invented = generatePeople(seed, peopleCount);
  const input: CorpusInput = {
    seed,
    prose: splitSeedProse(names.seedTexts),
    people: [...invented.map((person) => person.name), ...names.people],
    places: shuffled(random, names.places),
    organisations: shuffled(random, names.organisations),
    vocabulary: generateVocabulary(seed),
  };
  return { input, invented };
}

/** The sources `0 … count-1`, one at a time, so a large corpus never sits in memory. */
export function* generateSources(input: CorpusInput, count: number): Generator<GeneratedSource> {
  const draws = createDraws(input);
  for (let index = 0; index < count; index++) yield generateSource(input, index, draws);
}

/**
 * One facts entry as a line of flow-style YAML (JSON is YAML), so `sources.yaml` can be written
 * while streaming.
 */
export function factsLine(file: string, facts: SourceFacts): string {
  return `${JSON.stringify(file)}: ${JSON.stringify(facts)}\n`;
}
