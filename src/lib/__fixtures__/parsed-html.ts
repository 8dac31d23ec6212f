/**
 * HTML that the site builds as strings, as a reader's browser parses it: for tests of the list
 * teasers and the article element, which must hold their text as text whatever it contains.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

export interface ParsedElement {
  name: string;
  /** Attributes under hast's property names (`className`, `dataPagefindFilter`), lists joined by spaces. */
  attributes: Record<string, string>;
  /** The text inside, runs of whitespace collapsed and the ends trimmed. */
  text: string;
}

/** Every element of the fragment `html`, in document order. */
export function parsedElements(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const attributes = Object.fromEntries(Object.entries((node as Element).properties).map(([name, value]) => [name, Array.isArray(value) ? value.join(' ') : String(value)]));
      elements.push({ name: node.tagName, attributes, text: textOf(node).replace(/\s+/g, ' ').trim() });
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return elements;
}
