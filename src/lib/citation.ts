/**
 * What a citation of an archived article says, once, for every format: the ready German APA
 * citation on the page and the BibTeX, RIS and CSL-JSON downloads (`bibtex.ts`, `ris.ts`,
 * `csl-json.ts`) all read a `CitationRecord`. Dates are only as exact as they are known, estimated
 * dates say so, and unknown ones become "o. J." (ohne Jahr).
 */
import { effectivePrecision, monthName, parseIsoDate } from './dates.ts';
import type { ArticleFrontmatter } from './schema.ts';
import { creditedOrigins, joinGerman } from './source-line.ts';

export type CitationInput = Pick<ArticleFrontmatter,
  'title' | 'outlet' | 'origins' | 'date' | 'datePrecision' | 'dateBasis' | 'archivedUrl'>;

export interface CitationDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  /** True when an editor estimated the date rather than finding it on the publication. */
  estimated: boolean;
}

export interface CitationRecord {
  /** The article id, stable across title corrections; also the citation key. */
  id: string;
  title: string;
  /** Corporate author: the publishing outlet, or the credited origins when the outlet is unknown. */
  author: string | null;
  /** Name of the publishing outlet (the "newspaper"); null when unknown. */
  container: string | null;
  /** Null when nobody knows when the text appeared. */
  date: CitationDate | null;
  /** Permanent address of the article in this archive. */
  url: string;
  /** Address of the page the text was captured from. */
  originalUrl?: string | undefined;
  /** Outlets and agencies the text is credited to besides the publisher. */
  origins: string[];
  /** Name of the archive that holds the copy. */
  archive: string;
}

/** Builds the record of article `id` whose permanent address is `url`. */
export function buildCitationRecord(id: string, data: CitationInput, url: string, archive: string): CitationRecord {
  const origins = creditedOrigins(data.outlet, data.origins);
  const precision = effectivePrecision(data);
  let date: CitationDate | null = null;
  if (precision !== 'unknown' && data.date !== null) {
    const { year, month, day } = parseIsoDate(data.date);
    date = {
      year,
      month: precision === 'year' ? undefined : month,
      day: precision === 'day' ? day : undefined,
      estimated: data.dateBasis === 'estimated',
    };
  }
  return {
    id,
    title: data.title,
    author: data.outlet ?? (origins.length > 0 ? joinGerman(origins) : null),
    container: data.outlet,
    date,
    url,
    originalUrl: data.archivedUrl,
    origins,
    archive,
  };
}

/** German sentences for a citation's note field: estimated or unknown date, origins, original address. */
export function citationNote(record: CitationRecord): string {
  const sentences: string[] = [];
  if (record.date === null) sentences.push('Erscheinungsdatum unbekannt.');
  else if (record.date.estimated) sentences.push('Erscheinungsdatum von der Archivredaktion geschätzt.');
  if (record.container === null) sentences.push('Veröffentlichendes Medium unbekannt.');
  if (record.origins.length > 0) sentences.push(`Nach ${joinGerman(record.origins)}.`);
  if (record.originalUrl) sentences.push(`Originaladresse: ${record.originalUrl}`);
  sentences.push(`Archiviert im ${record.archive}.`);
  return sentences.join(' ');
}

/** One piece of a formatted citation; `italic` marks the outlet name, as APA sets it. */
export interface CitationSegment {
  text: string;
  italic?: boolean;
}

/** "(2019, 2. August)", "(2019, August)", "(2019)", "(ca. 2019, 2. August)" or "(o. J.)". */
export function formatApaDate(date: CitationDate | null): string {
  if (date === null) return '(o. J.)';
  const circa = date.estimated ? 'ca. ' : '';
  if (date.month === undefined) return `(${circa}${date.year})`;
  const month = monthName(date.month);
  return date.day === undefined ? `(${circa}${date.year}, ${month})` : `(${circa}${date.year}, ${date.day}. ${month})`;
}

/** Ends `text` with a full stop unless it already ends with a sentence mark. */
function sentence(text: string): string {
  return /[.?!…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/**
 * The citation in German APA style (7th edition, as DGPs writes it): "Autor. (Jahr, Tag. Monat).
 * Titel. Medium. URL". The outlet is the corporate author; without one, the title moves to the
 * front, as APA does for works without author.
 */
export function formatApaCitation(record: CitationRecord): CitationSegment[] {
  const segments: CitationSegment[] = [];
  const date = `${formatApaDate(record.date)}.`;
  if (record.author !== null) {
    segments.push({ text: `${sentence(record.author)} ${date} ${sentence(record.title)} ` });
  } else {
    segments.push({ text: `${sentence(record.title)} ${date} ` });
  }
  if (record.container !== null) {
    segments.push({ text: record.container, italic: true });
    segments.push({ text: '. ' });
  }
  segments.push({ text: record.url });
  return segments;
}

/** The APA citation as plain text. */
export function apaCitationText(record: CitationRecord): string {
  return formatApaCitation(record).map((segment) => segment.text).join('');
}

