/**
 * What the "Today" section reads: the open reminders that can be due by tomorrow (owed thank-yous
 * included), with the names of their people, through the sparse index of open reminders.
 */
import { db } from '@/lib/db';
import type { Prospect, Reminder } from '@/lib/db/types';
import { startOfLocalDay } from '@/lib/followups/time';

export interface TodayData {
  reminders: Reminder[];
  /** The people those reminders are about, by id. */
  prospects: Map<number, Prospect>;
}

/**
 * Open reminders due before the end of tomorrow (local): every one that todayList can show,
 * since a thank-you is owed at most a day before it is due.
 */
export async function loadTodayReminders(now: number, timeZone: string): Promise<TodayData> {
  const horizon = startOfLocalDay(now, timeZone, 2);
  const reminders = await db.reminders.where('openDueAt').below(horizon).toArray();
  const ids = [...new Set(reminders.map((r) => r.prospectId))];
  const people = await db.prospects.bulkGet(ids);
  const prospects = new Map<number, Prospect>();
  people.forEach((p, i) => {
    const id = ids[i];
    if (p && id !== undefined) prospects.set(id, p);
  });
  return { reminders: reminders.filter((r) => prospects.has(r.prospectId)), prospects };
}
