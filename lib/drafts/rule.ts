/** The shape of one lint rule, and the per-draft facts that several rules share (computed once). */
import type { DraftContext, RuleId, Severity } from './lint';
import { type Ask, findAsks, findEasyOuts, findTimeBoxes, findWhyYou } from './patterns';
import { type DraftDoc, isInLink, isMention, isNegated, matchAll, type Sentence, type Span } from './text';
import type { Channel, DraftKind, NoteLimit } from './types';

/** The lint context with its defaults filled in. */
export interface ResolvedContext {
  channel: Channel;
  noteLimit: NoteLimit;
  kind: DraftKind;
  prospect: NonNullable<DraftContext['prospect']>;
  me: NonNullable<DraftContext['me']>;
}

/** One thing a rule found: what, and where (omitted when it concerns the whole draft). */
export interface RuleHit {
  /** What was found, in a sentence the user understands ("You ask to “pick their brain”."). */
  detail: string;
  start?: number;
  end?: number;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** A short name for the finding, for headings and lists. */
  title: string;
  /** Why it matters, in one line, from the mentoring principles. */
  why: string;
  /** What to do instead. */
  fix: string;
  /** The kinds of draft the rule judges (a thank-you needs no ask, an agenda no easy out). */
  kinds: readonly DraftKind[];
  check(draft: LintInput): RuleHit[];
}

export const ALL_KINDS: readonly DraftKind[] = ['request', 'follow-up', 'thank-you', 'report-back', 'agenda'];
export const ASKING_KINDS: readonly DraftKind[] = ['request', 'follow-up'];

/** A draft under lint: the analysed text, the context, and shared detections computed on first use. */
export class LintInput {
  private cache: { asks?: Ask[]; timeBoxes?: Span[]; easyOuts?: Span[]; whyYou?: Span[] } = {};

  constructor(
    readonly doc: DraftDoc,
    readonly context: ResolvedContext,
  ) {}

  get asks(): Ask[] {
    this.cache.asks ??= findAsks(this.doc);
    return this.cache.asks;
  }

  get timeBoxes(): Span[] {
    this.cache.timeBoxes ??= findTimeBoxes(this.doc);
    return this.cache.timeBoxes;
  }

  get easyOuts(): Span[] {
    this.cache.easyOuts ??= findEasyOuts(this.doc);
    return this.cache.easyOuts;
  }

  get whyYou(): Span[] {
    this.cache.whyYou ??= findWhyYou(this.doc, this.context);
    return this.cache.whyYou;
  }
}

// "Hi Sam, could we ...": the greeting is no part of the request a finding points at.
const LEADING_GREETING = /^(?:hi|hello|hey|dear|hiya|greetings)\b[^,!?.\n]{0,40}?[,!:-]\s+(?=\S)/i;

/** The words of a sentence a finding highlights: the sentence without a greeting in front of it. */
export function sentenceSpan(s: Sentence): Span {
  const greeting = LEADING_GREETING.exec(s.text);
  return { start: s.start + (greeting?.[0].length ?? 0), end: s.end };
}

/** Quotes the words a finding is about, as the user wrote them. */
export function quote(doc: DraftDoc, span: Span): string {
  return `“${doc.raw.slice(span.start, span.end).replace(/\s+/g, ' ').trim()}”`;
}

/**
 * Matches of any of `patterns` in the draft, merged where they overlap, left out where the
 * writer negates them ("I'm not asking for a job") unless `negatable` is false, and where the
 * phrase is only named, in quotes (“pick your brain” emails) or inside a link
 * (example.org/coffee-chat-etiquette), unless `matchMentions` is true.
 */
export function findPhrases(
  draft: LintInput,
  patterns: readonly RegExp[],
  {
    negatable = true,
    matchMentions = false,
    accept,
  }: { negatable?: boolean; matchMentions?: boolean; accept?: (span: Span) => boolean } = {},
): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of matchAll(pattern, draft.doc.text)) {
      if (accept && !accept(m)) continue;
      if (negatable && isNegated(draft.doc, m.start, m.end)) continue;
      if (!matchMentions && (isMention(draft.doc, m.start, m.end) || isInLink(draft.doc, m.start))) continue;
      spans.push({ start: m.start, end: m.end });
    }
  }
  return mergeSpans(spans);
}

/** Sorts spans and merges those that overlap, so one phrase is highlighted once. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
