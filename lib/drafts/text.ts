/** Reads a draft once into what every lint rule needs: foldable text, sentences, clauses and negation. */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** The folded text of the sentence (same offsets as the draft). */
  text: string;
}

/** A draft, analysed once per lint run and shared by all rules. */
export interface DraftDoc {
  /** Exactly what the user typed; finding ranges index into this. */
  raw: string;
  /**
   * The same text with typographic variants folded (curly quotes, dashes, no-break spaces), one
   * UTF-16 unit for one, so that every offset in `text` is an offset in `raw`.
   */
  text: string;
  sentences: Sentence[];
}

// Each replacement is a single UTF-16 unit for a single UTF-16 unit: offsets must not move.
const FOLDS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, ' '],
];

/** Folds typographic variants so rules match "I’m" like "I'm" and "15–20" like "15-20". */
export function fold(raw: string): string {
  // Most drafts are plain ASCII without backticks; skip the replacements then (every keystroke).
  if (!/[^\t\n\r\x20-\x5f\x61-\x7e]/.test(raw)) return raw;
  let text = raw;
  for (const [re, to] of FOLDS) text = text.replace(re, to);
  return text;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'approx',
  'min',
  'mins',
]);

const SENTENCE_END = /[.!?\u2026]+["')\]]*(?=\s|$)|\n/g;

/** Splits folded text into sentences (a line break always ends one, so bullet lists split per line). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    // "... why “can I pick your brain?” emails go unanswered": a quoted question mid-sentence.
    if (/^[.!?\u2026]+["')\]]/.test(m[0]) && /^[^\S\n]+\p{Ll}/u.test(text.slice(end))) continue;
    // "do you still use select! in new code": a macro or an aside, not the end of a sentence.
    if (
      m[0] === '!' &&
      /\w/.test(text[m.index - 1] ?? '') &&
      /^[^\S\n]+\p{Ll}/u.test(text.slice(end, end + 4))
    )
      continue;
    if (m[0].startsWith('.')) {
      const before = wordBefore(text, m.index, start);
      // "e.g." and "Dr." do not end a sentence; a single capital ("J. Smith") does not either.
      if (ABBREVIATIONS.has(before) || /^\p{Lu}$/u.test(before)) continue;
      // "No. 5" abbreviates "number"; "Fine to say no." ends a sentence.
      if (before === 'no' && /^\s*\d/.test(text.slice(end))) continue;
    }
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** The letters and dots just before `at` ("e.g" in "e.g."), lower-cased, at most 12 back. */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && at - i < 12 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at).toLowerCase();
}

// Emoji that open a line ("🎉🎉 Can I ...") belong to no sentence: a highlight starts at the words.
const LEADING_EMOJI =
  /^(?:\s|\u200d|\ufe0f|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})+/u;

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  if (s < e && text.charCodeAt(s) > 0x7f)
    s += LEADING_EMOJI.exec(text.slice(s, Math.min(e, s + 64)))?.[0].length ?? 0;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

export function analyse(raw: string): DraftDoc {
  const text = fold(raw);
  return { raw, text, sentences: splitSentences(text) };
}

