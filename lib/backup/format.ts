/**
 * The backup file format (version 1) as valibot schemas: the one gate every imported record passes.
 * The compile-time checks at the end fail the type check if the data model and this file drift.
 */
import * as v from 'valibot';
import {
  CAPTURED_FIELDS,
  type Draft,
  PROSPECT_STATUSES,
  type Prospect,
  REMINDER_KINDS,
  type Reminder,
  SOURCE_KINDS,
  TOUCH_KINDS,
  type Touch,
} from '@/lib/db/types';
import { CHANNELS, DRAFT_KINDS } from '@/lib/drafts/types';

export const BACKUP_FORMAT = 'askwell-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: a real list is a few megabytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Messages in plain words, naming the value found (valibot's own say "Expected >=1"). */
const notAn = (what: string) => (issue: v.BaseIssue<unknown>) => `${issue.received} is not ${what}`;
const ID_RULE = 'an id (a whole number, integer, of 1 or more)';
const TIME_RULE = 'a time (whole milliseconds since 1 January 1970, before the year 275760)';

const id = v.pipe(v.number(), v.safeInteger(notAn(ID_RULE)), v.minValue(1, notAn(ID_RULE)));
/** Epoch milliseconds within the range a Date can hold. */
const time = v.pipe(
  v.number(),
  v.safeInteger(notAn(TIME_RULE)),
  v.minValue(0, notAn(TIME_RULE)),
  v.maxValue(8.64e15, notAn(TIME_RULE)),
);
const text = v.string();
const optionalText = v.optional(text);

const experienceEntry = v.strictObject({
  title: text,
  company: optionalText,
  dateRange: optionalText,
  location: optionalText,
});

const educationEntry = v.strictObject({
  school: text,
  degree: optionalText,
  dateRange: optionalText,
});

const photoUrl = v.pipe(
  text,
  v.regex(
    /^(https?:\/\/|data:image\/(png|jpe?g|gif|webp);)/i,
    'a photo URL must start with https:// or http://',
  ),
);

export const prospectSchema = v.strictObject({
  id,
  profileUrl: v.pipe(text, v.minLength(1, 'the profile URL is empty')),
  network: v.picklist(['linkedin', 'github', 'generic']),
  fullName: v.pipe(
    text,
    v.check((name) => name.trim() !== '', 'the name is empty'),
  ),
  headline: optionalText,
  title: optionalText,
  company: optionalText,
  location: optionalText,
  about: optionalText,
  photoUrl: v.optional(photoUrl),
  experience: v.array(experienceEntry),
  education: v.array(educationEntry),
  editedFields: v.array(v.picklist(CAPTURED_FIELDS)),
  status: v.picklist(PROSPECT_STATUSES),
  tags: v.array(text),
  notes: text,
  source: v.optional(v.strictObject({ kind: v.picklist(SOURCE_KINDS), referrer: optionalText })),
  fit: v.strictObject({
    knowsSubject: v.boolean(),
    hasDoneIt: v.boolean(),
    hasTime: v.boolean(),
    communicatesWell: v.boolean(),
  }),
  nextFollowUpAt: v.optional(time),
  lastTouchAt: v.optional(time),
  createdAt: time,
  updatedAt: time,
  capturedAt: v.optional(time),
});

export const touchSchema = v.strictObject({
  id,
  prospectId: id,
  kind: v.picklist(TOUCH_KINDS),
  channel: v.optional(v.picklist(CHANNELS)),
  at: time,
  text: optionalText,
});

export const draftSchema = v.strictObject({
  id,
  prospectId: id,
  channel: v.picklist(CHANNELS),
  kind: v.picklist(DRAFT_KINDS),
  text,
  score: v.pipe(v.number(), v.finite()),
  createdAt: time,
  updatedAt: time,
});

export const reminderSchema = v.strictObject({
  id,
  prospectId: id,
  kind: v.picklist(REMINDER_KINDS),
  dueAt: time,
  doneAt: v.optional(time),
  snoozedUntil: v.optional(time),
  note: optionalText,
});

/** The whole file once its format and version were recognised. */
export const backupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: time,
  prospects: v.array(prospectSchema),
  touches: v.array(touchSchema),
  drafts: v.array(draftSchema),
  reminders: v.array(reminderSchema),
});

/** The four tables, every record with its id. */
export interface Dataset {
  prospects: Prospect[];
  touches: Touch[];
  drafts: Draft[];
  reminders: Reminder[];
}

export interface BackupFile extends Dataset {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
}

// The schemas above must describe exactly the stored records (with ids): if a field is added to
// lib/db/types.ts without adding it here, the type check fails.
type WithId<T extends { id?: number }> = Omit<T, 'id'> & { id: number };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exactly<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false;
type Holds<T extends true> = T;
export type FormatMatchesModel = [
  Holds<Exactly<v.InferOutput<typeof prospectSchema>, WithId<Prospect>>>,
  Holds<Exactly<v.InferOutput<typeof touchSchema>, WithId<Touch>>>,
  Holds<Exactly<v.InferOutput<typeof draftSchema>, WithId<Draft>>>,
  // `openDueAt` is the store's own index field: left out of backups, recomputed on import.
  Holds<Exactly<v.InferOutput<typeof reminderSchema>, WithId<Omit<Reminder, 'openDueAt'>>>>,
];
