/**
 * What happens in a mentorship conversation, as single all-or-nothing writes: a message sent, a
 * reply or meeting logged, a status changed, a reminder done or snoozed. Each one records the
 * touch, moves the status, re-plans the follow-up reminders by the user's cadence, and then tells
 * the background to refresh its alarm and badge.
 */
import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { dexieTx } from '@/lib/db/dexie-tx';
import { guard, StoreError } from '@/lib/db/errors';
import * as store from '@/lib/db/reminders';
import type { ProspectStatus, Reminder, TouchKind } from '@/lib/db/types';
import { WRITE_TABLES } from '@/lib/db/writes';
import type { Channel, DraftKind } from '@/lib/drafts/types';
import type { RuntimeLike } from '@/lib/messaging';
import { getSettings } from '@/lib/settings';
import {
  type ConversationResult,
  changeProspectIn,
  type ProspectChange,
  sentTouch,
  type TouchInput,
  tellRemindersChanged,
  touchChange,
} from './conversation-core';

export type { ConversationResult } from './conversation-core';
export { statusAfter, TOUCH_FOR_DRAFT } from './conversation-core';

async function withProspect(prospectId: number, change: ProspectChange): Promise<ConversationResult> {
  // Settings live outside IndexedDB: read them before the transaction, which must not wait on them.
  const { cadence } = await getSettings();
  const result = await guard(() =>
    db.transaction('rw', WRITE_TABLES.conversation, () =>
      changeProspectIn(dexieTx(db), prospectId, change, cadence),
    ),
  );
  await remindersChanged();
  return result;
}

/** Records a touch on the timeline (a reply, a meeting, a note, a message sent) and re-plans. */
export function recordTouch(
  prospectId: number,
  touch: TouchInput,
  options: { status?: ProspectStatus } = {},
): Promise<ConversationResult> {
  return withProspect(prospectId, touchChange(touch, options));
}

/** "Mark as sent": the draft the user pasted and sent becomes a touch; a request starts the cadence. */
export function markSent(
  prospectId: number,
  draft: { kind: DraftKind; channel: Channel; text: string },
  at: number = Date.now(),
): Promise<ConversationResult> {
  return recordTouch(prospectId, sentTouch(draft, at));
}

/** Sets the status by hand; closing (declined, no reply, paused) stops the reminders. */
export function changeStatus(prospectId: number, status: ProspectStatus): Promise<ConversationResult> {
  return withProspect(prospectId, async (prospect) => ({ ...prospect, status, updatedAt: Date.now() }));
}

/** Re-plans without a change (e.g. after the cadence in settings changed). */
export function replan(prospectId: number): Promise<ConversationResult> {
  return withProspect(prospectId, async (prospect) => prospect);
}

/** The touch that answers each planned reminder kind. */
const TOUCH_FOR_REMINDER: Partial<Record<Reminder['kind'], TouchKind>> = {
  'follow-up': 'follow-up-sent',
  'thank-you': 'thank-you-sent',
  'report-back': 'update-sent',
};

/**
 * "Done" on a reminder. For a follow-up, thank-you or report-back that means the user sent it
 * (elsewhere), so it is recorded as that touch, which completes the reminder and plans the next
 * one; a custom reminder is simply marked done.
 */
export async function completeReminder(id: number, at: number = Date.now()): Promise<void> {
  const reminder = await guard(() => db.reminders.get(id));
  if (!reminder)
    throw new StoreError(
      'not-found',
      'This reminder no longer exists. It may have been changed in another Askwell page.',
    );
  const touch = TOUCH_FOR_REMINDER[reminder.kind];
  if (touch) {
    await recordTouch(reminder.prospectId, { kind: touch, at });
    return;
  }
  await store.completeReminder(id, at);
  await remindersChanged();
}

/** Moves a reminder to later. */
export async function snoozeReminder(id: number, until: number, now: number = Date.now()): Promise<void> {
  if (!(until > now)) throw new RangeError('A snooze must end in the future.');
  await store.snoozeReminder(id, until);
  await remindersChanged();
}

/** Tells the background that reminders changed, so that its alarm and badge follow at once. */
export async function remindersChanged(): Promise<void> {
  await tellRemindersChanged(browser.runtime as unknown as RuntimeLike);
}
