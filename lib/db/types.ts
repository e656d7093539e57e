/** The records Askwell keeps about the people a user wants to learn from. */
import type { Channel, DraftKind } from '@/lib/drafts/types';
import type { ProfileSnapshot } from '@/lib/profiles/types';

export const PROSPECT_STATUSES = [
  'saved',
  'drafting',
  'requested',
  'replied',
  'accepted',
  'mentoring',
  'declined',
  'no-reply',
  'paused',
] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/** How the user knows this person (the mentoring principles' good sources). */
export const SOURCE_KINDS = ['former-boss', 'network', 'referral', 'known-expert', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export interface ProspectSource {
  kind: SourceKind;
  /** For a referral: who recommended them. */
  referrer?: string;
}

/** The four questions of a good mentor fit; unanswered until the user ticks them. */
export interface FitChecklist {
  knowsSubject: boolean;
  hasDoneIt: boolean;
  hasTime: boolean;
  communicatesWell: boolean;
}

/** Fields that come from a capture and that the user may edit by hand. */
export const CAPTURED_FIELDS = [
  'fullName',
  'headline',
  'title',
  'company',
  'location',
  'about',
  'photoUrl',
  'experience',
  'education',
] as const;
export type CapturedField = (typeof CAPTURED_FIELDS)[number];

/** A saved person: the captured profile plus what the user keeps about them. */
export interface Prospect extends ProfileSnapshot {
  id?: number;
  /** Captured fields the user changed by hand: a re-capture leaves these alone. */
  editedFields: CapturedField[];
  status: ProspectStatus;
  tags: string[];
  notes: string;
  source?: ProspectSource;
  fit: FitChecklist;
  /** Epoch milliseconds, like every time in the store. */
  nextFollowUpAt?: number;
  lastTouchAt?: number;
  createdAt: number;
  updatedAt: number;
  capturedAt?: number;
}

export const TOUCH_KINDS = [
  'request-sent',
  'follow-up-sent',
  'reply',
  'meeting',
  'thank-you-sent',
  'update-sent',
  'note',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** One event on a prospect's timeline. */
export interface Touch {
  id?: number;
  prospectId: number;
  kind: TouchKind;
  channel?: Channel;
  at: number;
  text?: string;
}

export interface Draft {
  id?: number;
  prospectId: number;
  channel: Channel;
  kind: DraftKind;
  text: string;
  score: number;
  createdAt: number;
  updatedAt: number;
}

export const REMINDER_KINDS = ['follow-up', 'thank-you', 'report-back', 'custom'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  id?: number;
  prospectId: number;
  kind: ReminderKind;
  dueAt: number;
  doneAt?: number;
  snoozedUntil?: number;
  /** For a custom reminder: what to do. */
  note?: string;
  /**
   * Kept by the store, not set by callers: while the reminder is open, when it falls due (after any
   * snooze); absent once done. Indexed, so due follow-ups are found without reading done ones.
   */
  openDueAt?: number;
}
