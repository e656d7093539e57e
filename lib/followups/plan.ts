/**
 * The cadence rules: from a prospect's status and timeline, which follow-up, thank-you and
 * report-back reminders it should have, when the next one is, and when to stop chasing.
 */
import type { ProspectStatus, Reminder, ReminderKind, TouchKind } from '@/lib/db/types';
import { type Cadence, DEFAULT_SETTINGS } from '@/lib/settings-types';
import { effectiveDueAt, isOpen } from './reminders';
import { DAY_MS } from './time';

/** The reminder kinds the rules own; `custom` reminders belong to the user and are never touched. */
export type PlannedKind = Exclude<ReminderKind, 'custom'>;
export const PLANNED_KINDS: readonly PlannedKind[] = ['follow-up', 'thank-you', 'report-back'];

/** Statuses after which the prospect gets no further planned reminders. */
export const CLOSED_STATUSES: readonly ProspectStatus[] = ['declined', 'no-reply', 'paused'];
/** Statuses that mean they answered, even when no reply was logged as a touch. */
export const ANSWERED_STATUSES: readonly ProspectStatus[] = ['replied', 'accepted', 'mentoring'];

/** At most this many follow-ups after one request (the mentoring principles: one nudge, two at most). */
export const MAX_FOLLOW_UPS = 2;

/** The thank-you is owed from the meeting on and due within a day of it. */
export const THANK_YOU_WITHIN_MS = DAY_MS;

/** A touch as the rules see it; `prospectId` is read only to know whom new reminders belong to. */
export interface TouchLike {
  kind: TouchKind;
  at: number;
  prospectId?: number;
}

export interface PlanInput {
  /** Whom the reminders are for; taken from the touches or reminders when left out. */
  prospectId?: number;
  status: ProspectStatus;
  touches: readonly TouchLike[];
  /** Every reminder the prospect has now, of any kind, open or done. */
  reminders: readonly Reminder[];
  /** The user's cadence; the defaults (7, 7, 28 days) when left out. */
  cadence?: Cadence;
}

/** Advice the rules give without making it a reminder. */
export interface CloseAsNoReplySuggestion {
  kind: 'close-as-no-reply';
  /** The status to move the prospect to. */
  status: 'no-reply';
  /** How many follow-ups went unanswered. */
  followUpsSent: number;
  /** When closing becomes timely: the cadence's wait after the last follow-up. */
  from: number;
}
export type FollowUpSuggestion = CloseAsNoReplySuggestion;

export interface ReminderPlan {
  /**
   * Every reminder the prospect should have after planning, sorted by when it is due: custom and
   * done ones unchanged, kept ones with their id (and snooze), new ones without an id.
   */
  reminders: Reminder[];
  /** Reminders to create (no id yet). */
  added: Reminder[];
  /** Existing reminders that changed (marked done because the touch that answers them was logged). */
  updated: Reminder[];
  /** Ids of existing reminders that no longer apply: delete them. */
  removedIds: number[];
  /** The earliest time an open reminder of this prospect is due (snoozes counted), for sorting and rows. */
  nextFollowUpAt: number | undefined;
  suggestion: FollowUpSuggestion | undefined;
}

/** The touch that answers each planned kind: logging it completes the reminder. */
const ANSWERED_BY: Record<PlannedKind, TouchKind> = {
  'follow-up': 'follow-up-sent',
  'thank-you': 'thank-you-sent',
  'report-back': 'update-sent',
};

interface Wanted {
  kind: PlannedKind;
  dueAt: number;
}

function validate(input: PlanInput, cadence: Cadence): void {
  for (const key of ['firstFollowUpDays', 'secondFollowUpDays', 'reportBackDays'] as const) {
    const days = cadence[key];
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
      throw new RangeError(`The cadence's ${key} must be a positive number of days.`);
    }
  }
  for (const t of input.touches) {
    if (!Number.isFinite(t.at)) throw new RangeError(`A "${t.kind}" touch has no valid time.`);
  }
  for (const r of input.reminders) {
    if (!Number.isFinite(r.dueAt)) throw new RangeError(`A "${r.kind}" reminder has no valid due time.`);
  }
}

function prospectIdOf(input: PlanInput): number | undefined {
  if (input.prospectId !== undefined) return input.prospectId;
  return input.touches.find((t) => t.prospectId !== undefined)?.prospectId ?? input.reminders[0]?.prospectId;
}

function latest(touches: readonly TouchLike[], kind: TouchKind): TouchLike | undefined {
  let found: TouchLike | undefined;
  for (const t of touches) if (t.kind === kind && (!found || t.at >= found.at)) found = t;
  return found;
}

