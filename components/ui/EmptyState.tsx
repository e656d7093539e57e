/** What a screen shows when it has nothing to list yet: what this place is for and the next step. */
import type { ComponentChildren } from 'preact';

export function EmptyState({
  heading,
  level = 2,
  children,
  action,
}: {
  heading: string;
  /** The heading level that fits the page's outline. */
  level?: 2 | 3 | 4;
  /** The explanation: what will appear here and how to get there. */
  children?: ComponentChildren;
  /** The next step, usually one Button. */
  action?: ComponentChildren;
}) {
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="ui-empty">
      <H class="ui-empty-heading">{heading}</H>
      {children && <div class="ui-empty-body">{children}</div>}
      {action && <div class="ui-empty-action">{action}</div>}
    </div>
  );
}
