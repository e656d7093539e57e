/**
 * The popup away from a profile: why the page could not be captured and what to do, today's
 * follow-ups, the way to the prospect list, and adding a person by hand.
 */
import type { ComponentChildren, Ref } from 'preact';
import { Button } from '@/components/ui/Button';
import type { Prospect } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import { FAILURE_TEXT, type FailureReason } from './failures';
import type { TodayEntry } from './store';

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

const KIND_WORDS: Record<string, string> = {
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
  'report-back': 'Report-back',
};

function whenWords(entry: TodayEntry): string {
  const { item } = entry;
  if (item.state === 'overdue') return item.when;
  if (item.state === 'owed')
    return item.when === 'tomorrow' ? 'owed, due tomorrow' : `owed, due ${item.when}`;
  return 'due today';
}

export function TodayFollowUps({
  entries,
  onDraft,
}: {
  /** Undefined while loading. */
  entries: TodayEntry[] | undefined;
  onDraft: (prospect: Prospect, kind: DraftKind) => void;
}) {
  return (
    <section class="stack" aria-labelledby="today-title">
      <h2 id="today-title">Follow-ups due today</h2>
      {entries === undefined ? (
        <p class="muted">Looking for follow-ups…</p>
      ) : entries.length === 0 ? (
        <p class="muted">Nothing is due today. Askwell reminds you when a follow-up falls due.</p>
      ) : (
        <ul class="today">
          {entries.map((entry) => {
            const { item, prospect } = entry;
            const what = KIND_WORDS[item.reminder.kind] ?? item.reminder.note ?? 'Reminder';
            return (
              <li key={item.reminder.id} class="today-item">
                <div class="today-text">
                  <strong dir="auto">{prospect.fullName}</strong>
                  <span class={item.state === 'overdue' ? 'today-when overdue' : 'today-when'}>
                    {`${what}, ${whenWords(entry)}`}
                  </span>
                </div>
                {item.draftKind && (
                  <Button onClick={() => item.draftKind && onDraft(prospect, item.draftKind)}>
                    {`Write ${what.toLowerCase()}`}
                    <span class="visually-hidden">{` to ${prospect.fullName}`}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
