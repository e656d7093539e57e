/**
 * Which reminders need the user now: due and overdue ones, the badge count, the "Today" list and
 * the short "in 3 days" / "overdue by 2 days" text on rows, in the user's time zone.
 */
import type { Reminder, ReminderKind } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import { THANK_YOU_WITHIN_MS } from './plan';
import { effectiveDueAt, isOpen } from './reminders';
import { calendarDaysBetween, localDayNumber, startOfLocalDay } from './time';

/** Open and its (snoozed) due time has come. */
export function isDue(reminder: Reminder, now: number): boolean {
  return isOpen(reminder) && effectiveDueAt(reminder) <= now;
}

/** Open and due on an earlier local date than today. */
export function isOverdue(reminder: Reminder, now: number, timeZone: string): boolean {
  return (
    isOpen(reminder) && localDayNumber(effectiveDueAt(reminder), timeZone) < localDayNumber(now, timeZone)
  );
}

/** Open and due on today's local date, earlier or later today. */
export function isDueToday(reminder: Reminder, now: number, timeZone: string): boolean {
  return (
    isOpen(reminder) && localDayNumber(effectiveDueAt(reminder), timeZone) === localDayNumber(now, timeZone)
  );
}

/** How many reminders are due now: the number on the toolbar badge. */
export function countDue(reminders: readonly Reminder[], now: number): number {
  let n = 0;
  for (const r of reminders) if (isDue(r, now)) n++;
  return n;
}

/** The toolbar badge for a count: nothing at zero, and at most four characters. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

/** The draft a reminder suggests writing; custom reminders suggest none. */
export function draftKindFor(kind: ReminderKind): DraftKind | undefined {
  return kind === 'custom' ? undefined : kind;
}

/**
 * Short text for when something is due, counted in local calendar days: "today", "tomorrow",
 * "in 3 days", "overdue by 1 day", "overdue by 2 days". Anything due earlier today reads "today".
 */
export function relativeDueText(dueAt: number, now: number, timeZone: string): string {
  return textForDays(calendarDaysBetween(now, dueAt, timeZone));
}

function textForDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? 'overdue by 1 day' : `overdue by ${-days} days`;
}

/** Where a reminder stands for the "Today" list. */
export type TodayState = 'overdue' | 'due' | 'later-today' | 'owed';

export interface TodayItem {
  reminder: Reminder;
  /** When it is due for the user (snooze counted). */
  dueAt: number;
  state: TodayState;
  /** The draft one click should open, if any. */
  draftKind: DraftKind | undefined;
  /** "today", "overdue by 2 days", "tomorrow" (an owed thank-you due tomorrow). */
  when: string;
}

export interface TodayList {
  /** Follow-ups due today and overdue. */
  followUps: TodayItem[];
  /** Thank-yous owed: from the meeting on, even before their one-day deadline. */
  thankYous: TodayItem[];
  /** Report-backs due today and overdue. */
  reportBacks: TodayItem[];
  /** The user's own reminders due today and overdue. */
  custom: TodayItem[];
  /** Items in all groups together. */
  count: number;
}

/** A thank-you for a meeting that has happened, not snoozed: owed before its deadline. */
function isOwedThankYou(reminder: Reminder, now: number): boolean {
  return (
    reminder.kind === 'thank-you' &&
    reminder.snoozedUntil === undefined &&
    reminder.dueAt - THANK_YOU_WITHIN_MS <= now
  );
}

/**
 * The "Today" section: every open reminder due on or before today's local date, plus thank-yous
 * owed (a thank-you is owed from the meeting on; a snooze past today hides it until then). Each
 * group is sorted most overdue first.
 */
export function todayList(reminders: readonly Reminder[], now: number, timeZone: string): TodayList {
  // Day boundaries once, then plain comparisons: the list runs over every reminder of the user.
  const startOfToday = startOfLocalDay(now, timeZone);
  const startOfTomorrow = startOfLocalDay(now, timeZone, 1);
  const today = localDayNumber(now, timeZone);
  const list: TodayList = { followUps: [], thankYous: [], reportBacks: [], custom: [], count: 0 };
  for (const reminder of reminders) {
    if (!isOpen(reminder)) continue;
    const dueAt = effectiveDueAt(reminder);
    let state: TodayState;
    if (dueAt < startOfToday) state = 'overdue';
    else if (dueAt <= now) state = 'due';
    else if (dueAt < startOfTomorrow) state = 'later-today';
    else if (isOwedThankYou(reminder, now)) state = 'owed';
    else continue;
    const item: TodayItem = {
      reminder,
      dueAt,
      state,
      draftKind: draftKindFor(reminder.kind),
      when:
        state === 'due' || state === 'later-today'
          ? 'today'
          : textForDays(localDayNumber(dueAt, timeZone) - today),
    };
    if (reminder.kind === 'follow-up') list.followUps.push(item);
    else if (reminder.kind === 'thank-you') list.thankYous.push(item);
    else if (reminder.kind === 'report-back') list.reportBacks.push(item);
    else list.custom.push(item);
    list.count++;
  }
  const byDue = (a: TodayItem, b: TodayItem) =>
    a.dueAt - b.dueAt || a.reminder.prospectId - b.reminder.prospectId;
  for (const group of [list.followUps, list.thankYous, list.reportBacks, list.custom]) group.sort(byDue);
  return list;
}
