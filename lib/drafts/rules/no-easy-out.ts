/** Flags a request that gives no graceful way to decline. */
import { ASKING_KINDS, type Rule } from '../rule';

export const noEasyOut: Rule = {
  id: 'no-easy-out',
  severity: 'warning',
  title: 'No easy out',
  why: 'Saying no must cost them nothing; a request without a way out feels like pressure and often gets no reply at all.',
  fix: 'Add a line such as “No worries at all if you’re too busy.”',
  kinds: ASKING_KINDS,
  check(draft) {
    if (draft.easyOuts.length > 0) return [];
    return [{ detail: 'Nothing tells them it is fine to say no.' }];
  },
};
