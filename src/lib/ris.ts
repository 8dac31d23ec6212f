/**
 * RIS (Research Information Systems) for one archived article, the exchange format of Zotero,
 * EndNote and Citavi: type `NEWS`, one `TAG  - value` line per field, CRLF line endings, `ER`
 * last. `DA` carries the date at its precision (`2019/08//`) and says "geschätzt" in its free-text
 * part when an editor estimated it.
 */
import { citationNote, type CitationRecord } from './citation.ts';

/** One RIS line; line breaks inside a value would end the field, so they become spaces. */
export function risLine(tag: string, value: string): string {
  if (!/^[A-Z][A-Z0-9]$/.test(tag)) throw new Error(`risLine: "${tag}" is not a RIS tag`);
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

/** `YYYY/MM/DD/other`, with empty parts for what is not known. */
export function risDate(record: CitationRecord): string | undefined {
  const { date } = record;
  if (date === null) return undefined;
  const pad = (value: number | undefined) => (value === undefined ? '' : String(value).padStart(2, '0'));
  return `${date.year}/${pad(date.month)}/${pad(date.day)}/${date.estimated ? 'geschätzt' : ''}`;
}

/** The record, CRLF line endings, ending with the `ER` line. */
export function formatRis(record: CitationRecord): string {
  const lines = [risLine('TY', 'NEWS'), risLine('ID', record.id), risLine('TI', record.title)];
  if (record.author !== null) lines.push(risLine('AU', record.author));
  if (record.container !== null) lines.push(risLine('T2', record.container));
  const date = risDate(record);
  if (record.date !== null && date !== undefined) {
    lines.push(risLine('PY', String(record.date.year)), risLine('DA', date));
  }
  lines.push(
    risLine('UR', record.url),
    risLine('LA', 'de'),
    risLine('DB', record.archive),
    risLine('N1', citationNote(record)),
    'ER  - ',
  );
  return `${lines.join('\r\n')}\r\n`;
}
