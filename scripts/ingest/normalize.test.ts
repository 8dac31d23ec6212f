import { describe, expect, it } from 'vitest';
import { germanizeStraightQuotes, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('turns CRLF and CR line endings into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('empties lines that hold only no-break spaces and collapses blank lines', () => {
    expect(normalizeText('Erster Absatz.\n\n\u00a0\n\nZweiter\u00a0Absatz.\u00a0\n\n\n')).toBe('Erster Absatz.\n\nZweiter Absatz.');
  });

  it('composes decomposed umlauts (NFC)', () => {
    expect(normalizeText('Mu\u0308nchen')).toBe('München');
  });

  it('removes invisible characters and stray whitespace', () => {
    expect(normalizeText('  Ter\u00adror\u200bmiliz   IS  ')).toBe('Terrormiliz IS');
  });

  it('keeps German quotation marks and tightens a stray space inside them', () => {
    expect(normalizeText('„ Al Kaida ist geduldig gewesen.“')).toBe('„Al Kaida ist geduldig gewesen.“');
  });
});

describe('germanizeStraightQuotes', () => {
  it('turns paired straight quotes into German ones', () => {
    expect(germanizeStraightQuotes('von einer "direkten Unterstützung" des IS')).toBe('von einer „direkten Unterstützung“ des IS');
  });

  it('leaves a line with an unpaired quote as it is', () => {
    expect(germanizeStraightQuotes('schreibt der Berliner "Tagesspiegel.')).toBe('schreibt der Berliner "Tagesspiegel.');
  });
});
