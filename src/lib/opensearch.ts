/**
 * OpenSearch 1.1 description, so browsers can add the archive as a search engine. The template
 * points at the search page, which reads the query from `?q=`.
 */
import { escapeXml } from './xml.ts';

export interface OpenSearchInput {
  /** At most 16 characters, as the specification asks. */
  shortName: string;
  description: string;
  /** Absolute URL with `{searchTerms}` where the query goes. */
  template: string;
  /** Absolute URL of an icon. */
  icon: string;
}

/** The description document; throws with its name when the template has no `{searchTerms}`. */
export function formatOpenSearch(input: OpenSearchInput): string {
  if (!input.template.includes('{searchTerms}')) throw new Error('formatOpenSearch: template has no {searchTerms}');
  if (input.shortName.length > 16) throw new Error(`formatOpenSearch: short name "${input.shortName}" is longer than 16 characters`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(input.shortName)}</ShortName>`,
    `  <Description>${escapeXml(input.description)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    '  <Language>de</Language>',
    `  <Image type="image/svg+xml">${escapeXml(input.icon)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(input.template)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
