import { expect, test } from 'vitest';
import { robotsTxt } from './robots.ts';

test('robots.txt lets every crawler read everything and names the sitemap index by absolute URL', () => {
  expect(robotsTxt(new URL('https://archiv.example/'))).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://archiv.example/sitemap-index.xml\n',
  );
});
