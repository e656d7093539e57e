/**
 * Where the background's reminder engine reads from: the prospect store, read-only, through plain
 * IndexedDB. The background only ever reads two things (open reminders, and the names of their
 * people), so it does without Dexie, which would triple the size of the worker that wakes on every
 * alarm. The pages own every write, through Dexie.
 */
import { openExisting, request } from '@/lib/db/raw-read';
import { DB_NAME } from '@/lib/db/schema';
import type { Prospect, Reminder } from '@/lib/db/types';
import { getSettings } from '@/lib/settings';
import type { OpenReminder, ReminderSource } from './reminder-engine';

/** Every open reminder (only open ones carry `openDueAt`) with its person's name, soonest first. */
export async function readOpenReminders(
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
): Promise<OpenReminder[]> {
  const database = await openExisting(factory, name);
  if (!database) return [];
  try {
    if (!database.objectStoreNames.contains('reminders') || !database.objectStoreNames.contains('prospects'))
      return [];
    const tx = database.transaction(['reminders', 'prospects'], 'readonly');
    const open = (await request(tx.objectStore('reminders').index('openDueAt').getAll())) as Reminder[];
    const prospects = tx.objectStore('prospects');
    const ids = [...new Set(open.map((r) => r.prospectId))];
    const people = (await Promise.all(ids.map((id) => request(prospects.get(id))))) as (
      | Prospect
      | undefined
    )[];
    const names = new Map<number, string>();
    people.forEach((p, i) => {
      const id = ids[i];
      if (p && id !== undefined) names.set(id, p.fullName);
    });
    return open.flatMap((reminder) => {
      const prospectName = names.get(reminder.prospectId);
      return reminder.id === undefined || prospectName === undefined
        ? []
        : [{ reminder: { ...reminder, id: reminder.id }, prospectName }];
    });
  } finally {
    database.close();
  }
}

export const storeReminderSource: ReminderSource = {
  loadOpenReminders: () => readOpenReminders(),
  async notificationsEnabled(): Promise<boolean> {
    return (await getSettings()).notifications;
  },
};
