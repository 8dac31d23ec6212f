/**
 * An article as a file of its own: Markdown (YAML frontmatter with the source facts and the
 * citation, the headline, the standfirst, the body as archived) and plain text (the same without
 * markup). The headline and standfirst go through `mdast-util-to-markdown`, which escapes what
 * Markdown would misread ("3. Oktober …" as a list, "Lehrer*innen" as emphasis).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import { parseMarkdown } from './markdown-config.ts';

export interface ArticleTextInput {
  title: string;
  kicker?: string | undefined;
  standfirst?: string | undefined;
  /** "RND, nach dpa". */
  sourceLine: string;
  /** "2. August 2019, geschätzt". */
  dateLabel: string;
  /** Permanent address in the archive. */
  url: string;
  /** The ready citation as plain text. */
  citation: string;
  /** Facts for the frontmatter, in the order given; undefined and null values are left out. */
  facts: Record<string, unknown>;
  /** Markdown body as archived. */
  body: string;
  /** The body as plain text (`markdownToPlainText(body)`) when the caller has it already. */
  bodyText?: string | undefined;
}

/** The Markdown file, `\n` line endings, ending in one newline. */
export function articleMarkdown(input: ArticleTextInput): string {
  const facts = Object.fromEntries(Object.entries({ ...input.facts, url: input.url, citation: input.citation })
    .filter(([, value]) => value !== undefined && value !== null));
  const text = (value: string): PhrasingContent => ({ type: 'text', value });
  const paragraph = (child: PhrasingContent): RootContent => ({ type: 'paragraph', children: [child] });
  const header: Root = {
    type: 'root',
    children: [
      ...(input.kicker ? [paragraph({ type: 'strong', children: [text(input.kicker)] })] : []),
      { type: 'heading', depth: 1, children: [text(input.title)] },
      ...(input.standfirst ? [paragraph({ type: 'emphasis', children: [text(input.standfirst)] })] : []),
      paragraph(text(`${input.sourceLine} · ${input.dateLabel}`)),
    ],
  };
  return `---\n${stringifyYaml(facts, { lineWidth: 0 })}---\n\n${toMarkdown(header).trimEnd()}\n\n${input.body.trim()}\n`;
}

/** Text of a Markdown node and its children; line breaks stay line breaks. */
function plainText(node: RootContent | Root): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'list') return node.children.map((item) => `– ${plainText(item)}`).join('\n');
  if (!('children' in node)) return '';
  const separator = node.type === 'listItem' || node.type === 'blockquote' || node.type === 'root' ? '\n\n' : '';
  return (node.children as RootContent[]).map(plainText).join(separator);
}

/** A parsed Markdown body as plain text: one paragraph per block, blank lines between. */
export function mdastPlainText(tree: Root): string {
  return tree.children.map(plainText).filter((text) => text.trim() !== '').join('\n\n');
}

/** The Markdown body as plain text (`mdastPlainText` of the site's parse, `parseMarkdown`). */
export function markdownToPlainText(markdown: string): string {
  return mdastPlainText(parseMarkdown(markdown));
}

/** The plain-text file, `\n` line endings, ending in one newline. */
export function articlePlainText(input: ArticleTextInput): string {
  const blocks = [
    [input.kicker, input.title].filter(Boolean).join('\n'),
    `${input.sourceLine} · ${input.dateLabel}`,
    input.standfirst,
    input.bodyText ?? markdownToPlainText(input.body),
    `Dauerhafter Link: ${input.url}\nZitiervorschlag: ${input.citation}`,
  ];
  return `${blocks.filter((block) => block !== undefined && block.trim() !== '').join('\n\n')}\n`;
}
