// Invented prospects and reminders for the background tests, plus an in-memory reminder source.
import type { OpenReminder, ReminderSource } from '@/lib/background/reminder-engine';
import type { Reminder } from '@/lib/db/types';

export const NOW = Date.parse('2026-06-10T09:00:00Z');
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function row(
  id: number,
  kind: Reminder['kind'],
  dueAt: number,
  prospectName = `Invented Person ${id}`,
  extra: Partial<Reminder> = {},
): OpenReminder {
  return { reminder: { id, prospectId: 100 + id, kind, dueAt, ...extra }, prospectName };
}

/** A reminder source the test can change between runs, like the store would change. */
export function memorySource(initial: OpenReminder[] = [], notifications = true) {
  const state = { rows: initial, notifications, loads: 0 };
  const source: ReminderSource = {
    async loadOpenReminders() {
      state.loads++;
      return state.rows.map((r) => ({ ...r, reminder: { ...r.reminder } }));
    },
    async notificationsEnabled() {
      return state.notifications;
    },
  };
  return { source, state };
}
