/**
 * The side panel's reminder actions that lib/conversation.ts does not cover: moving a reminder to
 * another day, and re-planning every open reminder after the cadence in settings changed.
 */
import { remindersChanged } from '@/lib/conversation';
import { db } from '@/lib/db';
import { guard, StoreError } from '@/lib/db/errors';
import { storedReminder } from '@/lib/db/records';
import * as store from '@/lib/db/reminders';
import { planReminders } from '@/lib/followups/plan';
import { DAY_MS, instantOfLocal, localDayNumber } from '@/lib/followups/time';
import type { Cadence } from '@/lib/settings-types';

/** The hour a rescheduled reminder is due on its new day: mornings greet, they do not wake. */
export const RESCHEDULE_HOUR = 9;

/** 09:00 local time on the local calendar date `date` ("2026-11-30"). */
export function morningOf(date: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError('Pick a date.');
  return instantOfLocal(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: RESCHEDULE_HOUR },
    timeZone,
  );
}

/** The local calendar date of `t` as the value of a date input ("2026-11-30"). */
export function dateInputValue(t: number, timeZone: string): string {
  const d = new Date(localDayNumber(t, timeZone) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

/**
 * Moves an open reminder to `to`, earlier or later than planned. The move is kept on top of the
 * planned time, so re-planning after the next touch keeps it.
 */
export async function rescheduleReminder(id: number, to: number): Promise<void> {
  if (!Number.isFinite(to)) throw new RangeError('Pick a date.');
  const reminder = await guard(() => db.reminders.get(id));
  if (!reminder || reminder.doneAt !== undefined)
    throw new StoreError(
      'not-found',
      'This reminder is no longer open. It may have been changed in another Askwell page.',
    );
  await store.rescheduleReminder(id, to);
  await remindersChanged();
}

/**
 * Re-plans the reminders of every prospect with an open reminder by `cadence`, in one transaction,
 * then tells the background once. Returns how many prospects were re-planned.
 */
export async function replanOpenReminders(cadence: Cadence): Promise<number> {
  const count = await guard(() =>
    db.transaction('rw', [db.prospects, db.touches, db.reminders], async () => {
      // Only open reminders carry `openDueAt`: this reads none of the history.
      const open = await db.reminders.where('openDueAt').above(Number.NEGATIVE_INFINITY).toArray();
      const ids = [...new Set(open.map((r) => r.prospectId))];
      let done = 0;
      for (const id of ids) {
        const prospect = await db.prospects.get(id);
        if (!prospect) continue;
        const [touches, reminders] = await Promise.all([
          db.touches.where('prospectId').equals(id).toArray(),
          db.reminders.where('prospectId').equals(id).toArray(),
        ]);
        const plan = planReminders({ prospectId: id, status: prospect.status, touches, reminders, cadence });
        if (plan.removedIds.length > 0) await db.reminders.bulkDelete(plan.removedIds);
        if (plan.updated.length > 0) await db.reminders.bulkPut(plan.updated.map(storedReminder));
        if (plan.added.length > 0)
          await db.reminders.bulkAdd(plan.added.map((r) => storedReminder({ ...r, prospectId: id })));
        if (plan.nextFollowUpAt !== prospect.nextFollowUpAt) {
          const next = { ...prospect };
          if (plan.nextFollowUpAt === undefined) delete next.nextFollowUpAt;
          else next.nextFollowUpAt = plan.nextFollowUpAt;
          await db.prospects.put(next);
        }
        done++;
      }
      return done;
    }),
  );
  await remindersChanged();
  return count;
}
