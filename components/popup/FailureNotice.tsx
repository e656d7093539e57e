/** Why the popup cannot capture this page, in one sentence, and what to do about it. */
import type { ComponentChildren, Ref } from 'preact';
import { FAILURE_TEXT, type FailureReason } from './failures';

export function FailureNotice({
  reason,
  headingRef,
  children,
}: {
  reason: FailureReason;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The next step, when there is one to click (Try again, Capture this page anyway). */
  children?: ComponentChildren;
}) {
  const text = FAILURE_TEXT[reason];
  return (
    <section class={`notice notice-${reason}`} aria-labelledby="notice-title">
      <h1 id="notice-title" tabIndex={-1} ref={headingRef}>
        {text.title}
      </h1>
      <p>{`${text.why} ${text.todo}`}</p>
      {children && <div class="row">{children}</div>}
    </section>
  );
}
