/**
 * The line rules of the segment stage, one per kind of line. Every rule looks at the line itself
 * (and for a few, its neighbours), never at the file it came from: the next outlet's junk must fall
 * to the same rules. Each rule has a name, which is recorded for every line it drops.
 */

import { firstNames } from './extract/lexicon.ts';
import { countWordsUpTo } from './words.ts';

export { countWords, countWordsUpTo } from './words.ts';

/** Whitespace, closing quotes and brackets: what may follow a line's last significant character. */
const closing = /[\s"“”„«»‹›'’)\]]/u;

/** A line's last character before any closing quotes or brackets. */
function lastSignificantChar(line: string): string {
  let end = line.length;
  while (end > 0 && closing.test(line[end - 1]!)) end -= 1;
  return line.slice(end - 1, end);
}

/** True when a line ends like a sentence (period, colon, semicolon, comma). */
export function endsLikeSentence(line: string): boolean {
  return /[.:;,]/.test(lastSignificantChar(line));
}

/** A junk rule: a name and a test on the whole line. */
interface LineRule {
  name: string;
  test: (line: string) => boolean;
}

const SHARE_WORDS =
  /^(?:[•·▪*–-]\s*)?(?:(?:artikel |jetzt |seite )?teilen(?: per| auf| via| mit)?|auf (?:facebook|twitter|x|whatsapp|linkedin|xing|telegram|bluesky|threads) teilen|per (?:e-?mail|whatsapp|messenger) (?:teilen|versenden|senden)|share|tweet|twittern|(?:artikel )?drucken|link kopieren|(?:artikel )?merken|(?:artikel )?verschenken|kommentieren|kommentare(?: anzeigen)?|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|xing|pinterest|flipboard|pocket|reddit|bluesky|threads|mastodon|feedback|senden|x|permalink|zur merkliste(?: hinzufügen)?|merkliste|artikel verschenken|versenden)\b/i;

/** Lines that are page furniture and never part of an article. */
export const JUNK_RULES: readonly LineRule[] = [
  {
    name: 'share-widget',
    test: (line) => SHARE_WORDS.test(line) && countWordsUpTo(line, 6) <= 6 && !/[.!?]$/.test(line),
  },
  {
    name: 'related-teaser',
    test: (line) =>
      /^(?:[•·▪*–-]\s*)?(?:lesen sie (?:auch|mehr|hier|dazu)|auch interessant|ebenfalls interessant|mehr zum thema|mehr dazu|mehr|weiterlesen|weitere artikel|das könnte sie (?:auch )?interessieren|zum thema|siehe auch|hören sie auch|sehen sie auch|passend dazu|empfehlung(?:en)?|top-themen|meistgelesen|video|audio|podcast|galerie|bildergalerie|live-?ticker|liveblog)\s*:/i.test(
        line,
      ),
  },
  {
    name: 'navigation',
    test: (line) =>
      /^(?:zur [\p{L}-]*startseite|zurück(?: zur (?:übersicht|startseite))?|nach oben|startseite|home|impressum|datenschutz(?:erklärung)?|kontakt|menü|suche|navigation|mehr anzeigen|mehr laden|alle artikel|zum artikel|zur übersicht|weiter(?:lesen)?|mehr|artikel anhören|vorlesen|anhören|schließen)$/iu.test(
        line,
      ),
  },
  {
    name: 'advertisement',
    test: (line) => /^(?:anzeige|werbung|sponsored|advertisement|promotion|gesponsert)$/i.test(line),
  },
  {
    name: 'subscription',
    test: (line) =>
      /^(?:jetzt (?:abonnieren|abonnent werden|registrieren|anmelden|testen|lesen)|newsletter\b|abonnieren|abo(?:nnement)?\b|zum newsletter|melden sie sich|registrieren sie sich|dieser artikel ist (?:nur )?für abonnenten|exklusiv für abonnenten|plus-artikel)/i.test(
        line,
      ) && countWordsUpTo(line, 15) <= 15,
  },
  {
    name: 'audio-player',
    test: (line) =>
      /^(?:artikel (?:an)?hören|(?:jetzt )?anhören|hören sie (?:hier )?(?:die audioversion|den artikel)|audioversion|player schließen|vorlesen lassen|artikel vorlesen)/i.test(line) &&
      countWordsUpTo(line, 10) <= 10,
  },
  {
    name: 'comment-counter',
    test: (line) => /^\d[\d.]*\s+(?:kommentare?|postings?|reaktionen|comments?|leserkommentare?)$/i.test(line) || /^zum forum$/i.test(line),
  },
  {
    name: 'paywall-marker',
    test: (line) =>
      (/^(?:[\p{L}-]+ )?(?:plus|\+)$/iu.test(line) && countWordsUpTo(line, 3) <= 3) ||
      (countWordsUpTo(line, 15) <= 15 && /\b(?:testen|abonnieren|abo)\b.*\d+,\d{2}\s?(?:€|euro)/i.test(line)) ||
      /in ihr(?:em|e|er) (?:postfach|mailbox|posteingang)/i.test(line),
  },
  {
    name: 'donation-appeal',
    test: (line) => /^jetzt unterstützen$|journalismus braucht (?:ihre )?unterstützung|unterstützen sie (?:uns|unabhängigen journalismus)|zahl ich$/i.test(line),
  },
  {
    name: 'programme-reference',
    test: (line) => /^(?:dieses thema im programm|sendungsbezug|über dieses thema berichtete|mehr zu diesem thema im programm)\b/i.test(line),
  },
  {
    name: 'hashtag',
    test: (line) => /^(?:#[\p{L}\p{N}_-]+\s*)+$/u.test(line),
  },
  {
    name: 'section-label',
    test: (line) =>
      /^(?:politik|wirtschaft|sport|kultur|panorama|ausland|inland|meinung|regional|lokales|wissen|gesellschaft|digital|nachrichten|news|themen|schlagworte|tags)$/i.test(line) ||
      // A breadcrumb ("Startseite > Politik > Ausland"): short, no sentence, only separators between names.
      (countWordsUpTo(line, 8) <= 8 && !/[.!?,;:]/.test(line) && /^[^>›]+(?: [>›] [^>›]+)+$/.test(line)),
  },
  {
    name: 'reading-progress',
    test: (line) => /^-?(?:\d{1,3}\s?%\s?){3,}$/.test(line),
  },
  {
    name: 'reading-time',
    test: (line) => /^(?:lesezeit|lesedauer|hördauer)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten|\.)?|sek\.?)\.?$/i.test(line),
  },
  {
    name: 'timestamp',
    test: (line) =>
      /^(?:stand|aktualisiert(?: am)?|veröffentlicht(?: am)?|zuletzt aktualisiert(?: am)?|erstellt(?: am)?|datum)\s*:?\s*\d{1,2}\.\s?(?:\d{1,2}\.|[a-zä]+)\s?\d{2,4}\b.{0,30}$/i.test(line) ||
      /^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s*(?:um\s)?\d{1,2}[:.]\d{2}(?:\s?uhr)?)?$/i.test(line) ||
      /^\d{1,2}\.\s?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s+\d{4}(?:,?\s*(?:um\s)?\d{1,2}[:.]\d{2}(?:\s?uhr)?)?$/i.test(line) ||
      /^\d{1,2}\.\d{1,2}\.\d{2,4}\s*[|•·]\s*(?:stand|aktualisiert)\b.{0,40}$/i.test(line),
  },
  {
    name: 'image-counter',
    test: (line) => /^(?:bild|foto|seite) \d+ (?:von|\/) \d+$/i.test(line),
  },
  {
    name: 'punctuation-only',
    test: (line) => /^[\p{P}\p{S}\s]+$/u.test(line),
  },
];

