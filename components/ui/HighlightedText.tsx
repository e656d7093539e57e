/** Shows a text with some character ranges marked (lint findings), as text nodes only. */
import type { HTMLAttributes } from 'preact';
import { useMemo } from 'preact/hooks';
import { type HighlightRange, highlightSegments } from './highlight';

export interface HighlightedTextProps
  extends Omit<HTMLAttributes<HTMLSpanElement>, 'children' | 'class' | 'className'> {
  class?: string;
  text: string;
  ranges: readonly HighlightRange[];
}

/**
 * Every segment is a Preact text child, so markup in the text (`<img onerror>`) stays text. Each
 * highlight is a `<mark>` whose `title` explains it on hover; a screen reader hears the mark as a
 * highlight, so the explanation must also be visible elsewhere (the composer's list of findings).
 */
export function HighlightedText({ text, ranges, class: className, ...rest }: HighlightedTextProps) {
  const segments = useMemo(() => highlightSegments(text, ranges), [text, ranges]);
  return (
    <span {...rest} class={['ui-highlighted', className].filter(Boolean).join(' ')}>
      {segments.map((s) =>
        s.highlight ? (
          <mark key={s.start} title={s.highlight.title || undefined}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </span>
  );
}
