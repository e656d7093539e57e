/** The words the side panel shows for the store's values (statuses, touches, sources, reminders, drafts). */
import type { ProspectStatus, ReminderKind, SourceKind, TouchKind } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const STATUS_LABELS: Record<ProspectStatus, string> = {
  saved: 'Saved',
  drafting: 'Drafting',
  requested: 'Requested',
  replied: 'Replied',
  accepted: 'Accepted',
  mentoring: 'Mentoring',
  declined: 'Declined',
  'no-reply': 'No reply',
  paused: 'Paused',
};

/** The colour only repeats the word: waiting is informative, a yes is good news, closed is quiet. */
export const STATUS_TONES: Record<ProspectStatus, Tone> = {
  saved: 'neutral',
  drafting: 'neutral',
  requested: 'info',
  replied: 'success',
  accepted: 'success',
  mentoring: 'success',
  declined: 'neutral',
  'no-reply': 'neutral',
  paused: 'warning',
};

/** What each touch is called on the timeline, in the user's words. */
export const TOUCH_LABELS: Record<TouchKind, string> = {
  'request-sent': 'Request sent',
  'follow-up-sent': 'Follow-up sent',
  reply: 'Reply received',
  meeting: 'Meeting held',
  'thank-you-sent': 'Thank-you sent',
  'update-sent': 'Report-back sent',
  note: 'Note',
};

/** The order the "add to timeline" choice offers them: what people log by hand most first. */
export const TOUCH_CHOICES: readonly TouchKind[] = [
  'reply',
  'meeting',
  'note',
  'request-sent',
  'follow-up-sent',
  'thank-you-sent',
  'update-sent',
];

export const SOURCE_LABELS: Record<SourceKind, string> = {
  'former-boss': 'A former boss',
  network: 'My network',
  referral: 'Someone referred me',
  'known-expert': 'A known expert in my field',
  other: 'Other',
};

export const REMINDER_LABELS: Record<ReminderKind, string> = {
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
  'report-back': 'Report-back',
  custom: 'Reminder',
};

/** The draft each kind of message is, as a button would say it ("Draft a thank-you"). */
export const DRAFT_LABELS: Record<DraftKind, string> = {
  request: 'request',
  'follow-up': 'follow-up',
  'thank-you': 'thank-you',
  'report-back': 'report-back',
  agenda: 'meeting agenda',
};

/** The fit checklist from the mentoring principles, as questions the user ticks. */
export const FIT_LABELS = {
  knowsSubject: 'Knows my subject',
  hasDoneIt: 'Has done what I want to do',
  hasTime: 'Has time for it',
  communicatesWell: 'Communicates well',
} as const;