/** What the rules want now, from the timeline alone. */
function wantedReminders(
  status: ProspectStatus,
  touches: readonly TouchLike[],
  cadence: Cadence,
): { wanted: Wanted[]; suggestion: FollowUpSuggestion | undefined } {
  const wanted: Wanted[] = [];
  let suggestion: FollowUpSuggestion | undefined;
  if (CLOSED_STATUSES.includes(status)) return { wanted, suggestion };

  // After a request: nudge after a week of silence, once more after another week, then stop.
  const request = latest(touches, 'request-sent');
  if (request && !ANSWERED_STATUSES.includes(status)) {
    const since = touches.filter((t) => t.at >= request.at);
    // A meeting implies they answered, even if the reply itself was not logged.
    const answered = since.some((t) => t.kind === 'reply' || t.kind === 'meeting');
    if (!answered) {
      const sent = since.filter((t) => t.kind === 'follow-up-sent').sort((a, b) => a.at - b.at);
      const last = sent[sent.length - 1];
      if (!last) {
        wanted.push({ kind: 'follow-up', dueAt: request.at + cadence.firstFollowUpDays * DAY_MS });
      } else if (sent.length < MAX_FOLLOW_UPS) {
        wanted.push({ kind: 'follow-up', dueAt: last.at + cadence.secondFollowUpDays * DAY_MS });
      } else {
        suggestion = {
          kind: 'close-as-no-reply',
          status: 'no-reply',
          followUpsSent: sent.length,
          from: last.at + cadence.secondFollowUpDays * DAY_MS,
        };
      }
    }
  }

  // After a meeting: thank them within a day; report back on what you did once you had time to act.
  const meeting = latest(touches, 'meeting');
  if (meeting) {
    const since = touches.filter((t) => t.at >= meeting.at);
    if (!since.some((t) => t.kind === 'thank-you-sent')) {
      wanted.push({ kind: 'thank-you', dueAt: meeting.at + THANK_YOU_WITHIN_MS });
    }
    if (!since.some((t) => t.kind === 'update-sent')) {
      wanted.push({ kind: 'report-back', dueAt: meeting.at + cadence.reportBackDays * DAY_MS });
    }
  }
  return { wanted, suggestion };
}

/**
 * How far before its due time a planned reminder of this kind was created: a touch that answers
 * it counts only when logged after that. The shorter follow-up wait errs towards deleting a
 * reminder rather than calling it done when it was not.
 */
function leadTime(kind: PlannedKind, cadence: Cadence): number {
  if (kind === 'follow-up') return Math.min(cadence.firstFollowUpDays, cadence.secondFollowUpDays) * DAY_MS;
  if (kind === 'thank-you') return THANK_YOU_WITHIN_MS;
  return cadence.reportBackDays * DAY_MS;
}

function isPlannedKind(kind: ReminderKind): kind is PlannedKind {
  return (PLANNED_KINDS as readonly string[]).includes(kind);
}

/**
 * Re-plans a prospect's reminders after any change (a touch marked, the status or cadence changed).
 *
 * - After a request: a follow-up due `firstFollowUpDays` after it; once one is sent, a second due
 *   `secondFollowUpDays` after that; never more than two. A reply (or a meeting) after the request
 *   stops them, and so does a status of replied, accepted or mentoring. After the second follow-up
 *   the plan suggests closing the prospect as "no reply" instead of chasing.
 * - After the latest meeting: a thank-you due within a day and a report-back due `reportBackDays`
 *   later, each until the thank-you or the update is logged as sent.
 * - Declined, "no reply" and paused prospects get no planned reminders.
 *
 * A reminder that still applies (same kind, same planned due time) keeps its id, snooze and done
 * state; an open one that no longer applies is marked done when the touch that answers it was
 * logged, otherwise deleted. Done reminders and custom reminders are never changed.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const cadence = input.cadence ?? DEFAULT_SETTINGS.cadence;
  validate(input, cadence);
  const prospectId = prospectIdOf(input);
  for (const r of input.reminders) {
    if (prospectId !== undefined && r.prospectId !== prospectId) {
      throw new Error('planReminders was given a reminder of another prospect.');
    }
  }
  const touches = [...input.touches].sort((a, b) => a.at - b.at);
  const { wanted, suggestion } = wantedReminders(input.status, touches, cadence);

  const result: Reminder[] = [];
  const added: Reminder[] = [];
  const updated: Reminder[] = [];
  const removedIds: number[] = [];
  const claimed = new Set<Reminder>();

  for (const w of wanted) {
    const same = input.reminders.filter((r) => r.kind === w.kind && r.dueAt === w.dueAt && !claimed.has(r));
    // Done wins: the user already did this one. Any duplicate of it is dropped.
    const keep = same.find((r) => !isOpen(r)) ?? same[0];
    if (keep) {
      for (const r of same) claimed.add(r);
      result.push(keep);
      for (const r of same) if (r !== keep && r.id !== undefined) removedIds.push(r.id);
      continue;
    }
    if (prospectId === undefined) throw new Error('planReminders needs the prospectId to add a reminder.');
    const fresh: Reminder = { prospectId, kind: w.kind, dueAt: w.dueAt };
    result.push(fresh);
    added.push(fresh);
  }

  for (const r of input.reminders) {
    if (claimed.has(r)) continue;
    if (!isPlannedKind(r.kind) || !isOpen(r)) {
      result.push(r);
      continue;
    }
    const createdFrom = r.dueAt - leadTime(r.kind, cadence);
    const answer = touches.find((t) => t.kind === ANSWERED_BY[r.kind as PlannedKind] && t.at > createdFrom);
    if (answer) {
      const { snoozedUntil: _dropped, ...rest } = r;
      const done: Reminder = { ...rest, doneAt: answer.at };
      result.push(done);
      updated.push(done);
    } else if (r.id !== undefined) {
      removedIds.push(r.id);
    }
  }

  result.sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b) || a.kind.localeCompare(b.kind));
  let nextFollowUpAt: number | undefined;
  for (const r of result) {
    if (isOpen(r) && (nextFollowUpAt === undefined || effectiveDueAt(r) < nextFollowUpAt)) {
      nextFollowUpAt = effectiveDueAt(r);
    }
  }
  return { reminders: result, added, updated, removedIds, nextFollowUpAt, suggestion };
}
