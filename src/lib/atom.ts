/**
 * Atom 1.0 (RFC 4287) feeds. Every feed and entry has the required `id`, `title` and `updated`;
 * the feed names an author, so entries need not; ids are the permanent https URLs of the pages.
 * RSS is written by `@astrojs/rss`; Atom has no such package in the project, so this is a small
 * serializer.
 */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** Permanent URL of the article, used as id and as alternate link. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string | undefined;
  summary: string;
  categories: string[];
}

export interface AtomFeed {
  title: string;
  subtitle?: string | undefined;
  /** URL of the feed itself. */
  selfUrl: string;
  /** URL of the page the feed belongs to; also its id. */
  pageUrl: string;
  author: string;
  /** RFC 3339 date-time of the newest entry. */
  updated: string;
  entries: AtomEntry[];
}

/** Date-time for Atom's `updated` and `published` from an ISO date at any precision: start of the period, UTC. */
export function atomDate(isoDate: string): string {
  const [year, month = '01', day = '01'] = isoDate.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

function element(name: string, text: string, indent: string): string {
  return `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

/** The feed document, UTF-8, `\n` line endings. */
export function formatAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    element('id', feed.pageUrl, '  '),
    element('title', feed.title, '  '),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, '  ')] : []),
    element('updated', feed.updated, '  '),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author>${element('name', feed.author, '')}</author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      element('id', entry.url, '    '),
      element('title', entry.title, '    '),
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      element('updated', entry.updated, '    '),
      ...(entry.published ? [element('published', entry.published, '    ')] : []),
      ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
      element('summary', entry.summary, '    '),
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
