import { describe, expect, test } from 'vitest';
import { outletSchema, sourceFactsSchema, webUrlSchema } from './schema.ts';

describe('webUrlSchema', () => {
  test.each(['https://www.maz-online.de/Nachrichten/Politik/x', 'http://de.sott.net/article/1', 'HTTPS://example.org/'])(
    'accepts the web link %s',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  test.each(["javascript:window.__pwned='x'", 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd'])(
    'rejects %s, which is no web link',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(false);
    },
  );
});

test('source facts and outlets refuse a javascript: link, so no page can render one', () => {
  expect(sourceFactsSchema.safeParse({ archivedUrl: 'javascript:alert(1)' }).success).toBe(false);
  expect(outletSchema.safeParse({ name: 'X', url: 'javascript:alert(1)' }).success).toBe(false);
});
