/** Flags "pick your brain" in any spelling: a request for free advice at the expert's cost. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';

// Words after "brain" that make it a subject ("brain-computer interfaces"), not the idiom.
// A hyphenated "pick-your-brain" before "requests" or "culture" names the habit; it asks nothing.
// "Brain.js" is a library, not a brain.
const SUBJECT_AFTER = String.raw`(?!\.\p{L}|[\s-]+(?:requests?|emails?|messages?|notes?|asks?|dms?|culture|crowd|pitch(?:es)?|approach|genre|economy)\b)(?![\s-]*(?:computer|machine|interface|scan|imaging|health|injur|tumou?r|science|research|development|surgery|region|area|cells?|waves?|activity|tissue|stem|chemistry|function|training|teaser|storm|drain|power|child|fog|food|dump|trust)\w*)`;
const PATTERNS = [
  new RegExp(
    // Up to two words may sit between the determiner and "brain": "pick your marketing brain",
    // "pick that big brain of yours".
    String.raw`\bpick(?:s|ed|ing|in'?)?[\s-]+(?:at[\s-]+)?(?:(?:your|ur|yr|yer|ya|yo|you're|youre|the|his|her|their|that|this|a\s+few|some|[\p{L}]+'s?)[\s-]+(?:[\p{L}]+[\s-]+){0,2}?)?brains?\b${SUBJECT_AFTER}`,
    'giu',
  ),
  // The same idiom with "mind": "Might I pick your brilliant mind?" (a determiner is required).
  /\bpick(?:s|ed|ing|in'?)?[\s-]+(?:at[\s-]+)?(?:your|ur|yr|that|those|his|her|their)\s+(?:[a-z]+\s+){0,2}?minds?\b(?!\s+(?:map|maps|mapping|set|games?|reading)\b)/gi,
  new RegExp(String.raw`\bbrain[\s-]?pick(?:ing|ed|er|ers|s)?\b${SUBJECT_AFTER}`, 'giu'),
];

export const pickYourBrain: Rule = {
  id: 'pick-your-brain',
  severity: 'error',
  title: 'Pick your brain',
  why: 'Asking a stranger to let you pick their brain asks for free advice at their cost, and many read it as an insult.',
  fix: 'Replace it with the one specific question you want answered.',
  kinds: ALL_KINDS,
  check(draft) {
    // Every spelling contains "pick": skip the full patterns on drafts without it.
    if (!/pick/i.test(draft.doc.text)) return [];
    return findPhrases(draft, PATTERNS).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} asks for open-ended free advice.`,
    }));
  },
};