/**
 * Headers of a block of teaser links ("Mehr zum Thema", "Die Redaktion empfiehlt", "Weiterlesen:").
 * The short link lines that follow such a header are teasers too.
 */
export function isRelatedHeader(line: string): boolean {
  return /^(?:lesen sie (?:auch|mehr|hier|dazu)(?: zum thema)?|auch interessant|mehr zum thema|mehr dazu|mehr aus (?:dem|der) .{1,30}|weiterlesen|weitere artikel|weitere nachrichten(?: aus .{1,40})?|das könnte sie (?:auch )?interessieren|die redaktion empfiehlt|empfehlungen der redaktion|zum thema|siehe auch|passend dazu|top-themen|meistgelesen|meistgelesene artikel|themen des tages|verwandte themen|ähnliche artikel)\s*:?$/i.test(
    line,
  );
}

/** Copyright lines, kept as the entry's rights statement. */
export function isRightsLine(line: string): boolean {
  return (
    /alle rechte vorbehalten|all rights reserved|nutzungsrechte|rechte(?:inhaber)? (?:bei|liegen)/i.test(line) ||
    /^(?:©|\(c\)|copyright)\s*.*(?:gmbh|\bag\b|verlag|dpa-infocom|media group|kg\b)/i.test(line)
  );
}

