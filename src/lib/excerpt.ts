/**
 * A plain-text teaser from a Markdown body for listings: the first paragraph that is not a
 * heading, stripped of Markdown marks and cut at a word boundary.
 */

/** Removes inline Markdown (emphasis, links, escapes) and keeps the words. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Up to `maxLength` characters of the first paragraph, ending in "…" when cut. */
export function excerptFromMarkdown(body: string, maxLength = 220): string {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !block.startsWith('#') && !block.startsWith('>'));
  if (!paragraph) return '';
  const text = stripInlineMarkdown(paragraph);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength)).replace(/[\s,;:–-]+$/, '')} …`;
}
