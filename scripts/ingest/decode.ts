/**
 * decode: raw bytes → text. UTF-8 with or without BOM is taken as is; UTF-16 with a BOM and the
 * single-byte encodings common for German text (Windows-1252, Latin-1) are transcoded with a
 * warning; binary input is rejected.
 */
import type { Problem, RawSource, StageResult } from './types.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Share of control bytes above which a file is taken for binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Bytes that never occur in text: NUL and the C0 controls other than tab, newlines, form feed. */
function countControlBytes(bytes: Uint8Array): { nul: number; control: number } {
  // Text has none: a native search over the bytes as Latin-1 says so at once.
  if (!/[\x00-\x08\x0b\x0e-\x1f]/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) {
    return { nul: 0, control: 0 };
  }
  let nul = 0;
  let control = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0) nul++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return { nul, control };
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    let length = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) length = 3;
    else if (byte >= 0xf0 && byte <= 0xf4) length = 4;
    else return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * Windows-1252's printable characters in 0x80–0x9F; the other bytes equal Latin-1. Node's
 * TextDecoder decodes the label 'windows-1252' as plain Latin-1 (nodejs/node#56542), so the table
 * is applied here.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Decodes Windows-1252 (and so Latin-1) bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte);
  return text;
}

/** Whether any byte is one that Windows-1252 prints but Latin-1 leaves as a C1 control. */
function hasWindows1252Bytes(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80 && byte <= 0x9f);
}

/**
 * Decodes one source file. Fails on empty and binary files; warns when the text had to be
 * transcoded, naming the encoding it was read as.
 */
export function decodeSource(source: RawSource): StageResult<string> {
  const { file, bytes } = source;
  const fail = (message: string): StageResult<string> => ({
    ok: false,
    problems: [{ file, stage: 'decode', severity: 'error', message }],
  });
  const warn = (message: string): Problem => ({ file, stage: 'decode', severity: 'warning', message });

  if (bytes.length === 0) return fail('the file is empty (0 bytes)');

  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return { ok: true, value: text, warnings: [warn(`read as ${encoding.toUpperCase()} (byte order mark); stored as UTF-8`)] };
    } catch {
      return fail(`starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`);
    }
  }

  const { nul, control } = countControlBytes(bytes);
  if (nul > 0 || control / bytes.length > MAX_CONTROL_SHARE) {
    return fail(
      `binary data, not text (${nul} NUL bytes and ${control} other control bytes in ${bytes.length} bytes)`,
    );
  }

  const hasBom = startsWith(bytes, UTF8_BOM);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const invalidAt = firstInvalidUtf8Offset(body);
  if (invalidAt === -1) {
    return { ok: true, value: new TextDecoder('utf-8').decode(body), warnings: [] };
  }

  // Not UTF-8: German single-byte text is Windows-1252 in practice; Latin-1 is its subset.
  const encoding = hasWindows1252Bytes(body) ? 'Windows-1252' : 'ISO-8859-1 (Latin-1)';
  const text = decodeWindows1252(body);
  return {
    ok: true,
    value: text,
    warnings: [warn(`not valid UTF-8 (first invalid byte at offset ${invalidAt + (hasBom ? 3 : 0)}); read as ${encoding} and stored as UTF-8`)],
  };
}
