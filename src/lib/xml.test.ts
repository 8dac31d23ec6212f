import { describe, expect, test } from 'vitest';
import { escapeXml } from './xml.ts';

describe('escapeXml', () => {
  test('escapes the five markup characters and drops control characters XML forbids', () => {
    expect(escapeXml(`a & b <c> "d" 'e'\u0000\u001F\ttab`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;\ttab');
  });
});
