/**
 * The store's rules as pure functions of plain data: how a capture becomes or updates a prospect,
 * how a hand edit is remembered, and which times a prospect's follow-ups and touches add up to.
 */

import { effectiveDueAt } from '@/lib/followups/reminders';
import type { EducationEntry, ExperienceEntry, Network, ProfileSnapshot } from '@/lib/profiles/types';
import { canonicalProfileUrl, networkOf } from './canonical';
import { compact, sameValue } from './equal';
import { StoreError } from './errors';
import {
  CAPTURED_FIELDS,
  type CapturedField,
  type Draft,
  type FitChecklist,
  type Prospect,
  type Reminder,
  type Touch,
} from './types';

export type NewTouch = Omit<Touch, 'id'>;
export type NewDraft = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'> & { id?: number };
export type NewReminder = Omit<Reminder, 'id' | 'openDueAt'>;
/** A reminder the follow-up planner wants for a prospect, before it is stored. */
export type PlannedReminder = Omit<Reminder, 'id' | 'prospectId' | 'openDueAt'>;

/** What the user can change on a prospect by hand. The times are the store's to keep. */
export type ProspectPatch = Partial<
  Pick<Prospect, CapturedField | 'profileUrl' | 'network' | 'status' | 'tags' | 'notes' | 'source' | 'fit'>
>;

const NETWORKS: readonly Network[] = ['linkedin', 'github', 'generic'];

export const EMPTY_FIT: FitChecklist = {
  knowsSubject: false,
  hasDoneIt: false,
  hasTime: false,
  communicatesWell: false,
};

/** Photo URLs the UI may put in an `<img>`; anything else is dropped. */
export function safePhotoUrl(url: string | undefined): string | undefined {
  if (!url || typeof url !== 'string') return undefined;
  return /^(https?:\/\/|data:image\/(png|jpe?g|gif|webp);)/i.test(url.trim()) ? url.trim() : undefined;
}

/** Trimmed, non-empty, first spelling of each tag kept (case-insensitively), order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function canonicalOrInvalid(url: string): string {
  try {
    return canonicalProfileUrl(url);
  } catch (error) {
    throw new StoreError('invalid', error instanceof Error ? error.message : 'The profile URL is not valid.');
  }
}

function requireName(name: string | undefined): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) throw new StoreError('invalid', 'A prospect needs a name.');
  return trimmed;
}

const isBlank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The entries of a captured list, with only the data model's keys and only text values: a snapshot
 * comes from a content script (perhaps of another version), and what the store keeps must fit the
 * backup format. An entry without its main field keeps the others under an empty one.
 */
function entriesOf<E extends object>(
  raw: unknown,
  main: keyof E & string,
  others: readonly (keyof E & string)[],
): E[] {
  if (!Array.isArray(raw)) return [];
  const out: E[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const fields = item as Record<string, unknown>;
    const entry: Record<string, string> = {};
    for (const key of others) {
      const value = textOf(fields[key]);
      if (value !== undefined) entry[key] = value;
    }
    const first = textOf(fields[main]);
    if (first === undefined && Object.keys(entry).length === 0) continue;
    out.push({ [main]: first ?? '', ...entry } as E);
  }
  return out;
}

/** The captured fields of a snapshot that carry something, as the data model types them. */
function capturedValues(snapshot: ProfileSnapshot): Partial<Pick<Prospect, CapturedField>> {
  const out: Partial<Record<CapturedField, unknown>> = {};
  for (const field of CAPTURED_FIELDS) {
    let value: unknown;
    if (field === 'photoUrl') value = safePhotoUrl(snapshot.photoUrl);
    else if (field === 'experience')
      value = entriesOf<ExperienceEntry>(snapshot.experience, 'title', ['company', 'dateRange', 'location']);
    else if (field === 'education')
      value = entriesOf<EducationEntry>(snapshot.education, 'school', ['degree', 'dateRange']);
    else value = textOf(snapshot[field])?.trim();
    if (!isBlank(value)) out[field] = value;
  }
  return compact(out) as Partial<Pick<Prospect, CapturedField>>;
}

/** The snapshot's network when it names one, else the one its (canonical) URL belongs to. */
function networkFor(snapshot: ProfileSnapshot, profileUrl: string): Network {
  return (NETWORKS as readonly unknown[]).includes(snapshot.network)
    ? snapshot.network
    : networkOf(profileUrl);
}

/** A new prospect for a person captured for the first time. */
export function prospectFromSnapshot(snapshot: ProfileSnapshot, now: number): Prospect {
  const fullName = requireName(snapshot.fullName);
  const profileUrl = canonicalOrInvalid(snapshot.profileUrl);
  return compact({
    experience: [],
    education: [],
    ...capturedValues(snapshot),
    fullName,
    profileUrl,
    network: networkFor(snapshot, profileUrl),
    editedFields: [],
    status: 'saved',
    tags: [],
    notes: '',
    fit: { ...EMPTY_FIT },
    createdAt: now,
    updatedAt: now,
    capturedAt: now,
  });
}

/**
 * A saved prospect updated by a new capture of the same person: captured fields follow the page,
 * except those the user edited by hand and those the page did not show this time. Everything the
 * user keeps (status, tags, notes, source, fit, times of touches and follow-ups) stays.
 */
