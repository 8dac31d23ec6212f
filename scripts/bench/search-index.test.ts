import { describe, expect, it } from 'vitest';
import { idFromUrl } from './search-browser.ts';
import { stripSearchTerms } from './search-index.ts';

describe('stripSearchTerms', () => {
  it('removes the search-terms block and nothing else', () => {
    const html = '<article data-pagefind-body><p>Text</p><div hidden data-pagefind-ignore><span data-pagefind-filter="year">2019</span></div>'
      + '<div hidden data-pagefind-ignore data-search-terms><span data-pagefind-meta="suchbegriffe">Miliz Netz</span></div></article>';
    expect(stripSearchTerms(html)).toBe('<article data-pagefind-body><p>Text</p><div hidden data-pagefind-ignore><span data-pagefind-filter="year">2019</span></div></article>');
  });
});

describe('idFromUrl', () => {
  it('takes the last path segment of a result URL', () => {
    expect(idFromUrl('/artikel/000-76ed7095f0a0894c/')).toBe('000-76ed7095f0a0894c');
    expect(idFromUrl('/artikel/000-76ed7095f0a0894c/?markiert=Miliz')).toBe('000-76ed7095f0a0894c');
  });
});