/** Photo credit on a line of its own: "© Sputnik/…", "Foto: imago images/…", "Bild: picture alliance/dpa". */
export function matchPhotoCredit(line: string): string | undefined {
  const match = /^(?:©|\(c\)|copyright\b|fotos?\s*:|bild(?:er|quelle)?\s*:|photo\s*:|foto\s*©)\s*(.{1,100})$/i.exec(line);
  if (!match || isRightsLine(line) || countWordsUpTo(line, 12) > 12) return undefined;
  return match[1]!.trim();
}

/** Byline or source credit: "Von RND/dpa", "Quelle: Sputniknews", "(dpa)", "Ein Kommentar von …". */
export function isCreditLine(line: string): boolean {
  if (endsLikeSentence(line) && !/\)$/.test(line)) return false;
  return (
    (/^(?:von|ein (?:kommentar|gastbeitrag|bericht|interview|essay|gastkommentar) von|text|autor(?:in)?|autoren|mitarbeit|recherche)\b:?\s+\S/i.test(line) &&
      countWordsUpTo(line, 8) <= 8) ||
    (/^(?:quelle|quellen|mit material von|material von|mit informationen von)\s*:?\s+\S/i.test(line) && countWordsUpTo(line, 10) <= 10) ||
    /^\(?(?:dpa|afp|ap|reuters|kna|epd|apa|sda|dts|ddp|sid|ots)(?:\s*[/,]\s*[a-z]+)*\)?$/i.test(line) ||
    // Editors' initials, often with agencies: "kle/se (afp, rtr, epd)", "jwe/ju".
    /^[a-z]{2,4}(?:\/[a-z]{2,4})+(?:\s*\([\p{L}, ]{2,40}\))?$/u.test(line) ||
    // An author's signature with date: "(Laura Wieser, 13.10.2024)".
    /^\((?:\p{Lu}[\p{L}.-]+ ){1,3}?\p{Lu}[\p{L}.-]+,\s*\d{1,2}\.\d{1,2}\.\d{2,4}\)$/u.test(line)
  );
}

/**
 * A line holding nothing but a person's name ("Laura Wieser"): the byline pages print without "Von".
 * Told by a known first name, so a place name ("Frankfurt am Main") is not taken for a person.
 */
