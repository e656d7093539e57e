/** Flags a draft with no concrete request: nothing the reader can say yes to. */
import { ASKING_KINDS, quote, type Rule, sentenceSpan } from '../rule';

export const noSpecificAsk: Rule = {
  id: 'no-specific-ask',
  severity: 'error',
  title: 'No specific ask',
  why: 'A busy person can only say yes to a concrete request: one question or one piece of feedback.',
  fix: 'End with the one question you want answered, such as “How did you decide when to leave engineering for product?”',
  kinds: ASKING_KINDS,
  check(draft) {
    const asks = draft.asks;
    if (asks.some((a) => a.kind === 'specific')) return [];
    const vague = asks.find((a) => a.kind === 'vague') ?? asks[0];
    if (!vague) return [{ detail: 'The draft asks for nothing concrete.' }];
    const span = sentenceSpan(vague.sentence);
    const { start, end } = span;
    return [
      {
        start,
        end,
        detail:
          vague.kind === 'logistics'
            ? `${quote(draft.doc, span)} asks for time but not about what.`
            : `${quote(draft.doc, span)} is too open-ended to answer.`,
      },
    ];
  },
};
