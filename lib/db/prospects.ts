/**
 * Prospects: save a captured person (without duplicates), add one by hand, edit, list, delete
 * with undo. Each function is one transaction and throws only StoreError, in plain words.
 */
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { canonicalOrUndefined } from './canonical';
import { dexieTx } from './dexie-tx';
import { guard, StoreError } from './errors';
import { type AskwellDB, allTables, db } from './index';
import { applyPatch, normaliseTags, type ProspectPatch } from './records';
import type { Draft, FitChecklist, Prospect, ProspectSource, ProspectStatus, Reminder, Touch } from './types';
import { createProspectIn, saveCaptureIn, WRITE_TABLES } from './writes';

/** Everything a delete removed, so that "Undo" can put it back exactly. */
export interface DeletedProspect {
  prospect: Prospect;
  touches: Touch[];
  drafts: Draft[];
  reminders: Reminder[];
}

async function mustGet(database: AskwellDB, id: number): Promise<Prospect> {
  const prospect = await database.prospects.get(id);
  if (!prospect)
    throw new StoreError(
      'not-found',
      'This prospect no longer exists. It may have been deleted in another Askwell page.',
    );
  return prospect;
}

/**
 * Saves a captured person: a new prospect, or the saved one with the same canonical profile URL
 * (any URL form of the same person matches) updated by the capture. Hand-edited fields, status,
 * tags, notes, touches, drafts and reminders stay as they are.
 */
export function saveCapturedProfile(snapshot: ProfileSnapshot): Promise<Prospect> {
  return guard(() =>
    db.transaction('rw', WRITE_TABLES.saveCapturedProfile, () =>
      saveCaptureIn(dexieTx(db), snapshot, Date.now()),
    ),
  );
}

/** Every prospect, by name. */
export function listProspects(): Promise<Prospect[]> {
  return guard(() => db.prospects.orderBy('fullName').toArray());
}

export function getProspect(id: number): Promise<Prospect | undefined> {
  return guard(() => db.prospects.get(id));
}

/** The saved prospect for any URL form of a person, if there is one (the popup's "already saved"). */
export function findProspectByUrl(url: string): Promise<Prospect | undefined> {
  const canonical = canonicalOrUndefined(url);
  if (!canonical) return Promise.resolve(undefined);
  return guard(() => db.prospects.where('profileUrl').equals(canonical).first());
}

export function listProspectsByStatus(status: ProspectStatus): Promise<Prospect[]> {
  return guard(() => db.prospects.where('status').equals(status).toArray());
}

export function listProspectsByTag(tag: string): Promise<Prospect[]> {
  return guard(() => db.prospects.where('tags').equals(tag).toArray());
}

/** Every tag in use, sorted, once each. */
export function listTags(): Promise<string[]> {
  return guard(async () => (await db.prospects.orderBy('tags').uniqueKeys()) as string[]);
}

/** Adds a person by hand from a name and a profile URL; a person already saved is a `duplicate`. */
export function createProspect(input: { fullName: string; profileUrl: string }): Promise<Prospect> {
  return guard(() =>
    db.transaction('rw', WRITE_TABLES.createProspect, () => createProspectIn(dexieTx(db), input, Date.now())),
  );
}

/**
 * A hand edit. A captured field changed here is added to `editedFields`, so a later capture keeps
 * the user's version. Changing the URL to one another prospect has is a `duplicate`.
 */
export function updateProspect(id: number, patch: ProspectPatch): Promise<Prospect> {
  return guard(() =>
    db.transaction('rw', db.prospects, async () => {
      const existing = await mustGet(db, id);
      const next = applyPatch(existing, patch, Date.now());
      if (next === existing) return existing;
      if (next.profileUrl !== existing.profileUrl) {
        const other = await db.prospects.where('profileUrl').equals(next.profileUrl).first();
        if (other && other.id !== id)
          throw new StoreError('duplicate', 'Another prospect already has this profile URL.');
      }
      await db.prospects.put(next);
      return next;
    }),
  );
}

export const setStatus = (id: number, status: ProspectStatus) => updateProspect(id, { status });
export const setTags = (id: number, tags: string[]) => updateProspect(id, { tags: normaliseTags(tags) });
export const setNotes = (id: number, notes: string) => updateProspect(id, { notes });
/** How the user knows them; `undefined` forgets it. */
export const setSource = (id: number, source: ProspectSource | undefined) => updateProspect(id, { source });
/** Ticks or unticks some of the fit questions; the others stay. */
export const setFit = (id: number, fit: Partial<FitChecklist>) =>
  updateProspect(id, { fit: fit as FitChecklist });

/**
 * Deletes a prospect with its touches, drafts and reminders, all or nothing, and returns what was
 * deleted for `restoreProspect`.
 */
export function deleteProspect(id: number): Promise<DeletedProspect> {
  return guard(() =>
    db.transaction('rw', allTables(), async () => {
      const prospect = await mustGet(db, id);
      const [touches, drafts, reminders] = await Promise.all([
        db.touches.where('prospectId').equals(id).toArray(),
        db.drafts.where('prospectId').equals(id).toArray(),
        db.reminders.where('prospectId').equals(id).toArray(),
      ]);
      await Promise.all([
        db.touches.where('prospectId').equals(id).delete(),
        db.drafts.where('prospectId').equals(id).delete(),
        db.reminders.where('prospectId').equals(id).delete(),
        db.prospects.delete(id),
      ]);
      return { prospect, touches, drafts, reminders };
    }),
  );
}

/** Undoes a delete: puts every record back with its id. Fails as `duplicate` if the person was saved again meanwhile. */
export function restoreProspect(deleted: DeletedProspect): Promise<Prospect> {
  return guard(() =>
    db.transaction('rw', allTables(), async () => {
      const { prospect } = deleted;
      const clash = await db.prospects.where('profileUrl').equals(prospect.profileUrl).first();
      if (clash)
        throw new StoreError(
          'duplicate',
          'This person was saved again after the delete, so it cannot be undone.',
        );
      await db.prospects.add(prospect);
      await Promise.all([
        db.touches.bulkAdd(deleted.touches),
        db.drafts.bulkAdd(deleted.drafts),
        db.reminders.bulkAdd(deleted.reminders),
      ]);
      return prospect;
    }),
  );
}
