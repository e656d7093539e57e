/**
 * What the user can do to one reminder (done, snooze, reschedule, undo) as pure functions that
 * return a changed copy; the store writes the copy.
 */
import type { Reminder } from '@/lib/db/types';
import { DAY_MS, localTimeOnDay } from './time';

/**
 * When the reminder is due for the user: a snooze or a reschedule moves it, the planned `dueAt`
 * stays as it was so that re-planning recognises the reminder (and keeps the snooze).
 */
export function effectiveDueAt(reminder: Pick<Reminder, 'dueAt' | 'snoozedUntil'>): number {
  return reminder.snoozedUntil ?? reminder.dueAt;
}

export function isOpen(reminder: Pick<Reminder, 'doneAt'>): boolean {
  return reminder.doneAt === undefined;
}

function assertTime(t: number, what: string): void {
  if (!Number.isFinite(t)) throw new RangeError(`${what} must be a finite time in epoch milliseconds`);
}

function assertOpen(reminder: Reminder, action: string): void {
  if (!isOpen(reminder)) throw new Error(`A done reminder cannot be ${action}; reopen it first.`);
}

/** Snoozes an open reminder until `until`, which must lie in the future. */
export function snooze(reminder: Reminder, until: number, now: number): Reminder {
  assertOpen(reminder, 'snoozed');
  assertTime(until, 'The snooze time');
  if (until <= now) throw new RangeError('A snooze must end in the future.');
  return { ...reminder, snoozedUntil: until };
}

/** Snoozes an open reminder for a number of days (1 = this time tomorrow). */
export function snoozeForDays(reminder: Reminder, days: number, now: number): Reminder {
  if (!Number.isFinite(days) || days <= 0) throw new RangeError('Snooze for at least part of a day.');
  return snooze(reminder, now + days * DAY_MS, now);
}

/**
 * Moves an open reminder to another time, earlier or later. Kept as a snooze on top of the planned
 * due time: re-planning after the next touch then still knows it is the same reminder.
 */
export function reschedule(reminder: Reminder, to: number): Reminder {
  assertOpen(reminder, 'rescheduled');
  assertTime(to, 'The new time');
  return { ...reminder, snoozedUntil: to === reminder.dueAt ? undefined : to };
}

/** Takes a snooze or reschedule back: the reminder is due at its planned time again. */
export function clearSnooze(reminder: Reminder): Reminder {
  const { snoozedUntil: _dropped, ...rest } = reminder;
  return rest;
}

/** Marks a reminder done; marking a done reminder again keeps its first completion time. */
export function markDone(reminder: Reminder, at: number): Reminder {
  assertTime(at, 'The completion time');
  if (!isOpen(reminder)) return reminder;
  const { snoozedUntil: _dropped, ...rest } = reminder;
  return { ...rest, doneAt: at };
}

/** Undoes "done". */
export function reopen(reminder: Reminder): Reminder {
  const { doneAt: _dropped, ...rest } = reminder;
  return rest;
}

/** A ready-made snooze the UI can offer as one click. */
export interface SnoozeOption {
  id: 'later-today' | 'tomorrow' | 'in-3-days' | 'next-week';
  label: string;
  until: number;
}

/** The morning hour a "tomorrow"-style snooze lands on: a reminder should greet the user, not wake them. */
export const SNOOZE_MORNING_HOUR = 9;

/**
 * One-click snoozes in the user's time zone: in 3 hours, tomorrow morning, in 3 days, next week
 * (mornings at 09:00 local time, whatever daylight saving does in between).
 */
export function snoozeOptions(now: number, timeZone: string): SnoozeOption[] {
  return [
    { id: 'later-today', label: 'In 3 hours', until: now + 3 * 60 * 60 * 1000 },
    {
      id: 'tomorrow',
      label: 'Tomorrow morning',
      until: localTimeOnDay(now, timeZone, 1, SNOOZE_MORNING_HOUR),
    },
    { id: 'in-3-days', label: 'In 3 days', until: localTimeOnDay(now, timeZone, 3, SNOOZE_MORNING_HOUR) },
    { id: 'next-week', label: 'Next week', until: localTimeOnDay(now, timeZone, 7, SNOOZE_MORNING_HOUR) },
  ];
}
