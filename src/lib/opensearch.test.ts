import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { formatOpenSearch } from './opensearch.ts';

const input = {
  shortName: 'Archivsuche', description: 'Im Nachrichtenarchiv suchen',
  template: 'https://archiv.example/suche/?q={searchTerms}', icon: 'https://archiv.example/favicon.svg',
};

describe('formatOpenSearch', () => {
  test('writes a well-formed OpenSearch 1.1 description with the search template', () => {
    const text = formatOpenSearch(input);
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text).OpenSearchDescription;
    expect(parsed['@xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(parsed).toMatchObject({ ShortName: 'Archivsuche', InputEncoding: 'UTF-8' });
    expect(parsed.Url).toMatchObject({ '@type': 'text/html', '@template': input.template });
  });

  test('throws with its name for a template without {searchTerms} or a short name over 16 characters', () => {
    expect(() => formatOpenSearch({ ...input, template: 'https://archiv.example/suche/' })).toThrow(/^formatOpenSearch: /);
    expect(() => formatOpenSearch({ ...input, shortName: 'Nachrichtenarchiv' })).toThrow(/^formatOpenSearch: /);
  });
});
