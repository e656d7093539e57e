/**
 * Reminders (follow-up, thank-you, report-back, custom) as stored records. The cadence that decides
 * them lives in lib/followups/; here they are only kept, and each change keeps the prospect's
 * `nextFollowUpAt` (the earliest open reminder) right, in the same transaction.
 */
import { reschedule } from '@/lib/followups/reminders';
import { guard, StoreError } from './errors';
import { db } from './index';
import {
  effectiveDueAt,
  type NewReminder,
  nextFollowUpOf,
  type PlannedReminder,
  storedReminder,
} from './records';
import type { Prospect, Reminder } from './types';

/** A reminder that is due, with the person it is about. */
export interface DueFollowUp {
  prospect: Prospect;
  reminder: Reminder;
  /** When it fell due (after any snooze). */
  dueAt: number;
}

/** Recomputes a prospect's next follow-up from its reminders. Call inside a transaction on both tables. */
async function refreshNextFollowUp(prospectId: number): Promise<Prospect> {
  const prospect = await db.prospects.get(prospectId);
  if (!prospect) throw new StoreError('not-found');
  const due = nextFollowUpOf(await db.reminders.where('prospectId').equals(prospectId).toArray());
  if (due === prospect.nextFollowUpAt) return prospect;
  const next: Prospect = { ...prospect };
  if (due === undefined) delete next.nextFollowUpAt;
  else next.nextFollowUpAt = due;
  await db.prospects.put(next);
  return next;
}

/**
 * Replaces the prospect's open reminders with `planned` (done ones stay, as history). For use
 * inside a transaction that covers prospects and reminders.
 */
export async function replaceOpenReminders(
  prospectId: number,
  planned: readonly PlannedReminder[],
): Promise<Prospect> {
  const open = await db.reminders
    .where('prospectId')
    .equals(prospectId)
    .filter((r) => r.doneAt === undefined)
    .primaryKeys();
  await db.reminders.bulkDelete(open);
  await db.reminders.bulkAdd(planned.map((r) => storedReminder({ ...r, prospectId })));
  return refreshNextFollowUp(prospectId);
}

function mutate(id: number, change: (r: Reminder) => Reminder): Promise<Reminder> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.reminders], async () => {
      const existing = await db.reminders.get(id);
      if (!existing)
        throw new StoreError(
          'not-found',
          'This reminder no longer exists. It may have been changed in another Askwell page.',
        );
      const next = storedReminder(change({ ...existing }));
      await db.reminders.put(next);
      await refreshNextFollowUp(existing.prospectId);
      return next;
    }),
  );
}

export function addReminder(reminder: NewReminder): Promise<Reminder> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.reminders], async () => {
      if (!(await db.prospects.get(reminder.prospectId))) throw new StoreError('not-found');
      const fresh = storedReminder({ ...reminder });
      const id = await db.reminders.add(fresh);
      await refreshNextFollowUp(reminder.prospectId);
      return { ...fresh, id };
    }),
  );
}

/** A prospect's reminders, soonest first. */
export function listReminders(prospectId: number): Promise<Reminder[]> {
  return guard(async () => {
    const reminders = await db.reminders.where('prospectId').equals(prospectId).toArray();
    return reminders.sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b) || (a.id ?? 0) - (b.id ?? 0));
  });
}

/** Marks a reminder done (it stays as history). */
export function completeReminder(id: number, at: number = Date.now()): Promise<Reminder> {
  return mutate(id, (r) => ({ ...r, doneAt: at }));
}

/** Puts a reminder off until `until`; its original due time is kept. */
export function snoozeReminder(id: number, until: number): Promise<Reminder> {
  return mutate(id, (r) => ({ ...r, snoozedUntil: until }));
}

/**
 * Moves an open reminder to another time, earlier or later. The planned due time is kept under it
 * (as lib/followups' `reschedule` does), so re-planning after the next touch keeps the move.
 */
export function rescheduleReminder(id: number, to: number): Promise<Reminder> {
  return mutate(id, (r) => reschedule(r, to));
}

export function deleteReminder(id: number): Promise<void> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.reminders], async () => {
      const existing = await db.reminders.get(id);
      if (!existing) return;
      await db.reminders.delete(id);
      await refreshNextFollowUp(existing.prospectId);
    }),
  );
}

/** Replaces a prospect's open reminders with the follow-up planner's list, in one transaction. */
export function replaceReminders(
  prospectId: number,
  planned: readonly PlannedReminder[],
): Promise<Reminder[]> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.reminders], async () => {
      await replaceOpenReminders(prospectId, planned);
      const all = await db.reminders.where('prospectId').equals(prospectId).toArray();
      return all.sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b) || (a.id ?? 0) - (b.id ?? 0));
    }),
  );
}

/**
 * The follow-ups due now: open reminders whose time (after any snooze) has come, most overdue
 * first, each with its person. Reads only open due reminders (the sparse `openDueAt` index) and
 * the people whose next follow-up has come (`nextFollowUpAt`), never the history.
 */
export function listDueFollowUps(now: number = Date.now()): Promise<DueFollowUp[]> {
  return guard(() =>
    db.transaction('r', [db.prospects, db.reminders], async () => {
      // Two range reads, whatever the history: only open reminders carry `openDueAt`.
      const [reminders, prospects] = await Promise.all([
        db.reminders.where('openDueAt').belowOrEqual(now).toArray(),
        db.prospects.where('nextFollowUpAt').belowOrEqual(now).toArray(),
      ]);
      const byId = new Map(prospects.map((p) => [p.id as number, p]));
      const missing = [...new Set(reminders.map((r) => r.prospectId))].filter((id) => !byId.has(id));
      if (missing.length > 0)
        for (const p of await db.prospects.bulkGet(missing)) if (p) byId.set(p.id as number, p);
      const due: DueFollowUp[] = [];
      for (const reminder of reminders) {
        const prospect = byId.get(reminder.prospectId);
        if (prospect) due.push({ prospect, reminder, dueAt: reminder.openDueAt as number });
      }
      return due.sort((a, b) => a.dueAt - b.dueAt || (a.reminder.id ?? 0) - (b.reminder.id ?? 0));
    }),
  );
}

/** The earliest time any open reminder falls due (for the background's alarm), or none. */
export function nextReminderDueAt(): Promise<number | undefined> {
  return guard(async () => (await db.prospects.orderBy('nextFollowUpAt').first())?.nextFollowUpAt);
}
