/**
 * CSL-JSON for one archived article, the input format of citeproc (Zotero, Pandoc, Mendeley): an
 * array with one `article-newspaper` item. `issued` holds only the date parts that are known
 * (`[[2019, 8]]` for a month) and `circa` when an editor estimated them; an unknown date has no
 * `issued` at all, so processors print their "n.d."/"o. J.".
 */
import { citationNote, type CitationRecord } from './citation.ts';

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
  circa?: true;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  issued?: CslDate;
  URL: string;
  language: 'de';
  archive: string;
  archive_location: string;
  note: string;
}

/** The `issued` value, or undefined when the date is unknown. */
export function cslDate(record: CitationRecord): CslDate | undefined {
  const { date } = record;
  if (date === null) return undefined;
  const parts: CslDate['date-parts'][0] = date.month === undefined
    ? [date.year]
    : date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day];
  return date.estimated ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** The item, keys in a fixed order. */
export function toCslItem(record: CitationRecord): CslItem {
  const issued = cslDate(record);
  return {
    id: record.id,
    type: 'article-newspaper',
    title: record.title,
    ...(record.author === null ? {} : { author: [{ literal: record.author }] }),
    ...(record.container === null ? {} : { 'container-title': record.container }),
    ...(issued === undefined ? {} : { issued }),
    URL: record.url,
    language: 'de',
    archive: record.archive,
    archive_location: record.id,
    note: citationNote(record),
  };
}

/** A CSL-JSON file: an array of items, indented, ending in a newline. */
export function formatCslJson(records: readonly CitationRecord[]): string {
  return `${JSON.stringify(records.map(toCslItem), null, 2)}\n`;
}
