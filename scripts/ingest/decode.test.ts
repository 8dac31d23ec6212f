import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode.ts';

const decode = (bytes: number[] | Uint8Array) => decodeSource({ file: 'x.txt', bytes: Uint8Array.from(bytes) });
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('decodeSource', () => {
  it('rejects an empty file, naming the file', () => {
    const result = decode([]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'x.txt', stage: 'decode', severity: 'error', message: expect.stringContaining('empty') });
  });

  it('rejects binary data such as a PNG header', () => {
    const result = decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/binary/);
  });

  it('reads UTF-8 as it is, without a warning', () => {
    const result = decode(utf8('Grüße aus „Köln“'));
    expect(result).toEqual({ ok: true, value: 'Grüße aus „Köln“', warnings: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    const result = decode([0xef, 0xbb, 0xbf, ...utf8('Äpfel')]);
    expect(result.ok && result.value).toBe('Äpfel');
  });

  it('transcodes Windows-1252 German text with a warning naming the encoding', () => {
    // "Grüße – „Zitat“" in Windows-1252: ü=FC ß=DF –=96 „=84 “=93
    const bytes = [0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x96, 0x20, 0x84, 0x5a, 0x69, 0x74, 0x61, 0x74, 0x93];
    const result = decode(bytes);
    expect(result.ok && result.value).toBe('Grüße – „Zitat“');
    expect(result.ok && result.warnings[0]!.message).toMatch(/Windows-1252/);
  });

  it('transcodes Latin-1 text and says so', () => {
    const result = decode([0x4b, 0xf6, 0x6c, 0x6e]);
    expect(result.ok && result.value).toBe('Köln');
    expect(result.ok && result.warnings[0]!.message).toMatch(/Latin-1/);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const result = decode([0xff, 0xfe, 0x4b, 0x00, 0xf6, 0x00]);
    expect(result.ok && result.value).toBe('Kö');
  });
});
