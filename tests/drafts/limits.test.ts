// Channel limits and counting as the composer shows them: characters as LinkedIn counts, words as readers do.
import { describe, expect, it } from 'vitest';
import {
  channelLimit,
  characterCount,
  overflowStart,
  RECOMMENDED_MAX_WORDS,
  wordCount,
} from '@/lib/drafts/limits';

describe('channelLimit', () => {
  it('gives 200 for a connection note by default and 300 on Premium', () => {
    expect(channelLimit('connection-note')).toBe(200);
    expect(channelLimit('connection-note', 200)).toBe(200);
    expect(channelLimit('connection-note', 300)).toBe(300);
  });

  it('gives 1,900 for an InMail body, 8,000 for a message and no hard limit for email', () => {
    expect(channelLimit('inmail')).toBe(1900);
    expect(channelLimit('message')).toBe(8000);
    expect(channelLimit('email')).toBeNull();
  });

  it('recommends at most 150 words', () => {
    expect(RECOMMENDED_MAX_WORDS).toBe(150);
  });
});

describe('characterCount', () => {
  it.each([
    ['plain ASCII', 'Hi Maya', 7],
    ['an accented letter typed as one character', 'Zoë', 3],
    ['an accented letter typed as letter + combining mark', 'Zoe\u0308', 4],
    ['an emoji outside the basic plane (2 units)', '🙏', 2],
    ['a flag (two regional indicators)', '🇵🇹', 4],
    ['a family joined with zero-width joiners', '👨‍👩‍👧', 8],
    ['a thumbs-up with a skin tone', '👍🏽', 4],
    ['a heart with a variation selector', '❤️', 2],
    ['CJK characters (one unit each)', '你好', 2],
    ['a Windows line break (counted once)', 'a\r\nb', 3],
    ['a Unix line break', 'a\nb', 3],
  ])('counts %s', (_label, text, expected) => {
    expect(characterCount(text)).toBe(expected);
  });
});

describe('overflowStart', () => {
  it('points at the first character past the limit', () => {
    expect(overflowStart('abcdef', 4)).toBe(4);
    expect(overflowStart('abcd', 4)).toBeUndefined();
  });

  it('never points into the middle of an emoji', () => {
    expect(overflowStart('abc🙏', 4)).toBe(3);
  });

  it('skips the CR of a Windows line break', () => {
    expect(overflowStart('ab\r\ncd', 4)).toBe(5);
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Hi Maya,', 2],
    ['15-20 minutes, or a short reply.', 6],
    ["I'm stuck - on one thing", 5],
    ['Line one\nline two', 4],
    ['Thanks! 🙏', 1],
  ])('counts %j as %i words', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});
