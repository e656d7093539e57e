/**
 * The store calls the side panel's shell makes (delete with undo, reading one prospect), loaded on
 * first use so that the list's first paint does not load the store's code. A delete or an undo
 * also tells the background, whose badge counts the reminders that went or came back.
 */
import { remindersChanged } from '@/lib/conversation';
import type { DeletedProspect } from '@/lib/db/prospects';
import * as prospects from '@/lib/db/prospects';
import type { Prospect } from '@/lib/db/types';

export type { DeletedProspect } from '@/lib/db/prospects';

export const getProspect = prospects.getProspect;

export async function deleteProspect(id: number): Promise<DeletedProspect> {
  const deleted = await prospects.deleteProspect(id);
  await remindersChanged();
  return deleted;
}

export async function restoreProspect(deleted: DeletedProspect): Promise<Prospect> {
  const restored = await prospects.restoreProspect(deleted);
  await remindersChanged();
  return restored;
}
