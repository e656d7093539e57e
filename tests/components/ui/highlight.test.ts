import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/components/ui/highlight';

const marked = (text: string, ranges: Parameters<typeof highlightSegments>[1]) =>
  highlightSegments(text, ranges)
    .filter((s) => s.highlight)
    .map((s) => [s.text, s.highlight?.title]);

describe('highlightSegments', () => {
  it('returns the whole text as one plain segment when nothing is highlighted', () => {
    expect(highlightSegments('Hello there', [])).toEqual([{ text: 'Hello there', start: 0 }]);
  });

  it('marks the given [start, end) range with its explanation', () => {
    expect(highlightSegments('Can I pick your brain?', [{ start: 6, end: 21, title: 'Vague ask' }])).toEqual([
      { text: 'Can I ', start: 0 },
      { text: 'pick your brain', start: 6, highlight: { title: 'Vague ask' } },
      { text: '?', start: 21 },
    ]);
  });

  it('merges overlapping findings into one mark that gives both explanations', () => {
    expect(
      marked('abcdefghij', [
        { start: 2, end: 6, title: 'Too long' },
        { start: 4, end: 8, title: 'Vague' },
        { start: 5, end: 7, title: 'Vague' },
      ]),
    ).toEqual([['cdefgh', 'Too long; Vague']]);
  });

  it('keeps findings that only touch as two marks', () => {
    expect(
      marked('abcdef', [
        { start: 0, end: 3, title: 'A' },
        { start: 3, end: 6, title: 'B' },
      ]),
    ).toEqual([
      ['abc', 'A'],
      ['def', 'B'],
    ]);
  });

  it('clamps ranges to the text and ignores empty, inverted and non-numeric ones', () => {
    expect(
      marked('short', [
        { start: -5, end: 2, title: 'start' },
        { start: 4, end: 99, title: 'end' },
        { start: 3, end: 3, title: 'empty' },
        { start: 3, end: 1, title: 'inverted' },
        { start: Number.NaN, end: 1, title: 'nan' },
      ]),
    ).toEqual([
      ['sh', 'start'],
      ['t', 'end'],
    ]);
  });

  it('never splits an emoji (a surrogate pair) between a mark and plain text', () => {
    const text = 'I 😀 you';
    // 2 is the high half of the emoji, 3 its low half.
    expect(marked(text, [{ start: 3, end: 4 }])).toEqual([['😀', '']]);
    expect(marked(text, [{ start: 0, end: 3 }])).toEqual([['I 😀', '']]);
  });

  it('gives back exactly the original text, with marks that do not overlap and cover every range', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) }),
          {
            maxLength: 8,
          },
        ),
        (text, ranges) => {
          const segments = highlightSegments(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            at += s.text.length;
          }
          const covered = new Set<number>();
          for (const s of segments)
            if (s.highlight) for (let i = s.start; i < s.start + s.text.length; i++) covered.add(i);
          for (const r of ranges)
            for (let i = Math.max(0, r.start); i < Math.min(text.length, r.end); i++)
              expect(covered.has(i)).toBe(true);
        },
      ),
    );
  });
});
