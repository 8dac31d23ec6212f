/** Escaping for text and attribute values in the XML the site writes (Atom, OpenSearch), and in HTML it builds as strings (list teasers, the article element). */

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, and drops the control characters XML 1.0 does not allow,
 * so any string becomes valid character data or attribute content.
 */
export function escapeXml(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/**
 * The same escaping for HTML built as strings: the five entities are HTML's too (`&apos;` since
 * HTML5), and the control characters it drops are parse errors in HTML.
 */
export const escapeHtml = escapeXml;
