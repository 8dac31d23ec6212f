import { describe, expect, it } from 'vitest';
import { formatSourceLine } from './source-line.ts';

describe('formatSourceLine', () => {
  it('names the publisher and what it credits', () => {
    expect(formatSourceLine('News Front', ['Sputnik'])).toBe('News Front, nach Sputnik');
    expect(formatSourceLine('Internetz-Zeitung', ['Sputnik', 'Der Tagesspiegel'])).toBe('Internetz-Zeitung, nach Sputnik und Der Tagesspiegel');
  });

  it('names only the publisher when it credits itself or no one', () => {
    expect(formatSourceLine('dpa', ['dpa'])).toBe('dpa');
    expect(formatSourceLine('RND', [])).toBe('RND');
  });

  it('says so when the publisher is not known', () => {
    expect(formatSourceLine(null, ['dpa'])).toBe('Medium unbekannt, nach dpa');
    expect(formatSourceLine(null, [])).toBe('Medium unbekannt');
  });
});
