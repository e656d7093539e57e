/** How long a draft may be on each channel, and how Askwell counts characters and words to check it. */
import type { Channel, NoteLimit } from './types';

/**
 * Hard limits of the text box the user pastes into, in characters as counted by `characterCount`.
 * Email has no hard limit worth enforcing (providers accept megabytes); its length is judged by
 * the recommended word count alone.
 */
export const HARD_LIMITS: Readonly<Record<Exclude<Channel, 'connection-note'>, number | null>> = {
  inmail: 1900,
  message: 8000,
  email: null,
};

/** The default connection-note limit (free accounts); Premium accounts get 300. */
export const DEFAULT_NOTE_LIMIT: NoteLimit = 200;

/**
 * Above this many words a message, InMail or email is less likely to be read to the end (the
 * principles put the sweet spot at about 50-125 words).
 */
export const RECOMMENDED_MAX_WORDS = 150;

/** The hard character limit of a channel, or null when the channel has none (email). */
export function channelLimit(channel: Channel, noteLimit: NoteLimit = DEFAULT_NOTE_LIMIT): number | null {
  if (channel === 'connection-note') return noteLimit === 300 ? 300 : 200;
  // A channel this version does not know (from stored data, say) has no limit we can vouch for.
  return HARD_LIMITS[channel] ?? null;
}

/**
 * Characters as LinkedIn's text boxes count them. They are `<textarea maxlength>` fields, and the
 * HTML standard measures maxlength in UTF-16 code units of the value, whose line breaks are
 * normalised to a single LF. So an accented letter typed as one character counts 1, an emoji such
 * as 😀 counts 2, a flag counts 4, and a family emoji joined with zero-width joiners counts every
 * part. This never counts fewer characters than the site does, so a draft we say fits, fits.
 */
export function characterCount(text: string): number {
  return text.replace(/\r\n?/g, '\n').length;
}

/**
 * The offset in `text` of the first character past `limit` counted characters (the start of the
 * overflow), or undefined when the text fits.
 */
export function overflowStart(text: string, limit: number): number | undefined {
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    // A CR LF pair counts once, on its LF.
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    counted++;
    if (counted > limit) return graphemeStart(text, i);
  }
  return undefined;
}

// How far either side of an offset to look for the character it belongs to: longer than any
// real emoji sequence (a family of four with skin tones is about 30 units).
const GRAPHEME_REACH = 48;
let segmenter: Intl.Segmenter | undefined;

/**
 * The start of the user-perceived character that contains offset `at`, so a highlight never starts
 * inside an emoji, between a thumbs-up and its skin tone, or between a letter and its accent.
 */
export function graphemeStart(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  const plain = code < 0x300 && !(next >= 0x300 && next < 0x370) && !(next >= 0xd800 && next <= 0xdfff);
  if (plain && at > 0 && text.charCodeAt(at - 1) < 0x300) return at;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const from = Math.max(0, at - GRAPHEME_REACH);
  for (const { index, segment } of segmenter.segment(text.slice(from, at + GRAPHEME_REACH))) {
    if (from + index + segment.length > at) return from + index;
  }
  return at;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words as a reader counts them: whitespace-separated tokens with at least one letter or digit. */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) n++;
  return n;
}

/** Offsets of each counted word, for highlighting what lies past a word budget. */
export function wordSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // One pass over the characters: this runs on every keystroke.
  let start = -1;
  let counted = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text[i] ?? ''));
    if (space) {
      if (start >= 0 && counted) out.push({ start, end: i });
      start = -1;
      counted = false;
      continue;
    }
    if (start < 0) start = i;
    if (!counted)
      counted =
        (code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        (code > 127 && WORD.test(text[i] ?? ''));
  }
  return out;
}

/** Whether the text has any word at all. */
export function hasWords(text: string): boolean {
  return WORD.test(text);
}
