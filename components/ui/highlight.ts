/** Splits a text into plain and highlighted segments for character ranges, e.g. lint findings over a draft. */

/** A half-open range [start, end) of UTF-16 code units, the same indexes as a textarea's selection. */
export interface HighlightRange {
  start: number;
  end: number;
  /** Why this part is highlighted, in the user's words (a lint finding's explanation). */
  title?: string;
}

/** A run of text, highlighted or not; `start` is its index in the whole text. */
export interface TextSegment {
  text: string;
  start: number;
  /** Present when the run is highlighted: the titles of every range that covers it, joined. */
  highlight?: { title: string };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an index that falls between the two halves of a surrogate pair so that no pair is split. */
function snap(text: string, index: number, direction: -1 | 1): number {
  if (index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index)))
    return index + direction;
  return index;
}

/**
 * The segments of `text` with `ranges` highlighted. Ranges are clamped to the text, empty,
 * inverted or non-numeric ones are dropped, overlapping ones are merged into one highlight (their titles joined
 * with "; "), and a range never splits a surrogate pair. Touching ranges stay separate findings.
 */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const clean = ranges
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end))
    .map((r) => {
      const lo = Math.trunc(r.start);
      const hi = Math.trunc(r.end);
      return {
        start: snap(text, Math.max(0, Math.min(text.length, lo)), -1),
        end: snap(text, Math.max(0, Math.min(text.length, hi)), 1),
        title: r.title?.trim() ?? '',
      };
    })
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: { start: number; end: number; titles: string[] }[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      if (r.title && !last.titles.includes(r.title)) last.titles.push(r.title);
    } else {
      merged.push({ start: r.start, end: r.end, titles: r.title ? [r.title] : [] });
    }
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), start: at });
    segments.push({
      text: text.slice(m.start, m.end),
      start: m.start,
      highlight: { title: m.titles.join('; ') },
    });
    at = m.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), start: at });
  return segments;
}
