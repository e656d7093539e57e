// The composer's pure core: counter lines, highlight ranges and the generator's inputs.
import { describe, expect, it } from 'vitest';
import {
  defaultChannel,
  draftInputs,
  highlightRanges,
  initialFields,
  lengthSummary,
  needsTopic,
  whyYouOf,
} from '@/components/composer/model';
import type { Prospect } from '@/lib/db/types';
import { listWhyYouFacts } from '@/lib/drafts';
import { explainedLint } from '@/lib/drafts/local-engine';
import { DEFAULT_SETTINGS } from '@/lib/settings-types';
import { maya } from '../popup/helpers';

const prospect = { ...maya(), id: 1 } as unknown as Prospect;

describe('lengthSummary', () => {
  it.each([
    ['Hi Maya', 'connection-note', 200, '7 of 200 characters, 2 words'],
    ['x'.repeat(201), 'connection-note', 200, '201 of 200 characters, 1 word: 1 over the limit'],
    ['x'.repeat(250), 'connection-note', 300, '250 of 300 characters, 1 word'],
    [
      'word '.repeat(151).trim(),
      'message',
      200,
      '754 of 8000 characters, 151 words: aim for 150 words or fewer',
    ],
    ['Hello', 'email', 200, '5 characters, 1 word'],
    ['a😀', 'inmail', 200, '3 of 1900 characters, 1 word'],
  ] as const)('counts characters and words, case %#', (text, channel, limit, line) => {
    expect(lengthSummary(text, channel, limit).text).toBe(line);
  });

  it('never calls a connection note wordy: its character limit already bounds it', () => {
    expect(lengthSummary('a '.repeat(160), 'connection-note', 300).wordy).toBe(false);
  });
});

describe('highlightRanges', () => {
  it('gives every finding with a place its rule title, and leaves whole-draft findings out', () => {
    const report = explainedLint('Could I pick your brain over coffee?', { channel: 'message' });
    const ranges = highlightRanges(report);
    expect(ranges).toContainEqual({ start: 8, end: 23, title: 'Pick your brain' });
    expect(ranges.every((r) => r.end > r.start)).toBe(true);
    expect(ranges.length).toBeLessThan(report.findings.length);
  });
});

describe('draftInputs', () => {
  it('takes the ask and time box defaults from settings and the picked facts in profile order', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      defaultAsk: 'How did you plan it?',
      me: { ...DEFAULT_SETTINGS.me, name: 'Sam' },
    };
    const facts = listWhyYouFacts(prospect);
    const fields = { ...initialFields(settings), picked: [facts[2]!.id, facts[0]!.id] };
    const inputs = draftInputs('request', 'message', prospect, settings, fields, facts);
    expect(inputs).toMatchObject({
      ask: 'How did you plan it?',
      timeBox: DEFAULT_SETTINGS.defaultTimeBox,
      me: { name: 'Sam' },
      prospect: { fullName: 'Maya Lindqvist', company: 'Fjordline Systems' },
    });
    expect(inputs.whyYou).toEqual([facts[0], facts[2]]);
  });

  it('adds a typed reason after the picked one, and never more than two', () => {
    const facts = listWhyYouFacts(prospect);
    const fields = {
      ...initialFields(DEFAULT_SETTINGS),
      picked: [facts[0]!.id],
      typedWhy: 'Your talk at QCon.',
    };
    expect(whyYouOf(fields, facts).map((f) => f.text)).toEqual([facts[0]!.text, 'your talk at QCon']);
    const three = { ...fields, picked: [facts[0]!.id, facts[1]!.id] };
    expect(whyYouOf(three, facts)).toHaveLength(2);
  });
});

describe('channels', () => {
  it('starts LinkedIn requests as a connection note, follow-ups as a message, others as email', () => {
    expect(defaultChannel('request', 'linkedin')).toBe('connection-note');
    expect(defaultChannel('follow-up', 'linkedin')).toBe('message');
    expect(defaultChannel('request', 'github')).toBe('email');
  });
  it('asks for a topic only where there is a subject line', () => {
    expect(needsTopic('inmail', 'request')).toBe(true);
    expect(needsTopic('email', 'thank-you')).toBe(true);
    expect(needsTopic('connection-note', 'request')).toBe(false);
    expect(needsTopic('message', 'request')).toBe(false);
  });
});
