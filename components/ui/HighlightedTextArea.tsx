/** The composer's editor: a real textarea with lint findings highlighted in place behind its text. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Field, splitField, type TextAreaProps } from './Field';
import { HighlightedText } from './HighlightedText';
import type { HighlightRange } from './highlight';

export interface HighlightedTextAreaProps extends Omit<TextAreaProps, 'value'> {
  value: string;
  /** Character ranges of `value` to highlight (lint findings). */
  ranges: readonly HighlightRange[];
}

/**
 * Why a backdrop: the textarea stays the one thing a screen reader and the keyboard meet (a plain
 * textbox named by its label, e.g. "Message"), and sighted users see each finding where it is while
 * they type. The backdrop is aria-hidden: it repeats the text only to paint marks under it. Marks
 * are also underlined, so that they do not rely on colour alone and survive forced-colours mode.
 * The explanations cannot be reached there (the textarea is on top): the caller lists the findings
 * as text (e.g. with HighlightedText excerpts) and passes that list's id as `describedBy`.
 */
export function HighlightedTextArea(props: HighlightedTextAreaProps) {
  const [field, { value, ranges, onValueInput, onInput, onScroll, ...textarea }] = splitField(props);
  const backdrop = useRef<HTMLDivElement>(null);
  const sync = (area: HTMLTextAreaElement) => {
    const el = backdrop.current;
    if (!el) return;
    el.scrollTop = area.scrollTop;
    el.scrollLeft = area.scrollLeft;
  };
  // A new value from outside (a chosen variant) may change the textarea's scroll without an event.
  useLayoutEffect(() => {
    const area = backdrop.current?.nextElementSibling;
    if (area instanceof HTMLTextAreaElement) sync(area);
  });
  return (
    <Field {...field}>
      {(control) => (
        <div class="ui-hl">
          <div class="ui-hl-backdrop" ref={backdrop} aria-hidden="true">
            {/* A trailing newline needs a character after it, or the backdrop is a line short. */}
            <HighlightedText text={`${value}\u200b`} ranges={ranges} />
          </div>
          <textarea
            {...textarea}
            {...control}
            value={value}
            class="ui-hl-input"
            onInput={(e) => {
              onInput?.(e);
              onValueInput?.(e.currentTarget.value);
              sync(e.currentTarget);
            }}
            onScroll={(e) => {
              onScroll?.(e);
              sync(e.currentTarget);
            }}
          />
        </div>
      )}
    </Field>
  );
}
