/** A prospect's reminders: what is due and when, with done, snooze, reschedule and draft. */
import { useState } from 'preact/hooks';
import { Button, Dialog, FieldGroup, TextField } from '@/components/ui';
import { completeReminder, snoozeReminder } from '@/lib/conversation';
import type { Reminder } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import { draftKindFor, relativeDueText } from '@/lib/followups/due';
import { effectiveDueAt, isOpen, snoozeOptions } from '@/lib/followups/reminders';
import { startOfLocalDay } from '@/lib/followups/time';
import { DRAFT_LABELS, REMINDER_LABELS } from '@/lib/sidepanel/labels';
import { dateInputValue, morningOf, rescheduleReminder } from '@/lib/sidepanel/reminders';
import { messageOf } from './hooks';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface DetailRemindersProps {
  reminders: Reminder[];
  prospectName: string;
  now: number;
  timeZone: string;
  onDraft: (kind: DraftKind) => void;
  onError: (message: string) => void;
  onSaved: (message: string) => void;
}

function titleOf(r: Reminder): string {
  return r.kind === 'custom' && r.note ? r.note : REMINDER_LABELS[r.kind];
}

export function DetailReminders({
  reminders,
  prospectName,
  now,
  timeZone,
  onDraft,
  onError,
  onSaved,
}: DetailRemindersProps) {
  const [moving, setMoving] = useState<Reminder | null>(null);
  const [busy, setBusy] = useState(false);
  const open = reminders.filter(isOpen).sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b));
  const done = reminders.filter((r) => !isOpen(r)).sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  const startOfToday = startOfLocalDay(now, timeZone);

  const act = (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    work()
      .then(() => onSaved(message))
      .catch((e: unknown) => onError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return (
    <section class="sp-section" aria-labelledby="detail-reminders">
      <h3 id="detail-reminders">Reminders</h3>
      {open.length === 0 ? (
        <p class="muted">
          No reminder is open. Mark a request as sent or log a meeting, and Askwell plans the follow-up,
          thank-you and report-back for you.
        </p>
      ) : (
        <ul class="sp-items" aria-label="Open reminders">
          {open.map((r) => {
            const due = effectiveDueAt(r);
            const kind = draftKindFor(r.kind);
            const title = titleOf(r);
            return (
              <li key={r.id} class="sp-item">
                <div class="sp-item-head">
                  <strong>{title}</strong>
                  <span class={due < startOfToday ? 'sp-overdue' : 'muted'}>
                    {relativeDueText(due, now, timeZone)} <span class="muted">({dateTime.format(due)})</span>
                  </span>
                </div>
                {r.snoozedUntil !== undefined && <p class="muted">Moved from {dateOnly.format(r.dueAt)}.</p>}
                <div class="sp-buttons">
                  {kind && (
                    <Button
                      aria-label={`Draft ${DRAFT_LABELS[kind]} to ${prospectName}`}
                      onClick={() => onDraft(kind)}
                    >
                      {`Draft ${DRAFT_LABELS[kind]}`}
                    </Button>
                  )}
                  <Button
                    aria-label={`Mark ${title.toLowerCase()} done`}
                    disabled={busy}
                    onClick={() => act(() => completeReminder(r.id as number), `${title} marked done.`)}
                  >
                    Mark done
                  </Button>
                  <Button
                    aria-label={`Snooze or reschedule ${title.toLowerCase()}`}
                    onClick={() => setMoving(r)}
                  >
                    Snooze or reschedule
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {done.length > 0 && (
        <details>
          <summary>Done ({done.length})</summary>
          <ul class="sp-items" aria-label="Done reminders">
            {done.map((r) => (
              <li key={r.id} class="sp-done">
                {titleOf(r)}: done {dateOnly.format(r.doneAt as number)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {moving && (
        <MoveReminderDialog
          reminder={moving}
          now={now}
          timeZone={timeZone}
          onClose={() => setMoving(null)}
          onMove={(work, message) => {
            setMoving(null);
            act(work, message);
          }}
        />
      )}
    </section>
  );
}

function MoveReminderDialog({
  reminder,
  now,
  timeZone,
  onClose,
  onMove,
}: {
  reminder: Reminder;
  now: number;
  timeZone: string;
  onClose: () => void;
  onMove: (work: () => Promise<unknown>, message: string) => void;
}) {
  const id = reminder.id as number;
  const title = titleOf(reminder);
  const [date, setDate] = useState(dateInputValue(Math.max(effectiveDueAt(reminder), now), timeZone));
  const [error, setError] = useState('');
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Snooze or reschedule: ${title}`}
      description={`Due ${relativeDueText(effectiveDueAt(reminder), now, timeZone)}.`}
    >
      <FieldGroup legend="Snooze">
        <div class="sp-buttons">
          {snoozeOptions(now, timeZone).map((o) => (
            <Button
              key={o.id}
              onClick={() =>
                onMove(
                  () => snoozeReminder(id, o.until),
                  `${title} snoozed until ${dateTime.format(o.until)}.`,
                )
              }
            >
              {o.label}
            </Button>
          ))}
        </div>
      </FieldGroup>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          let to: number;
          try {
            to = morningOf(date, timeZone);
          } catch (err) {
            setError(messageOf(err));
            return;
          }
          onMove(() => rescheduleReminder(id, to), `${title} moved to ${dateTime.format(to)}.`);
        }}
      >
        <TextField
          type="date"
          label="New day"
          hint="It will be due at 9:00 that morning."
          min={dateInputValue(now, timeZone)}
          required
          value={date}
          error={error}
          onValueInput={(v) => {
            setDate(v);
            setError('');
          }}
        />
        <div class="sp-buttons">
          <Button type="submit" variant="primary">
            Move to this day
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
