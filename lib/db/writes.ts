/**
 * The store's writes as rules over one transaction (lib/db/tx.ts): the Dexie repositories and the
 * popup's plain-IndexedDB module both run these, so a record is the same whichever page wrote it.
 */
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { compact } from './equal';
import { StoreError } from './errors';
import { mergeCapture, type NewDraft, prospectFromHand, prospectFromSnapshot } from './records';
import type { StoreTx, TableName } from './tx';
import type { Draft, Prospect } from './types';

/** The tables each write locks. */
export const WRITE_TABLES = {
  saveCapturedProfile: ['prospects'],
  createProspect: ['prospects'],
  saveDraft: ['prospects', 'drafts'],
  conversation: ['prospects', 'touches', 'reminders'],
} as const satisfies Record<string, readonly TableName[]>;

/** A new prospect, or the saved one with the same canonical profile URL updated by the capture. */
export async function saveCaptureIn(tx: StoreTx, snapshot: ProfileSnapshot, now: number): Promise<Prospect> {
  const fresh = prospectFromSnapshot(snapshot, now);
  const existing = await tx.first('prospects', 'profileUrl', fresh.profileUrl);
  if (!existing) {
    const id = await tx.add('prospects', fresh);
    return { ...fresh, id };
  }
  const merged = mergeCapture(existing, snapshot, now);
  await tx.put('prospects', merged);
  return merged;
}

/** A person added by hand; one already saved is a `duplicate`. */
export async function createProspectIn(
  tx: StoreTx,
  input: { fullName: string; profileUrl: string },
  now: number,
): Promise<Prospect> {
  const fresh = prospectFromHand(input, now);
  const existing = await tx.first('prospects', 'profileUrl', fresh.profileUrl);
  if (existing) throw new StoreError('duplicate');
  const id = await tx.add('prospects', fresh);
  return { ...fresh, id };
}

/** A new draft, or the one with the same id updated (its creation time stays). */
export async function saveDraftIn(tx: StoreTx, draft: NewDraft, now: number): Promise<Draft> {
  if (!(await tx.get('prospects', draft.prospectId))) throw new StoreError('not-found');
  if (draft.id !== undefined) {
    const existing = await tx.get('drafts', draft.id);
    if (!existing)
      throw new StoreError(
        'not-found',
        'This draft no longer exists. It may have been deleted in another Askwell page.',
      );
    const next: Draft = compact({ ...draft, id: draft.id, createdAt: existing.createdAt, updatedAt: now });
    await tx.put('drafts', next);
    return next;
  }
  const fresh: Draft = compact({ ...draft, createdAt: now, updatedAt: now });
  const id = await tx.add('drafts', fresh);
  return { ...fresh, id };
}
