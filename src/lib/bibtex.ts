/**
 * BibTeX for one archived article, readable by classic BibTeX and by biblatex: a `@misc` entry with
 * the outlet as corporate author (double braces, so it is never split into first and last names),
 * the title in double braces so styles keep German capitalisation, `year`/`month` for BibTeX and
 * `date` for biblatex, where a trailing `~` marks an estimated date (ISO 8601-2 "circa").
 */
import { citationNote, type CitationRecord } from './citation.ts';

const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * Escapes the characters (La)TeX treats specially, so a value is printed as written. Non-ASCII
 * letters stay as they are: BibTeX files are UTF-8 today.
 */
export function escapeBibtex(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\\{}$&%#_^~]/g, (char) => ({
      '\\': '\\textbackslash{}',
      '{': '\\{',
      '}': '\\}',
      $: '\\$',
      '&': '\\&',
      '%': '\\%',
      '#': '\\#',
      _: '\\_',
      '^': '\\textasciicircum{}',
      '~': '\\textasciitilde{}',
    })[char]!);
}

/** A citation key from an id: letters, digits, `-`, `_` and `:` only. */
export function bibtexKey(id: string): string {
  return `nachrichtenarchiv:${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** ISO date at the known precision, with `~` when estimated; biblatex's `date` field. */
function bibtexDate(record: CitationRecord): string | undefined {
  const { date } = record;
  if (date === null) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  const iso = [String(date.year), date.month === undefined ? undefined : pad(date.month), date.day === undefined ? undefined : pad(date.day)]
    .filter((part) => part !== undefined).join('-');
  return date.estimated ? `${iso}~` : iso;
}

/** The entry, fields aligned, ending in a newline. */
export function formatBibtex(record: CitationRecord): string {
  const fields: [string, string][] = [];
  if (record.author !== null) fields.push(['author', `{{${escapeBibtex(record.author)}}}`]);
  fields.push(['title', `{{${escapeBibtex(record.title)}}}`]);
  if (record.container !== null) fields.push(['howpublished', `{${escapeBibtex(record.container)}}`]);
  if (record.date !== null) {
    fields.push(['year', `{${record.date.year}}`]);
    if (record.date.month !== undefined) fields.push(['month', monthMacros[record.date.month - 1]!]);
    fields.push(['date', `{${bibtexDate(record)}}`]);
  }
  // biblatex reads `url` verbatim; classic styles with the url package do too.
  fields.push(['url', `{${record.url.replace(/[{}]/g, encodeURIComponent)}}`]);
  fields.push(['language', '{german}']);
  fields.push(['note', `{${escapeBibtex(citationNote(record))}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@misc{${bibtexKey(record.id)},\n${body}\n}\n`;
}
