/** Flags unfilled template slots: [Name], {{company}}, <TOPIC>, XXX, TODO and the like. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';

const PATTERNS = [
  // [Name], [your company]; not footnotes ([1]), Markdown links ([my post](https://...)) or the
  // editorial marks of a quotation ([sic], [emphasis mine]).
  /\[(?!\s*(?:sic!?|emphasis\s+(?:mine|added)|my\s+emphasis|ibid\.?)\s*\])(?=[^\]\n]*\p{L})[^\]\n]{1,40}\](?!\()/giu,
  /\{\{[^{}\n]{0,40}\}\}/g,
  /\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*\}/gu,
  /\$\{[^}\n]{1,40}\}/g,
  // <TOPIC>, <first name>; not emails or links, which contain @ or :, nor generics (Promise<T>).
  /(?<![\p{L}\p{N}])<\s*[\p{L}_][\p{L}\p{N}_ .'-]{0,30}\s*>/gu,
  /(?<![\p{L}\p{N}])X{2,}(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])x{3,}(?![\p{L}\p{N}])/gu,
  /\b(?:TODO|TBD|TBC|FIXME|TKTK|INSERT(?:\s+[A-Z]+)?)\b/g,
  /\b(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|COMPANY_?NAME|YOUR_?NAME|THEIR_?NAME|JOB_?TITLE)\b/g,
  /%[A-Z_]{2,}%/g,
  /\$[A-Z_]{2,}\b/g,
  /_{3,}/g,
  /\blorem\s+ipsum\b/gi,
  // "Hi Name," and "Dear first name," left from a template.
  /^[^\S\n]*(?:hi|hello|hey|dear)\s+(?:name|first\s*name|firstname|\(name\))(?=\s*[,!:\n-]|\s*$)/gim,
  /\binsert\s+(?:name|company|topic|link|title|here)\b/gi,
];

// A ticked Markdown checkbox at the start of a line ("- [x] Goal: ..."), as in an agenda.
const CHECKBOX = /^[^\S\n]*(?:[-*+][^\S\n]*|\d+[.)][^\S\n]*)?$/;

export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  severity: 'error',
  title: 'Unfilled placeholder',
  why: 'A template slot left in the text proves the message was mass-produced, and the reader stops there.',
  fix: 'Replace it with the real words, or delete it.',
  kinds: ALL_KINDS,
  check(draft) {
    const text = draft.doc.text;
    const accept = (m: { start: number; end: number }) =>
      !(
        /^\[[xX]\]$/.test(text.slice(m.start, m.end)) &&
        CHECKBOX.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start))
      );
    return findPhrases(draft, PATTERNS, { negatable: false, matchMentions: true, accept }).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} is a placeholder left in the text.`,
    }));
  },
};
