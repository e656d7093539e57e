/** Drafts of messages to a prospect, kept so the user can come back to them. */
import { dexieTx } from './dexie-tx';
import { guard } from './errors';
import { db } from './index';
import type { NewDraft } from './records';
import type { Draft } from './types';
import { saveDraftIn, WRITE_TABLES } from './writes';

/** Saves a new draft, or updates the one with the same id (its creation time stays). */
export function saveDraft(draft: NewDraft): Promise<Draft> {
  return guard(() =>
    db.transaction('rw', WRITE_TABLES.saveDraft, () => saveDraftIn(dexieTx(db), draft, Date.now())),
  );
}

/** A prospect's drafts, most recently edited first. */
export function listDrafts(prospectId: number): Promise<Draft[]> {
  return guard(async () => {
    const drafts = await db.drafts.where('prospectId').equals(prospectId).toArray();
    return drafts.sort((a, b) => b.updatedAt - a.updatedAt || (b.id ?? 0) - (a.id ?? 0));
  });
}

export function getDraft(id: number): Promise<Draft | undefined> {
  return guard(() => db.drafts.get(id));
}

export function deleteDraft(id: number): Promise<void> {
  return guard(() => db.drafts.delete(id));
}
