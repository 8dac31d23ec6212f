/**
 * Origins from credit lines: bylines ("Von RND/dpa"), source lines ("Quelle: Sputniknews"), photo
 * credits ("Sputnik/David Hizanishvily") and the copyright line ("© Handelsblatt GmbH – Alle Rechte
 * vorbehalten."). Each line is cut into parts at "/", ",", ";", "|", "&" and "und"; a part counts
 * when it names a registry outlet. Parts that name no outlet (a photographer) are ignored.
 */
import type { Outlet } from '../../../src/lib/schema.ts';
import { foldName } from './fold.ts';

const collator = new Intl.Collator('de');

/** Labels in front of the names ("Von", "Quelle:", "Foto:", "©"). */
const labels = /^(?:©|\(c\)|copyright|von|quelle[n]?:?|foto[s]?:?|bild(?:er)?:?|text:?|grafik:?|video:?|mit material von|material:?|nach angaben von)\s*/i;

/** Trailing text after a dash ("– Alle Rechte vorbehalten."). */
const trailer = /\s+[–—-]\s+.*$/;

/** Splits a credit line into the names it lists. */
export function splitCredit(line: string): string[] {
  let rest = line.trim().replace(trailer, '');
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(labels, '').trim();
  }
  return rest
    .split(/\s*(?:\/|,|;|\||&|\bund\b|\+)\s*/)
    .map((part) => part.replace(/[.:]+$/, '').trim())
    .filter(Boolean);
}

/**
 * The canonical outlets a set of credit lines names, sorted with German collation.
 *
 * @param lines credits, copyright line and photo credits as printed
 * @param outlets the outlet registry
 */
export function readOrigins(lines: readonly string[], outlets: readonly Outlet[]): string[] {
  const byForm = outletsByForm(outlets);
  const found = new Set<string>();
  for (const line of lines) {
    for (const part of splitCredit(line)) {
      const words = part.split(/\s+/);
      // The longest leading run of words that names an outlet: "dpa-infocom" no, "Reuters Photo" yes.
      for (let count = words.length; count > 0; count -= 1) {
        const outlet = byForm.get(foldName(words.slice(0, count).join(' ')));
        if (outlet) {
          found.add(outlet);
          break;
        }
      }
    }
  }
  return [...found].sort(collator.compare);
}

const byFormCache = new WeakMap<readonly Outlet[], Map<string, string>>();

/** Folded outlet name or alias → canonical name; built once per registry. */
function outletsByForm(outlets: readonly Outlet[]): Map<string, string> {
  let byForm = byFormCache.get(outlets);
  if (!byForm) {
    byForm = new Map();
    for (const outlet of outlets) for (const form of [outlet.name, ...outlet.aliases]) byForm.set(foldName(form), outlet.name);
    byFormCache.set(outlets, byForm);
  }
  return byForm;
}
