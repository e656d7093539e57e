/** Flags drafts where I/me/my far outnumber you/your: the message is about the writer, not the reader. */

import { type Rule, sentenceSpan } from '../rule';
import { matchAll } from '../text';

const SELF = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/gi;
const OTHER = /\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b/gi;

/** Below this many first-person words a draft is too short to judge. */
const MIN_SELF = 6;

export const selfFocus: Rule = {
  id: 'self-focus',
  severity: 'info',
  title: 'Mostly about you',
  why: 'A request that is mostly about the writer gives the reader little reason to care; it should be about them and the one ask.',
  fix: 'Trim your story to one sentence (where you are, where you need to be) and say more about their work.',
  kinds: ['request', 'follow-up', 'thank-you'],
  check(draft) {
    const text = draft.doc.text;
    const self = matchAll(SELF, text).length;
    const other = matchAll(OTHER, text).length;
    if (self < MIN_SELF || self < 3 * other + 2) return [];
    let worst = draft.doc.sentences[0];
    let worstCount = -1;
    for (const s of draft.doc.sentences) {
      const n = matchAll(SELF, s.text).length;
      if (n > worstCount) {
        worst = s;
        worstCount = n;
      }
    }
    const detail = `${self} words about you (I, me, my) against ${other} about them (you, your).`;
    return [worst ? { ...sentenceSpan(worst), detail } : { detail }];
  },
};
