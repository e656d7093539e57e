/** A short status word (e.g. a prospect's status) in a coloured pill; the word, not the colour, carries the meaning. */
import type { ComponentChildren } from 'preact';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function StatusPill({
  tone = 'neutral',
  label,
  children,
}: {
  tone?: Tone;
  /** Read before the text by screen readers, e.g. "Status" so that "requested" is heard as "Status: requested". */
  label?: string;
  children: ComponentChildren;
}) {
  return (
    <span class={`ui-pill ${tone}`}>
      {label && <span class="visually-hidden">{`${label}: `}</span>}
      {children}
    </span>
  );
}

/** The same pill under its generic name. */
export const Badge = StatusPill;
