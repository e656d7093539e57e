/** The popup's list of the follow-ups, thank-yous and report-backs due today, each one click from a draft. */
import { Button } from '@/components/ui/Button';
import type { Prospect } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import type { TodayEntry } from './store';

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