export function mergeCapture(existing: Prospect, snapshot: ProfileSnapshot, now: number): Prospect {
  const network = networkFor(snapshot, existing.profileUrl);
  // A record written without the edit list (by hand in the database, or older code) gets an empty one.
  const edited: readonly CapturedField[] = Array.isArray(existing.editedFields) ? existing.editedFields : [];
  const next: Prospect = { ...existing, editedFields: [...edited], network, capturedAt: now };
  const values = capturedValues(snapshot);
  let changed = existing.network !== network || edited !== existing.editedFields;
  for (const field of CAPTURED_FIELDS) {
    if (edited.includes(field)) continue;
    const value = values[field];
    if (value === undefined || sameValue(value, existing[field])) continue;
    (next as unknown as Record<string, unknown>)[field] = value;
    changed = true;
  }
  if (changed) next.updatedAt = now;
  return compact(next);
}

/** A prospect the user adds by hand from a name and a profile URL. */
export function prospectFromHand(input: { fullName: string; profileUrl: string }, now: number): Prospect {
  const profileUrl = canonicalOrInvalid(input.profileUrl);
  return {
    profileUrl,
    network: networkOf(profileUrl),
    fullName: requireName(input.fullName),
    experience: [],
    education: [],
    editedFields: [],
    status: 'saved',
    tags: [],
    notes: '',
    fit: { ...EMPTY_FIT },
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A hand edit applied to a prospect. A captured field the user changes is remembered in
 * `editedFields`, so that the next capture leaves it alone. A key present with `undefined` clears
 * an optional field.
 */
export function applyPatch(existing: Prospect, patch: ProspectPatch, now: number): Prospect {
  const next: Prospect = { ...existing };
  const fields = next as unknown as Record<string, unknown>;
  const edited = new Set(Array.isArray(existing.editedFields) ? existing.editedFields : []);
  let changed = false;
  for (const key of Object.keys(patch) as (keyof ProspectPatch)[]) {
    let value: unknown = patch[key];
    if (key === 'fullName') value = requireName(value as string);
    else if (key === 'profileUrl') {
      value = canonicalOrInvalid(value as string);
      // A URL on another network makes the prospect that network's, unless the edit says otherwise.
      if (patch.network === undefined) fields.network = networkOf(value as string);
    } else if (key === 'tags') value = normaliseTags((value as string[] | undefined) ?? []);
    else if (key === 'notes') value = (value as string | undefined) ?? '';
    else if (key === 'fit') value = { ...existing.fit, ...(value as Partial<FitChecklist> | undefined) };
    else if (key === 'photoUrl') value = safePhotoUrl(value as string | undefined);
    else if (key === 'experience' || key === 'education') value = (value as unknown[] | undefined) ?? [];
    else if (key === 'status' || key === 'network') {
      if (value === undefined) continue;
    } else if (typeof value === 'string' && value.trim() === '') value = undefined;
    if (sameValue(value, existing[key])) continue;
    changed = true;
    if (value === undefined) delete fields[key];
    else fields[key] = value;
    if ((CAPTURED_FIELDS as readonly string[]).includes(key)) edited.add(key as CapturedField);
  }
  if (!changed) return existing;
  next.editedFields = CAPTURED_FIELDS.filter((f) => edited.has(f));
  next.updatedAt = now;
  return compact(next);
}

// When a reminder is due: the time the user moved it to, else the planned time (one rule, in lib/followups).
export { effectiveDueAt };

/** A reminder as stored: no undefined keys, and `openDueAt` set while it is open, absent once done. */
export function storedReminder<T extends Omit<Reminder, 'openDueAt'> & { openDueAt?: number }>(
  reminder: T,
): T {
  const { openDueAt: _derived, ...rest } = compact(reminder);
  return (rest.doneAt === undefined ? { ...rest, openDueAt: effectiveDueAt(rest) } : rest) as T;
}

/** The prospect's next follow-up: the earliest open reminder, or none. */
export function nextFollowUpOf(reminders: readonly Reminder[]): number | undefined {
  let next: number | undefined;
  for (const r of reminders) {
    if (r.doneAt !== undefined) continue;
    const due = effectiveDueAt(r);
    if (next === undefined || due < next) next = due;
  }
  return next;
}

/** The time of the prospect's latest touch, or none. */
export function lastTouchOf(touches: readonly Touch[]): number | undefined {
  let last: number | undefined;
  for (const t of touches) if (last === undefined || t.at > last) last = t.at;
  return last;
}

/** The prospect with its derived times recomputed from its reminders and touches. */
export function withDerivedTimes(
  prospect: Prospect,
  reminders: readonly Reminder[] | undefined,
  touches: readonly Touch[] | undefined,
): Prospect {
  const next = { ...prospect };
  if (reminders) {
    const due = nextFollowUpOf(reminders);
    if (due === undefined) delete next.nextFollowUpAt;
    else next.nextFollowUpAt = due;
  }
  if (touches) {
    const last = lastTouchOf(touches);
    if (last === undefined) delete next.lastTouchAt;
    else next.lastTouchAt = last;
  }
  return next;
}
