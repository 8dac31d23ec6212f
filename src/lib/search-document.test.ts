import { describe, expect, test } from 'vitest';
import { searchIndexDocument } from './search-document.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="de"> <head><title>T</title>${head}</head><body><header><nav><a href="/">Start</a></nav></header><main>${body}</main><footer>Impressum</footer></body></html>`;

describe('searchIndexDocument', () => {
  test('keeps the html start tag with its language and the whole data-pagefind-body element, nested ones included', () => {
    const article = '<article class="article" data-pagefind-body aria-labelledby="t"><h1 id="t">Titel</h1><article><p>innen</p></article><div hidden data-pagefind-ignore><span data-pagefind-filter="publisher">RND</span></div></article>';
    const html = page('<meta name="description" content="x">', `${article}<aside><article><p>Verwandte Texte</p></article></aside>`);
    expect(searchIndexDocument(html)).toBe(`<!DOCTYPE html><html lang="de"><body>${article}</body></html>`);
  });

  test('finds the element by its attribute, not by the words in a text about it', () => {
    const article = '<div data-pagefind-body><p>Pagefind liest data-pagefind-body.</p></div>';
    const html = page('<meta name="description" content="Was data-pagefind-body bedeutet">', `<p>Über data-pagefind-body</p>${article}`);
    expect(searchIndexDocument(html)).toBe(`<!DOCTYPE html><html lang="de"><body>${article}</body></html>`);
  });

  test('reads quoted attribute values whole, even with markup in them', () => {
    const article = '<section data-pagefind-body=""><p>Text</p></section>';
    const html = page('<meta name="description" content="<section data-pagefind-body>">', `<a title='<section data-pagefind-body>'>Link</a>${article}`);
    expect(searchIndexDocument(html)).toBe(`<!DOCTYPE html><html lang="de"><body>${article}</body></html>`);
  });

  test('does not take an attribute whose name only starts the same', () => {
    const html = page('', '<div data-pagefind-body-not="1"><p>x</p></div>');
    expect(searchIndexDocument(html)).toBe(html);
  });

  test('returns the page unchanged when it has no body element, no html tag, or the element is not closed', () => {
    const withoutBody = page('', '<article><p>Text</p></article>');
    expect(searchIndexDocument(withoutBody)).toBe(withoutBody);
    const withoutHtml = '<article data-pagefind-body><p>Text</p></article>';
    expect(searchIndexDocument(withoutHtml)).toBe(withoutHtml);
    const unclosed = page('', '<article data-pagefind-body><p>Text</p>');
    expect(searchIndexDocument(unclosed)).toBe(unclosed);
  });
});
