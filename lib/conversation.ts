/**
 * What happens in a mentorship conversation, as single all-or-nothing writes: a message sent, a
 * reply or meeting logged, a status changed, a reminder done or snoozed. Each one records the
 * touch, moves the status, re-plans the follow-up reminders by the user's cadence, and then tells
 * the background to refresh its alarm and badge.
 */
import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { guard, StoreError } from '@/lib/db/errors';
import { storedReminder } from '@/lib/db/records';
import * as store from '@/lib/db/reminders';
import type { Prospect, ProspectStatus, Reminder, Touch, TouchKind } from '@/lib/db/types';
import type { Channel, DraftKind } from '@/lib/drafts/types';
import { type FollowUpSuggestion, planReminders } from '@/lib/followups/plan';
import { type RuntimeLike, send } from '@/lib/messaging';
import { getSettings } from '@/lib/settings';
import type { Cadence } from '@/lib/settings-types';

/** The touch that sending each kind of draft records. */
export const TOUCH_FOR_DRAFT: Record<DraftKind, TouchKind> = {
  request: 'request-sent',
  'follow-up': 'follow-up-sent',
  'thank-you': 'thank-you-sent',
  'report-back': 'update-sent',
  agenda: 'note',
};

const EARLY: readonly ProspectStatus[] = ['saved', 'drafting', 'no-reply', 'paused', 'declined'];

/** The status a touch moves a prospect to, when it moves it at all. */
export function statusAfter(current: ProspectStatus, kind: TouchKind): ProspectStatus {
  switch (kind) {
    case 'request-sent':
      return EARLY.includes(current) ? 'requested' : current;
    case 'reply':
      return current === 'requested' || EARLY.includes(current) ? 'replied' : current;
    case 'meeting':
      return 'mentoring';
    default:
      return current;
  }
}

export interface ConversationResult {
  prospect: Prospect;
  /** Set when the rules advise closing the prospect instead of chasing (after the last follow-up). */
  suggestion?: FollowUpSuggestion;
}

/** Applies a plan for one prospect inside the caller's transaction; returns the saved prospect. */
async function replanInside(
  prospect: Prospect & { id: number },
  touches: readonly Touch[],
  cadence: Cadence,
): Promise<ConversationResult> {
  const reminders = await db.reminders.where('prospectId').equals(prospect.id).toArray();
  const plan = planReminders({
    prospectId: prospect.id,
    status: prospect.status,
    touches,
    reminders,
    cadence,
  });
  if (plan.removedIds.length > 0) await db.reminders.bulkDelete(plan.removedIds);
  if (plan.updated.length > 0) await db.reminders.bulkPut(plan.updated.map(storedReminder));
  if (plan.added.length > 0)
    await db.reminders.bulkAdd(plan.added.map((r) => storedReminder({ ...r, prospectId: prospect.id })));
  const next: Prospect = { ...prospect };
  if (plan.nextFollowUpAt === undefined) delete next.nextFollowUpAt;
  else next.nextFollowUpAt = plan.nextFollowUpAt;
  await db.prospects.put(next);
  return { prospect: next, ...(plan.suggestion ? { suggestion: plan.suggestion } : {}) };
}

async function withProspect(
  prospectId: number,
  change: (prospect: Prospect & { id: number }, touches: Touch[]) => Promise<Prospect & { id: number }>,
): Promise<ConversationResult> {
  // Settings live outside IndexedDB: read them before the transaction, which must not wait on them.
  const { cadence } = await getSettings();
  const result = await guard(() =>
    db.transaction('rw', [db.prospects, db.touches, db.reminders], async () => {
      const found = await db.prospects.get(prospectId);
      if (!found || found.id === undefined) throw new StoreError('not-found');
      const touches = await db.touches.where('prospectId').equals(prospectId).toArray();
      const changed = await change({ ...found, id: found.id }, touches);
      const all = await db.touches.where('prospectId').equals(prospectId).toArray();
      return replanInside(changed, all, cadence);
    }),
  );
  await remindersChanged();
  return result;
}

/** Records a touch on the timeline (a reply, a meeting, a note, a message sent) and re-plans. */
export function recordTouch(
  prospectId: number,
  touch: { kind: TouchKind; channel?: Channel; text?: string; at?: number },
  options: { status?: ProspectStatus } = {},
): Promise<ConversationResult> {
  return withProspect(prospectId, async (prospect) => {
    const at = touch.at ?? Date.now();
    const record: Omit<Touch, 'id'> = { prospectId, kind: touch.kind, at };
    if (touch.channel) record.channel = touch.channel;
    if (touch.text) record.text = touch.text;
    await db.touches.add(record);
    const next = { ...prospect, status: options.status ?? statusAfter(prospect.status, touch.kind) };
    next.updatedAt = Date.now();
    if (next.lastTouchAt === undefined || at > next.lastTouchAt) next.lastTouchAt = at;
    return next;
  });
}

/** "Mark as sent": the draft the user pasted and sent becomes a touch; a request starts the cadence. */
export function markSent(
  prospectId: number,
  draft: { kind: DraftKind; channel: Channel; text: string },
  at: number = Date.now(),
): Promise<ConversationResult> {
  return recordTouch(prospectId, {
    kind: TOUCH_FOR_DRAFT[draft.kind],
    channel: draft.channel,
    text: draft.text,
    at,
  });
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
  try {
    await send(browser.runtime as unknown as RuntimeLike, 'reminders-changed', {});
  } catch {
    // The background re-reads everything on its next start or alarm; nothing is lost.
  }
}
