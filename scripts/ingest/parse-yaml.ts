/**
 * YAML parsing for large files. The `yaml` package checks every key of a mapping against all the
 * keys before it, so a facts file of n sources costs n² comparisons: 1.5 s of a 10,000-source
 * ingest, and a hundred times that at 100,000 sources. Here the package parses without that check
 * and the keys are checked afterwards with one set per mapping. Whenever the text has anything the
 * package would complain about (an error, a warning, a repeated key), it is parsed again exactly as
 * `parse` from `yaml` parses it, so every result and every message is the package's own.
 */
import { isScalar, parse, parseDocument, visit, type Document } from 'yaml';

/** Whether any mapping of the document repeats a key in the sense of the package's `uniqueKeys`. */
function hasRepeatedKey(document: Document): boolean {
  let repeated = false;
  visit(document, {
    Map(_, map) {
      // The package counts two keys as one when they are the same node or scalars of the same value.
      // NaN is never equal to itself there but is in a Set: that reparses, which costs only time.
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          repeated = true;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return repeated;
}

/**
 * Parses one YAML document to plain values: the result of `parse(text)` from `yaml`, and its
 * errors (thrown) and warnings (emitted) when there are any, in time linear in the number of keys.
 */
export function parseYaml(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: false });
  if (document.errors.length > 0 || document.warnings.length > 0 || hasRepeatedKey(document)) return parse(text);
  return document.toJS();
}