/** The sentence that contains offset `at` (or undefined between sentences). */
export function sentenceAt(doc: DraftDoc, at: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** How far back a negation can sit: a clause, not a whole run-on paragraph. */
const NEGATION_REACH = 160;

// A clause ends at strong punctuation, a contrast word, or a comma that starts a new request
// (", could you ..."), but not at the commas of a list ("a job, a referral, or an introduction").
const CLAUSE_BREAK =
  /[;:()]|\b(?:but|however|although|though|instead|rather|except)\b|,(?=\s*(?:and\s+|so\s+|then\s+)?(?:could|would|can|will|please|i|i'd|i'm|i've|i'll|we|if|do|is|are|may|might|just|happy|instead)\b)/gi;

// A negator, unless it belongs to an idiom that negates nothing ("no worries", "if not").
const NEGATOR = /\b(?:not|never|no|nor|without|none|neither)\b|n't\b|\bcannot\b/gi;
// "I hope it's not too much to ask for a referral", "hope you don't mind me asking you to mentor
// me": the negation softens the asking, it does not take the ask back.
const NOT_A_NEGATION =
  /^(?:not\s+(?:only|just|sure|yet)|no\s+(?:worries|pressure|problem|rush|matter|doubt|obligation|need\s+to\s+reply)|(?:not|n't)\s+(?:(?:too|overly|very|a\s+bit|at\s+all)\s+)?(?:much|rude|weird|forward|pushy|presumptuous|odd|strange|inappropriate|awkward|cheeky|out\s+of\s+line|a\s+bother|an?\s+(?:imposition|burden|problem|issue))\b|n't\s+mind\b)/i;

/**
 * Whether the words just before `start` (in the same clause) negate the match, as in "I'm not
 * asking for a job" or "rather than pick your brain", or the words just after do ("a referral
 * isn't what I'm after").
 */
export function isNegated(doc: DraftDoc, start: number, end: number, window = 8): boolean {
  const sentence = sentenceAt(doc, start);
  const from = Math.max(sentence?.start ?? 0, start - NEGATION_REACH);
  let before = doc.text.slice(from, start);
  CLAUSE_BREAK.lastIndex = 0;
  let clauseStart = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null; m = CLAUSE_BREAK.exec(before)) {
    const w = m[0].toLowerCase();
    // "rather than X" and "instead of X" negate X, so they open the negated clause instead.
    if (w === 'rather' && /^\s+than\b/i.test(before.slice(m.index + w.length))) {
      clauseStart = m.index;
      continue;
    }
    if (w === 'instead' && /^\s+of\b/i.test(before.slice(m.index + w.length))) {
      clauseStart = m.index;
      continue;
    }
    clauseStart = m.index + m[0].length;
  }
  before = before.slice(clauseStart);
  if (/\b(?:rather\s+than|instead\s+of)\b/i.test(before)) return true;
  const words = before.split(/\s+/).filter(Boolean).slice(-window).join(' ');
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(words); m !== null; m = NEGATOR.exec(words)) {
    const rest = words.slice(m.index);
    const prev = words.slice(0, m.index);
    if (NOT_A_NEGATION.test(rest)) continue;
    if (/\b(?:if|or|whether)\s*$/i.test(prev) && /^not\b/i.test(rest)) continue;
    return true;
  }
  const sentenceEnd = Math.min(sentence?.end ?? doc.text.length, end + 40);
  const after = doc.text.slice(end, sentenceEnd);
  return /^\s*(?:(?:is|are|was|were)\s+(?:not|never)|isn't|aren't|wasn't|weren't)\b/i.test(after);
}

// After a quoted phrase, words that show it is named, not said: "“pick your brain” emails".
const MENTION_AFTER =
  /^\s*(?:emails?|e-mails?|messages?|notes?|requests?|asks?|dms?|pitch(?:es)?|lines?|openers?|phrases?|approach|culture|crowd|types?|kind|posts?|questions?)\b/i;
// A quote right after "your post" or "titled" is a title: "your post “Sorry, the pager is on fire”".
const MENTION_BEFORE =
  /\b(?:phrase|words?|saying|say|says|said|called|named|titled|entitled|like|post|talk|article|essay|piece|book|paper|episode|thread|blog|keynote|newsletter|chapter|video|series|section)\s*$/i;

/**
 * Whether the span sits inside double quotes that name a phrase rather than use it: a quoted
 * question or sentence ("why “can I pick your brain?” goes unanswered"), a quoted phrase used as
 * a noun ("“pick your brain” emails"), or one introduced as such ("the phrase “...”"). Scare
 * quotes around the writer's own words ("could I “pick your brain”?") stay a use.
 */
