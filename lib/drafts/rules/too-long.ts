/** Flags a message, InMail or email above about 150 words, past which fewer people read to the ask. */
import { RECOMMENDED_MAX_WORDS, wordSpans } from '../limits';
import type { Rule } from '../rule';

export const tooLong: Rule = {
  id: 'too-long',
  severity: 'warning',
  title: 'Too long',
  why: 'Messages and emails do best at roughly 50-125 words; past that the ask gets skimmed or missed.',
  fix: 'Cut to the reason, one line about you, the ask, the time box and the easy out.',
  kinds: ['request', 'follow-up', 'thank-you', 'report-back'],
  check(draft) {
    if (draft.context.channel === 'connection-note') return [];
    const words = wordSpans(draft.doc.raw);
    if (words.length <= RECOMMENDED_MAX_WORDS) return [];
    const first = words[RECOMMENDED_MAX_WORDS];
    const last = words[words.length - 1];
    return [
      {
        start: first?.start,
        end: last?.end,
        detail: `${words.length} words; aim for ${RECOMMENDED_MAX_WORDS} or fewer.`,
      },
    ];
  },
};
