import { describe, expect, it } from 'vitest';
import { readableText, sha256Hex, textHash } from './pipeline.ts';

const source = (text: string | Uint8Array, file = 'a.txt') => ({ file, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('textHash', () => {
  it('is the SHA-256 of the readable text', () => {
    const text = 'Titel\n\nEin Absatz mit Text.';
    const readable = readableText(source(text));
    expect(readable.ok).toBe(true);
    expect(textHash(source(text))).toBe(sha256Hex(readable.ok ? readable.value : ''));
  });

  it('is the same for two spellings of one text, so copies are found across line endings and encodings', () => {
    expect(textHash(source('Titel\r\n\r\nDer Bürgermeister sagte…'))).toBe(textHash(source('Titel\n\nDer Bürgermeister sagte…')));
    expect(textHash(source(Uint8Array.from([0x4b, 0xf6, 0x6c, 0x6e])))).toBe(textHash(source('Köln')));
  });

  it('is undefined for a source without text', () => {
    expect(textHash(source(''))).toBeUndefined();
    expect(textHash(source(' \n\u00a0\n'))).toBeUndefined();
    expect(textHash(source(Uint8Array.from([0, 1, 2, 0])))).toBeUndefined();
  });
});
