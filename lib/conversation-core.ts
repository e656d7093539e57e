/**
 * The rules of a conversation step over one store transaction (lib/db/tx.ts): which status a touch
 * moves a prospect to, how a touch is recorded, and how the follow-up reminders are re-planned.
 * Shared by lib/conversation.ts (Dexie) and the popup's plain-IndexedDB store (lib/db/light.ts).
 */

import { StoreError } from '@/lib/db/errors';
import { storedReminder } from '@/lib/db/records';
import type { StoreTx } from '@/lib/db/tx';
import type { Prospect, ProspectStatus, Touch, TouchKind } from '@/lib/db/types';
import type { Channel, DraftKind } from '@/lib/drafts/types';
import { type FollowUpSuggestion, planReminders } from '@/lib/followups/plan';
import { type RuntimeLike, send } from '@/lib/messaging';
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

export type SavedProspect = Prospect & { id: number };

/** What a step does to the prospect before the re-plan (it may add touches through `tx`). */
export type ProspectChange = (
  prospect: SavedProspect,
  touches: Touch[],
  tx: StoreTx,
) => Promise<SavedProspect>;

/** A touch to record, as the conversation's callers give it. */
export interface TouchInput {
  kind: TouchKind;
  channel?: Channel;
  text?: string;
  at?: number;
}

/** Applies a plan for one prospect inside the caller's transaction; returns the saved prospect. */
async function replanIn(
  tx: StoreTx,
  prospect: SavedProspect,
  touches: readonly Touch[],
  cadence: Cadence,
): Promise<ConversationResult> {
  const reminders = await tx.all('reminders', 'prospectId', prospect.id);
  const plan = planReminders({
    prospectId: prospect.id,
    status: prospect.status,
    touches,
    reminders,
    cadence,
  });
  if (plan.removedIds.length > 0) await tx.bulkDelete('reminders', plan.removedIds);
  if (plan.updated.length > 0) await tx.bulkPut('reminders', plan.updated.map(storedReminder));
  if (plan.added.length > 0)
    await tx.bulkAdd(
      'reminders',
      plan.added.map((r) => storedReminder({ ...r, prospectId: prospect.id })),
    );
  const next: Prospect = { ...prospect };
  if (plan.nextFollowUpAt === undefined) delete next.nextFollowUpAt;
  else next.nextFollowUpAt = plan.nextFollowUpAt;
  await tx.put('prospects', next);
  return { prospect: next, ...(plan.suggestion ? { suggestion: plan.suggestion } : {}) };
}

/**
 * One conversation step in a transaction over prospects, touches and reminders: the change, then
 * the re-plan by `cadence` (read before the transaction, which must not wait on anything else).
 */
export async function changeProspectIn(
  tx: StoreTx,
  prospectId: number,
  change: ProspectChange,
  cadence: Cadence,
): Promise<ConversationResult> {
  const found = await tx.get('prospects', prospectId);
  if (!found || found.id === undefined) throw new StoreError('not-found');
  const touches = await tx.all('touches', 'prospectId', prospectId);
  const changed = await change({ ...found, id: found.id }, touches, tx);
  const all = await tx.all('touches', 'prospectId', prospectId);
  return replanIn(tx, changed, all, cadence);
}

/** The change that records a touch: the touch itself, the status it leads to, the last-touch time. */
export function touchChange(touch: TouchInput, options: { status?: ProspectStatus } = {}): ProspectChange {
  return async (prospect, _touches, tx) => {
    const at = touch.at ?? Date.now();
    const record: Omit<Touch, 'id'> = { prospectId: prospect.id, kind: touch.kind, at };
    if (touch.channel) record.channel = touch.channel;
    if (touch.text) record.text = touch.text;
    await tx.add('touches', record);
    const next = { ...prospect, status: options.status ?? statusAfter(prospect.status, touch.kind) };
    next.updatedAt = Date.now();
    if (next.lastTouchAt === undefined || at > next.lastTouchAt) next.lastTouchAt = at;
    return next;
  };
}

/** The touch "mark as sent" records for a draft the user pasted and sent. */
export function sentTouch(
  draft: { kind: DraftKind; channel: Channel; text: string },
  at: number,
): TouchInput {
  return { kind: TOUCH_FOR_DRAFT[draft.kind], channel: draft.channel, text: draft.text, at };
}

/** Tells the background that reminders changed, so that its alarm and badge follow at once. */
export async function tellRemindersChanged(runtime: Pick<RuntimeLike, 'sendMessage'>): Promise<void> {
  try {
    await send(runtime, 'reminders-changed', {});
  } catch {
    // The background re-reads everything on its next start or alarm; nothing is lost.
  }
}
