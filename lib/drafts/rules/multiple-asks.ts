/** Flags more than one request in a draft: each extra ask makes the whole message harder to say yes to. */
import { announcedQuestions } from '../patterns';
import { quote, type Rule, type RuleHit, sentenceSpan } from '../rule';

export const multipleAsks: Rule = {
  id: 'multiple-asks',
  severity: 'warning',
  title: 'More than one ask',
  why: 'One question is easy to answer; several turn a favour into a chore.',
  fix: 'Keep the single ask that matters most; save the others for after a yes.',
  kinds: ['request', 'follow-up', 'thank-you', 'report-back'],
  check(draft) {
    // Only concrete requests count: vague ones are the no-specific-ask rule's business.
    const substantive = draft.asks.filter((a) => a.kind === 'specific' && !a.reminder);
    const count = substantive.reduce((n, a) => n + 1 + a.extra, 0);
    // "Two quick questions" bounds the ask: the writer sized it, so two questions are one request.
    if (count <= announcedQuestions(draft.doc)) return [];
    const hits: RuleHit[] = [];
    substantive.forEach((a, i) => {
      if (i === 0 && a.extra === 0) return;
      const span = sentenceSpan(a.sentence);
      hits.push({ ...span, detail: `${quote(draft.doc, span)} adds another request (${count} in all).` });
    });
    return hits;
  },
};
