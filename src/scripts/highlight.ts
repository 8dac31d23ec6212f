/**
 * Marks the search words on an article reached from a search result (`?highlight=…`), with
 * Pagefind's highlight script. Its own `<style>` element would break the CSP, so `addStyles` is
 * off and the site's stylesheet styles `.pagefind-highlight`.
 */
import { highlightParam } from '../lib/routes.ts';

if (new URLSearchParams(window.location.search).has(highlightParam)) {
  const url = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({ highlightParam, addStyles: false, markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
      document.querySelector('.pagefind-highlight')?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // Without the search bundle (a build without Pagefind) the article simply stays unmarked.
    });
}
