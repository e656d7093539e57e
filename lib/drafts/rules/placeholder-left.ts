/** Flags unfilled template slots: [Name], {{company}}, <TOPIC>, XXX, TODO and the like. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';

const PATTERNS = [
  // [Name], [your company]; not footnotes ([1]), Markdown links ([my post](https://...)) or the
  // editorial marks of a quotation ([sic], [emphasis mine]).
  /\[(?!\s*(?:sic!?|emphasis\s+(?:mine|added)|my\s+emphasis|ibid\.?|redacted|snip(?:ped)?|omitted|\.\.\.|…)\s*\])(?=[^\]\n]{0,40}\p{L})[^\]\n]{1,40}\](?!\()/giu,
  // An empty slot: "your talk at [ ]" (a Markdown task box "- [ ]" is let through below).
  // Not a type or an index ("string[]", "arr[ ]").
  /\[(?<![\p{L}\p{N}_\])>]\[)[^\S\n]*\]/gu,
  /\{\{[^{}\n]{0,40}\}\}/g,
  /\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\s*\}/gu,
  /\$\{[^}\n]{1,40}\}/g,
  // <TOPIC>, <first name>; not emails or links, which contain @ or :, nor generics (Promise<T>).
  // Not an HTML element named as such ("the <details> element", "a <table> tag").
  /(?<![\p{L}\p{N}])<\s*[\p{L}_][\p{L}\p{N}_ .'-]{0,30}\s*>(?!\s+(?:elements?|tags?|components?|attributes?)\b)/gu,
  /\(\(\s*[\p{L}_][^()\n]{0,40}\)\)/gu,
  // Not a size ("XXX-large", "XXL").
  /(?<![\p{L}\p{N}])X{2,}(?![\p{L}\p{N}]|-\p{L})/gu,
  /(?<![\p{L}\p{N}])x{3,}(?![\p{L}\p{N}]|-\p{L})/gu,
  /_(?<![\p{L}\p{N}_]_)_[A-Z][A-Z_]*__(?![\p{L}\p{N}_])/gu,
  // Not the words as code terms or prose: "stale TODO comments", "the date is still TBD".
  /(?<!\b(?:stale|old|open|every|each|that|this|those|these|your|their|my|our|of|is|are|was|still|remains?|currently)\s+)\b(?:TODO|TBD|TBC|FIXME|TKTK|INSERT(?:\s+[A-Z]+)?)\b(?!-[A-Za-z]|\s+(?:comments?|lists?|apps?|items?|markers?|tags?|notes?|entries|counts?|debt|files?|rules?|lines?)\b)/g,
  /\b(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|COMPANY_?NAME|YOUR_?NAME|THEIR_?NAME|JOB_?TITLE)\b/g,
  // Any SNAKE_CASE slot naming what goes there: EVENT_NAME, TALK_TITLE, MUTUAL_CONTACT_COMPANY.
  /\b[A-Z]+_(?:[A-Z]+_)*(?:NAME|COMPANY|TOPIC|TITLE|ROLE|FIELD|LINK|URL|DATE|EVENT|POSITION|SCHOOL|INDUSTRY|CITY|PROJECT|TEAM|ORG|HERE)\b/g,
  /%[A-Z_]{2,}%/g,
  // $FIRSTNAME, $COMPANY_NAME; not environment variables ($PATH) or tickers ($NVDA).
  /\$[A-Z_]*(?:NAME|COMPANY|TOPIC|TITLE|ROLE|FIELD|LINK|URL|DATE|POSITION|SCHOOL|EMAIL|PHONE|INDUSTRY|CITY|PROJECT|TEAM|ORG)[A-Z_]*\b/g,
  // "(company name)", "(your role)": a slot in parentheses.
  /\((?:your|their|his|her)?\s*(?:first\s+|last\s+|full\s+)?(?:name|company(?:\s+name)?|topic|title|job\s+title|role|position|field|industry|school|university|achievement|project|link|city|date)\)/gi,
  /_{3,}/g,
  /\blorem\s+ipsum\b/gi,
  // "Hi Name," and "Dear first name," left from a template.
  /^[^\S\n]*(?:hi|hello|hey|dear)\s+(?:name|first\s*name|firstname|\(name\))(?=\s*[,!:\n-]|\s*$)/gim,
  /\binsert\s+(?:name|company|topic|link|title|here)\b/gi,
];

/** How far back on its line a match looks for a checkbox bullet or an open `code span`. */
const LINE_REACH = 200;

// A ticked Markdown checkbox at the start of a line ("- [x] Goal: ..."), as in an agenda.
const CHECKBOX = /^[^\S\n]*(?:[-*+][^\S\n]*|\d+[.)][^\S\n]*)?$/;

/** Whether the span sits between a pair of double quotes on its line (at most 200 characters away). */
function insideQuotation(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LINE_REACH), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const after = text.slice(end, end + LINE_REACH);
  const rest = after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  return (line.split('"').length - 1) % 2 === 1 && rest.includes('"');
}

export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  severity: 'error',
  title: 'Unfilled placeholder',
  why: 'A template slot left in the text proves the message was mass-produced, and the reader stops there.',
  fix: 'Replace it with the real words, or delete it.',
  kinds: ALL_KINDS,
  check(draft) {
    const text = draft.doc.text;
    const accept = (m: { start: number; end: number }) => {
      // The line before the match, at most LINE_REACH back (a long draft may be one long line).
      const window = text.slice(Math.max(0, m.start - LINE_REACH), m.start);
      const before = window.slice(window.lastIndexOf('\n') + 1);
      if (/^\[[xX\s]?\]$/.test(text.slice(m.start, m.end)) && CHECKBOX.test(before)) return false;
      // Inside a `code span` it is code (`<Suspense>`, `{ data }`), not a template slot. (The
      // folded text turns backticks into apostrophes; the raw text keeps them, at the same offsets.)
      const slot = text.slice(m.start, m.end);
      if (slot.startsWith('[')) {
        // "[slides: ex.org/s]" carries a link; "we [the SRE team] own it", inside a quotation, is an
        // editor's insertion. Neither is a slot left to fill.
        if (/\w\.[a-z]{2,}\/|https?:|www\./i.test(slot)) return false;
        if (insideQuotation(text, m.start, m.end)) return false;
      }
      const raw = draft.doc.raw.slice(m.start - before.length, m.start);
      return !(raw.includes('`') && (raw.split('`').length - 1) % 2 === 1);
    };
    return findPhrases(draft, PATTERNS, { negatable: false, matchMentions: true, accept }).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} is a placeholder left in the text.`,
    }));
  },
};
