/** Flags a request with no bound on time or size ("15 minutes", "a short written reply", "two questions"). */
import { ASKING_KINDS, type Rule, sentenceSpan } from '../rule';

export const noTimeBox: Rule = {
  id: 'no-time-box',
  severity: 'warning',
  title: 'No time box',
  why: 'An open-ended request makes the reader estimate the cost; a clear bound lets them say yes in a minute.',
  fix: 'Say how much you ask for and in what form: “15-20 minutes on a call, or a short written reply”.',
  kinds: ASKING_KINDS,
  check(draft) {
    if (draft.timeBoxes.length > 0) return [];
    const ask = draft.asks.find((a) => a.kind !== 'vague') ?? draft.asks[0];
    const range = ask ? sentenceSpan(ask.sentence) : {};
    return [{ ...range, detail: 'The request says nothing about how long it takes or how big it is.' }];
  },
};
