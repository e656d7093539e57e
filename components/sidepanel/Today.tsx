/**
 * "Today", above the list: follow-ups due and overdue, thank-yous owed, report-backs due, each with
 * one click to draft the right message.
 */
import { useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/hooks/useLiveQuery';
import { Button } from '@/components/ui';
import { completeReminder } from '@/lib/conversation';
import type { Prospect } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import { type TodayItem, todayList } from '@/lib/followups/due';
import { localDayNumber } from '@/lib/followups/time';
import { DRAFT_LABELS } from '@/lib/sidepanel/labels';
import { loadTodayReminders } from '@/lib/sidepanel/today';
import { messageOf } from './hooks';

/** Items shown per group before "Show all": Today must leave room for the list below it. */
export const TODAY_PREVIEW = 3;

export interface TodayProps {
  now: number;
  timeZone: string;
  onOpen: (prospectId: number) => void;
  onDraft: (prospectId: number, kind: DraftKind) => void;
  onError: (message: string) => void;
}

const GROUPS = [
  { key: 'followUps', title: 'Follow-ups due' },
  { key: 'thankYous', title: 'Thank-yous owed' },
  { key: 'reportBacks', title: 'Report-backs due' },
  { key: 'custom', title: 'Your reminders' },
] as const;

export function Today({ now, timeZone, onOpen, onDraft, onError }: TodayProps) {
  const day = localDayNumber(now, timeZone);
  const { value } = useLiveQuery(() => loadTodayReminders(Date.now(), timeZone), [day, timeZone]);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  if (!value) return null;
  const list = todayList(value.reminders, now, timeZone);

  return (
    <section class="sp-today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {list.count === 0 ? (
        <p class="muted">
          Nothing due today. Follow-ups, thank-yous and report-backs appear here when they fall due.
        </p>
      ) : (
        GROUPS.map(({ key, title }) => {
          const items = list[key];
          if (items.length === 0) return null;
          const open = expanded[key] ?? false;
          const visible = open ? items : items.slice(0, TODAY_PREVIEW);
          const headingId = `today-${key}`;
          return (
            <div key={key} class="stack" style={{ gap: '6px' }}>
              <h3 id={headingId}>
                {title} ({items.length})
              </h3>
              {visible.map((item) => (
                <TodayRow
                  key={item.reminder.id}
                  item={item}
                  prospect={value.prospects.get(item.reminder.prospectId)}
                  onOpen={onOpen}
                  onDraft={onDraft}
                  onError={onError}
                />
              ))}
              {items.length > TODAY_PREVIEW && (
                <div>
                  <Button aria-expanded={open} onClick={() => setExpanded({ ...expanded, [key]: !open })}>
                    {open ? 'Show fewer' : `Show all ${items.length}`}
                  </Button>
                </div>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}

function TodayRow({
  item,
  prospect,
  onOpen,
  onDraft,
  onError,
}: {
  item: TodayItem;
  prospect: Prospect | undefined;
  onOpen: (prospectId: number) => void;
  onDraft: (prospectId: number, kind: DraftKind) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (!prospect || prospect.id === undefined) return null;
  const id = prospect.id;
  const name = prospect.fullName;
  const overdue = item.state === 'overdue';
  const when = item.state === 'owed' ? `owed, due ${item.when}` : item.when;
  const kind = item.draftKind;
  return (
    <div class="sp-today-item">
      <div class="sp-today-who">
        <button type="button" class="sp-link" onClick={() => onOpen(id)}>
          {name}
        </button>
        <span class={overdue ? 'sp-overdue' : 'muted'}>
          {item.reminder.kind === 'custom' && item.reminder.note ? `${item.reminder.note}, ` : ''}
          {when}
        </span>
      </div>
      {kind ? (
        <Button aria-label={`Draft ${DRAFT_LABELS[kind]} to ${name}`} onClick={() => onDraft(id, kind)}>
          {`Draft ${DRAFT_LABELS[kind]}`}
        </Button>
      ) : (
        <Button
          aria-label={`Mark the reminder about ${name} done`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            completeReminder(item.reminder.id as number)
              .catch((e: unknown) => onError(messageOf(e)))
              .finally(() => setBusy(false));
          }}
        >
          Done
        </Button>
      )}
    </div>
  );
}
