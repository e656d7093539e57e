/** A prospect's timeline (newest first) and the form to log what happened outside Askwell. */
import { useState } from 'preact/hooks';
import { Button, Select, TextArea, TextField } from '@/components/ui';
import { recordTouch } from '@/lib/conversation';
import type { Touch, TouchKind } from '@/lib/db/types';
import { TOUCH_CHOICES, TOUCH_LABELS } from '@/lib/sidepanel/labels';
import { dateInputValue, morningOf } from '@/lib/sidepanel/reminders';
import { messageOf } from './hooks';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface DetailTimelineProps {
  prospectId: number;
  touches: Touch[];
  timeZone: string;
  onError: (message: string) => void;
  onSaved: (message: string) => void;
}

/** When a touch logged for `date` happened: now for today, 09:00 local for another day. */
export function touchTime(date: string, now: number, timeZone: string): number {
  return date === dateInputValue(now, timeZone) ? now : morningOf(date, timeZone);
}

export function DetailTimeline({ prospectId, touches, timeZone, onError, onSaved }: DetailTimelineProps) {
  const [kind, setKind] = useState<TouchKind>('reply');
  const [date, setDate] = useState(() => dateInputValue(Date.now(), timeZone));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const newestFirst = [...touches].sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
  const today = dateInputValue(Date.now(), timeZone);

  const submit = (e: Event) => {
    e.preventDefault();
    let at: number;
    try {
      at = touchTime(date, Date.now(), timeZone);
    } catch (err) {
      setError(messageOf(err));
      return;
    }
    if (at > Date.now() + 60_000) {
      setError('Log what has happened: pick today or an earlier day.');
      return;
    }
    setBusy(true);
    const trimmed = text.trim();
    recordTouch(prospectId, { kind, at, ...(trimmed ? { text: trimmed } : {}) })
      .then(() => {
        setText('');
        onSaved(`${TOUCH_LABELS[kind]} added to the timeline.`);
      })
      .catch((err: unknown) => onError(messageOf(err)))
      .finally(() => setBusy(false));
  };

  return (
    <section class="sp-section" aria-labelledby="detail-timeline">
      <h3 id="detail-timeline">Timeline</h3>
      {newestFirst.length === 0 ? (
        <p class="muted">Nothing yet. Log what happens here: a reply, a meeting, a note to yourself.</p>
      ) : (
        <ol class="sp-items" aria-label="Timeline, newest first" reversed>
          {newestFirst.map((t) => (
            <li key={t.id} class="sp-item">
              <div class="sp-item-head">
                <strong>{TOUCH_LABELS[t.kind]}</strong>
                <time class="muted" dateTime={new Date(t.at).toISOString()}>
                  {dateTime.format(t.at)}
                </time>
              </div>
              {t.channel && <span class="muted">{t.channel.replace('-', ' ')}</span>}
              {t.text && (
                <p class="sp-item-text">{t.text.length > 400 ? `${t.text.slice(0, 400)}…` : t.text}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <form class="stack card" onSubmit={submit} aria-labelledby="timeline-add">
        <h4 id="timeline-add" style={{ margin: 0 }}>
          Add to the timeline
        </h4>
        <div class="sp-grid2">
          <Select
            label="What happened"
            options={TOUCH_CHOICES.map((k) => ({ value: k, label: TOUCH_LABELS[k] }))}
            value={kind}
            onValueChange={(v) => setKind(v as TouchKind)}
          />
          <TextField
            type="date"
            label="When"
            max={today}
            required
            value={date}
            error={error}
            onValueInput={(v) => {
              setDate(v);
              setError('');
            }}
          />
        </div>
        <TextArea label="Details (optional)" value={text} onValueInput={setText} rows={2} />
        <div>
          <Button type="submit" variant="primary" disabled={busy}>
            Add to timeline
          </Button>
        </div>
      </form>
    </section>
  );
}
