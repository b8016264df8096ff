import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, isCleanText } from '../../src/normalize/fold-text.js';

/** The character-by-character statement of "already clean" that the regular expression replaces. */
function reference(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 200) return n === 0;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 32 || (c > 126 && c < 0xc0) || c === 0xd0 || c === 0xf0) return false;
    if (c > 0x24f && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return !prevSpace;
}

describe('isCleanText', () => {
  // Letters around every boundary of the accepted ranges, spaces, invisible and combining characters.
  const chars = [
    'a',
    'Z',
    '~',
    ' ',
    '\t',
    '\u007f',
    '\u00a0',
    '\u00ad',
    '\u00bf',
    '\u00c0',
    '\u00cf',
    '\u00d0',
    '\u00d1',
    '\u00ef',
    '\u00f0',
    '\u00f1',
    '\u024f',
    '\u0250',
    '\u0301',
    '\u1dff',
    '\u1e00',
    '\u1ea1',
    '\u1eff',
    '\u1f00',
    '\u200b',
    '\ufeff',
    '\ud83d',
    'ư',
    'Đ',
    'ễ',
  ];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((a) => a.join(''));
  // Mostly clean letters and spaces: where doubled and outer spaces are the only thing to find.
  const spaced = fc.array(fc.constantFrom('a', 'ư', 'Đ', ' ', ' ', '\u00a0'), { maxLength: 10 }).map((a) => a.join(''));

  it('says what the character loop says', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isCleanText(t)).toBe(reference(t));
      }),
      { numRuns: 5000, seed: 3 },
    );
    fc.assert(
      fc.property(spaced, (t) => {
        expect(isCleanText(t)).toBe(reference(t));
      }),
      { numRuns: 2000, seed: 4 },
    );
  });

  it('only passes text that cleaning leaves as it is', () => {
    fc.assert(
      fc.property(text, (t) => !isCleanText(t) || cleanText(t) === t),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('checks long text the same way', () => {
    expect(isCleanText('a'.repeat(200))).toBe(true);
    expect(isCleanText('a'.repeat(201))).toBe(reference('a'.repeat(201)));
  });
});
