/** Flags repeated apologies, which make a small request sound like an imposition. */
import { ALL_KINDS, findPhrases, mergeSpans, quote, type Rule } from '../rule';
import type { Span } from '../text';

// Apologising as a subject is no apology: "why women over-apologise", "a rule on apologies".
// (Checked after the word, so that the look-behind runs only where an apology word matched.)
const asSubject = (word: string) =>
  String.raw`(?<!(?:-|\b(?:on|about|of|regarding|around|saying|word|write|writing|wrote|draft|drafting|public|formal|written|customer)\s+(?:the\s+|an?\s+)?)${word})`;
const PATTERNS = [
  // Not sympathy: "sorry to hear about the layoffs", "sorry for your loss".
  new RegExp(
    String.raw`\b(?:so\s+|very\s+|really\s+|terribly\s+)?sorry\b${asSubject('sorry')}(?!\s+(?:to\s+(?:hear|see|read|learn)|about\s+(?:the|your)|for\s+your\s+loss)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:my\s+)?apolog(?:y|ies|i[sz]e|i[sz]es|i[sz]ed|i[sz]ing)\b${asSubject(String.raw`apolog\w*`)}`,
    'gi',
  ),
  /\bforgive\s+(?:me|the|my)\b/gi,
  /\b(?:pardon|excuse)\s+(?:the|my|this)\s+(?:intrusion|interruption|disturbance|forwardness|boldness|cheek|presumption|cold\s+(?:message|note|email|outreach)|long\s+(?:message|note|email))\b/gi,
];
// What an apology is for: next to one ("sorry for bothering you") it is part of it, alone it is one.
const BOTHER = [
  /\b(?:hate|don't\s+want|do\s+not\s+want|didn't\s+mean|did\s+not\s+mean)\s+to\s+(?:bother|disturb|trouble|impose\s+on|intrude\s+on|take\s+up)\b/gi,
  /\b(?:bothering|disturbing|troubling|intruding\s+on|imposing\s+on)\s+you\b/gi,
];

export const overApology: Rule = {
  id: 'over-apology',
  severity: 'info',
  title: 'Repeated apologies',
  why: 'One polite line is enough; repeated apologies make a small, bounded request sound like a burden.',
  fix: 'Keep at most one apology and let the time box and the easy out show that you respect their time.',
  kinds: ALL_KINDS,
  check(draft) {
    // "Sorry for bothering you" is one apology; "so sorry, and apologies for ..." is two.
    const own = findPhrases(draft, PATTERNS, { negatable: false });
    const near = (a: Span, b: Span) => b.start - a.end <= 12 && a.start - b.end <= 12;
    const bother = findPhrases(draft, BOTHER, { negatable: false }).filter(
      (b) => !own.some((a) => near(a, b)),
    );
    const apologies = mergeSpans([...own, ...bother]);
    if (apologies.length < 2) return [];
    return apologies.map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} is one of ${apologies.length} apologies.`,
    }));
  },
};
