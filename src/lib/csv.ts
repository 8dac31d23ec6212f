/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF between records, fields that hold a comma, a
 * double quote or a line break enclosed in double quotes with inner quotes doubled. UTF-8 without
 * byte-order mark.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** One field: null and undefined become empty, everything else its string form, quoted if needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and one record per row; every row must have as many fields as the header. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new Error(`formatCsv: row ${index + 1} has ${row.length} fields, the header ${header.length}`);
  });
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