export function isBareAuthorName(line: string): boolean {
  // Five parts are enough to know there are too many.
  const words = line.split(' ', 5);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => /^\p{Lu}[\p{Ll}'’-]+\.?$/u.test(word) || /^(?:von|van|de|der|al|el|bin)$/.test(word))) return false;
  return firstNames.has(words[0]!.toLowerCase());
}

/** A caption with its credit run together: "… bislang auf Syrien und den Irak. Quelle: dpa". */
export function matchInlineCaptionCredit(line: string): { text: string; credit: string } | undefined {
  const match = /^(.{3,}?)\s+(?:quelle|foto|fotos|bild|bildquelle|grafik)\s*:\s*([^.!?]{1,60})$/i.exec(line);
  if (!match) return undefined;
  return { text: match[1]!.trim(), credit: match[2]!.trim() };
}

/** Short, at most one sentence: what a caption above a photo credit looks like. */
export function isCaptionLike(line: string): boolean {
  if (countWordsUpTo(line, 25) > 25) return false;
  const sentenceEnds = line.replace(/[.!?]["“”»]?$/u, '').match(/[.!?]\s+\p{Lu}/gu)?.length ?? 0;
  return sentenceEnds === 0;
}

/** Short, no final period: a headline, kicker or subheading rather than a paragraph. */
export function isHeadingLike(line: string, maxWords = 20): boolean {
  // The cheap tests first: most lines are paragraphs that end in a period.
  if (line.length > 200 || endsLikeSentence(line)) return false;
  const words = countWordsUpTo(line, maxWords);
  return words >= 1 && words <= maxWords;
}

/** Words that follow a function word in a dateline ("Frankfurt am Main", "Halle an der Saale"). */
const DATELINE_CONNECTORS = new Set(['am', 'an', 'der', 'im', 'in', 'bei', 'ob', 'vor', 'de', 'la', 'el']);
/** Words that open German sentences; a capitalised word before one of them is a run-in dateline. */
const SENTENCE_OPENERS = new Set(
  (
    'Nach Die Der Das Den Dem Des Im In Bei Mit Ein Eine Einer Eines Am Auf Aus Für Vor Seit Wegen Trotz Als Wie Wo Wann ' +
    'Es Er Sie Wir Ich Man Zum Zur Unter Über Nachdem Weil Während Obwohl Bis Um Ohne Gegen Durch Laut Zwar Noch Erst ' +
    'Auch Nun Jetzt Heute Gestern Morgen Bereits Schon Mehr Mehrere Viele Rund Etwa Fast Knapp Insgesamt Zuvor Damit ' +
    'Dabei Dazu Doch Aber Und Bislang Seither Inzwischen Mittlerweile Angesichts Zwei Drei Vier Fünf Zehn Hunderte Tausende'
  ).split(' '),
);

/** True for a token that can be part of a place name in a dateline. */
function isDatelineWord(word: string, index: number): boolean {
  if (index > 0 && DATELINE_CONNECTORS.has(word)) return true;
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(word) && !SENTENCE_OPENERS.has(word);
}

/** A dateline on a line of its own: "Washington", "Frankfurt am Main", "Berlin (dpa)". */
export function matchStandaloneDateline(line: string): { place: string; agency?: string } | undefined {
  const match = /^(.+?)(?:\s*\(([\p{L}/ ,-]{2,20})\))?$/u.exec(line);
  if (!match) return undefined;
  const words = match[1]!.split(' ');
  if (words.length > 4 || !words.every(isDatelineWord)) return undefined;
  if (!/^\p{Lu}/u.test(words.at(-1)!)) return undefined;
  return { place: match[1]!, ...(match[2] ? { agency: match[2] } : {}) };
}

/**
 * A dateline run into the first sentence: "Washington Nach den …", "Berlin (dpa) - Die …",
 * "Wien – Die …". Returns the dateline and the paragraph without it.
 */
export function matchRunInDateline(
  paragraph: string,
): { place: string; agency?: string; rest: string } | undefined {
  const words = paragraph.split(' ');
  for (let length = 1; length <= 4 && length < words.length; length++) {
    const head = words.slice(0, length);
    if (!head.every(isDatelineWord)) return undefined;
    if (!/^\p{Lu}/u.test(head.at(-1)!)) continue;
    let rest = words.slice(length).join(' ');
    let agency: string | undefined;
    const agencyMatch = /^\(([\p{L}/ ,-]{2,20})\)\s*/u.exec(rest);
    if (agencyMatch) {
      agency = agencyMatch[1];
      rest = rest.slice(agencyMatch[0].length);
    }
    // "Berlin taz | Am Ende …": the outlet's name between place and text.
    const outletPipe = /^([\p{L}.]{2,20}) \|\s+/u.exec(rest);
    if (!agency && outletPipe) {
      return { place: head.join(' '), agency: outletPipe[1]!, rest: rest.slice(outletPipe[0].length) };
    }
    const dash = /^[-–—:]\s+/.exec(rest);
    if (dash) rest = rest.slice(dash[0].length);
    const nextWord = rest.split(' ')[0] ?? '';
    // Without an agency or a dash, only a sentence opener after the name proves a dateline.
    if ((agency || dash) && /^\p{Lu}/u.test(nextWord)) {
      return { place: head.join(' '), ...(agency ? { agency } : {}), rest };
    }
    if (SENTENCE_OPENERS.has(nextWord)) return { place: head.join(' '), rest };
  }
  return undefined;
}

/** Nouns that carry the topic on a kicker ("Terrorbekämpfung", "Wahlkampf", "Klimapolitik"). */
const KICKER_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ung|heit|keit|schaft|tion|ismus|tät|politik|krise|kampf|streit|gipfel|wahl|debatte|prozess|konflikt|krieg|affäre)$/u;

/**
 * A kicker run into the headline on one line, as page captures print them:
 * "Terrorbekämpfung USA rufen …": a long topic noun, then a headline that starts with a capital.
 */
export function matchRunInKicker(headline: string): { kicker: string; headline: string } | undefined {
  const [first, second, ...rest] = headline.split(' ');
  if (!first || !second || rest.length < 2) return undefined;
  if (first.length < 10 || !KICKER_NOUN.test(first) || !/^\p{Lu}/u.test(second)) return undefined;
  return { kicker: first, headline: [second, ...rest].join(' ') };
}
