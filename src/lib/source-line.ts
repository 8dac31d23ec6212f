/**
 * How the site names where a text comes from, so readers can judge it: the outlet that published
 * the captured page, then the outlets and agencies it credits ("News Front, nach Sputnik").
 */

/** What the site says when nobody knows who published a text. */
export const unknownOutletLabel = 'Medium unbekannt';

/** Origins other than the publisher itself, in the order given. */
export function creditedOrigins(outlet: string | null, origins: readonly string[]): string[] {
  return [...new Set(origins)].filter((origin) => origin !== outlet);
}

/** One formatter for every call: making one is most of the cost of a call. */
const germanList = new Intl.ListFormat('de', { style: 'long', type: 'conjunction' });

/** German list: "A", "A und B", "A, B und C". */
export function joinGerman(items: readonly string[]): string {
  return germanList.format(items);
}

/** The same list in parts, the items (`element`, in the order given) and the words between them (`literal`), for markup around each item. */
export function germanListParts(items: readonly string[]) {
  return germanList.formatToParts(items);
}

/**
 * "News Front, nach Sputnik"; just the outlet when it credits no one else; "Medium unbekannt,
 * nach dpa" when the publisher is not known.
 */
export function formatSourceLine(outlet: string | null, origins: readonly string[]): string {
  const others = creditedOrigins(outlet, origins);
  const publisher = outlet ?? unknownOutletLabel;
  return others.length === 0 ? publisher : `${publisher}, nach ${joinGerman(others)}`;
}