export function isMention(doc: DraftDoc, start: number, end: number): boolean {
  // Look only as far as a quotation can reach: on a long draft with many matches, searching the
  // whole text for quotes and line breaks each time would make this quadratic.
  const from = Math.max(0, start - QUOTE_REACH);
  const text = doc.text.slice(from, end + QUOTE_REACH);
  return isMentionIn(text, start - from, end - from);
}

/** How far a quotation may reach either side of the phrase it names. */
const QUOTE_REACH = 300;

function isMentionIn(text: string, start: number, end: number): boolean {
  // Most drafts quote nothing: answer from a few native searches, never a walk over the line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const pair =
    doubleQuotes(text, start, end, lineStart, lineEnd) ?? singleQuotes(text, start, end, lineStart);
  if (!pair) return false;
  const [open, close] = pair;
  if (/[?!.]\s*$/.test(text.slice(open + 1, close))) return true;
  if (MENTION_AFTER.test(text.slice(close + 1, close + 30))) return true;
  return MENTION_BEFORE.test(text.slice(Math.max(lineStart, open - 20), open));
}

/** The double quotes around the span on its line, as [open, close], if it sits inside a pair. */
function doubleQuotes(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
): [number, number] | undefined {
  const open = start > 0 ? text.lastIndexOf('"', start - 1) : -1;
  if (open < lineStart) return undefined;
  const close = text.indexOf('"', end);
  if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return undefined;
  // The quote before the match opens a pair only if an even number of quotes precede it.
  let quotes = 0;
  for (let i = text.indexOf('"', lineStart); i >= 0 && i < open; i = text.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1 ? undefined : [open, close];
}

const LETTER = /[\p{L}\p{N}]/u;
/** How far a single-quoted phrase may reach either side of the match. */
const SINGLE_QUOTE_REACH = 80;

/**
 * Single quotes around the span ('can I pick your brain' messages): an opening quote with no letter
 * before it and a closing one with no letter after it, so apostrophes (can't, Maya's) never count.
 */
function singleQuotes(
  text: string,
  start: number,
  end: number,
  lineStart: number,
): [number, number] | undefined {
  const floor = Math.max(lineStart, start - SINGLE_QUOTE_REACH);
  let open = -1;
  for (let i = text.lastIndexOf("'", start - 1); i >= floor && i < start; i = text.lastIndexOf("'", i - 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (LETTER.test(before) && LETTER.test(after)) continue;
    if (!LETTER.test(before) && LETTER.test(after)) open = i;
    break;
  }
  if (open < 0) return undefined;
  const ceiling = Math.min(text.length, end + SINGLE_QUOTE_REACH);
  for (let i = text.indexOf("'", end); i >= 0 && i < ceiling; i = text.indexOf("'", i + 1)) {
    if (text[i - 1] === '\n' || text.slice(end, i).includes('\n')) return undefined;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (LETTER.test(before) && LETTER.test(after)) continue;
    return !LETTER.test(after) && !/\s/.test(before) ? [open, i] : undefined;
  }
  return undefined;
}

/** Whether offset `at` lies inside a web address (a slug such as /coffee-chat-etiquette). */
export function isInLink(doc: DraftDoc, at: number): boolean {
  const text = doc.text;
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1] ?? '')) i--;
  return /^[(<["']?(?:https?:\/\/|www\.)/i.test(text.slice(i, i + 12));
}

const QUOTED_SENTENCE = /"[^"\n]{0,200}?[?!.]\s*"/g;

/** The text with quoted sentences ("“can I pick your brain?”") blanked out, offsets unchanged. */
export function blankQuotedSentences(text: string): string {
  if (!text.includes('"')) return text;
  return text.replace(QUOTED_SENTENCE, (m) => ' '.repeat(m.length));
}

/** Every match of a global regex, as spans into the folded text. */
export function matchAll(re: RegExp, text: string): (Span & { match: RegExpExecArray })[] {
  const out: (Span & { match: RegExpExecArray })[] = [];
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}
