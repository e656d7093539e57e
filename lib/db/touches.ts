/** The timeline of a prospect: what was sent, replied and met, and when. Each call is one transaction. */
import { guard, StoreError } from './errors';
import { db } from './index';
import { lastTouchOf, type NewTouch, type PlannedReminder } from './records';
import { replaceOpenReminders } from './reminders';
import type { Prospect, ProspectStatus, Touch } from './types';

/** What else changes with a touch, in the same transaction (e.g. "mark as sent"). */
export interface TouchEffects {
  status?: ProspectStatus;
  /** Replaces the prospect's open reminders (done ones stay as history). */
  reminders?: PlannedReminder[];
}

/**
 * Records a touch and keeps the prospect's last-touch time; with `effects`, also sets the status
 * and replaces the open reminders, all or nothing.
 */
export function addTouch(
  touch: NewTouch,
  effects: TouchEffects = {},
): Promise<{ touch: Touch; prospect: Prospect }> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.touches, db.reminders], async () => {
      const prospect = await db.prospects.get(touch.prospectId);
      if (!prospect) throw new StoreError('not-found');
      const id = await db.touches.add({ ...touch });
      const stored: Touch = { ...touch, id };
      const next: Prospect = { ...prospect, updatedAt: Date.now() };
      if (next.lastTouchAt === undefined || touch.at > next.lastTouchAt) next.lastTouchAt = touch.at;
      if (effects.status) next.status = effects.status;
      await db.prospects.put(next);
      const updated = effects.reminders
        ? await replaceOpenReminders(touch.prospectId, effects.reminders)
        : next;
      return { touch: stored, prospect: updated };
    }),
  );
}

/** A prospect's touches, oldest first. */
export function listTouches(prospectId: number): Promise<Touch[]> {
  return guard(async () => {
    const touches = await db.touches.where('prospectId').equals(prospectId).toArray();
    return touches.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  });
}

/** Removes a touch recorded by mistake, and recomputes the prospect's last-touch time. */
export function deleteTouch(id: number): Promise<void> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.touches], async () => {
      const touch = await db.touches.get(id);
      if (!touch) return;
      await db.touches.delete(id);
      const prospect = await db.prospects.get(touch.prospectId);
      if (!prospect) return;
      const rest = await db.touches.where('prospectId').equals(touch.prospectId).toArray();
      const next: Prospect = { ...prospect, updatedAt: Date.now() };
      const last = lastTouchOf(rest);
      if (last === undefined) delete next.lastTouchAt;
      else next.lastTouchAt = last;
      await db.prospects.put(next);
    }),
  );
}
