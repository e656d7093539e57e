/** Drafts of messages to a prospect, kept so the user can come back to them. */
import { compact } from './equal';
import { guard, StoreError } from './errors';
import { db } from './index';
import type { NewDraft } from './records';
import type { Draft } from './types';

/** Saves a new draft, or updates the one with the same id (its creation time stays). */
export function saveDraft(draft: NewDraft): Promise<Draft> {
  return guard(() =>
    db.transaction('rw', [db.prospects, db.drafts], async () => {
      if (!(await db.prospects.get(draft.prospectId))) throw new StoreError('not-found');
      const now = Date.now();
      if (draft.id !== undefined) {
        const existing = await db.drafts.get(draft.id);
        if (!existing)
          throw new StoreError(
            'not-found',
            'This draft no longer exists. It may have been deleted in another Askwell page.',
          );
        const next: Draft = compact({
          ...draft,
          id: draft.id,
          createdAt: existing.createdAt,
          updatedAt: now,
        });
        await db.drafts.put(next);
        return next;
      }
      const fresh: Draft = compact({ ...draft, createdAt: now, updatedAt: now });
      const id = await db.drafts.add(fresh);
      return { ...fresh, id };
    }),
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
