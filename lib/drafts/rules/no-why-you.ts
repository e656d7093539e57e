/** Flags a request that never says why this person, of all people, was chosen. */
import type { Rule } from '../rule';

export const noWhyYou: Rule = {
  id: 'no-why-you',
  severity: 'warning',
  title: 'No reason for choosing them',
  why: 'Without one specific, checkable reason drawn from their own work, the message reads as sent to many.',
  fix: 'Open with one thing they did that you can name: a talk, a post, a career move (“your move from design to product at …”).',
  kinds: ['request'],
  check(draft) {
    if (draft.whyYou.length > 0) return [];
    return [{ detail: 'Nothing in the draft names something they did or made.' }];
  },
};
