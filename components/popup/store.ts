/**
 * What the popup reads and writes (prospects, today's follow-ups, settings), loaded as its own
 * chunk while the capture runs, so that the first screen needs no database code.
 */
import {
  createProspect,
  findProspectByUrl,
  getProspect,
  getProspects,
  remindersDueBefore,
  saveCapturedProfile,
} from '@/lib/db/light';
import type { Prospect, ProspectStatus, Reminder } from '@/lib/db/types';
import { calendarDaysBetween, DAY_MS, relativeDueText, type TodayItem, todayList } from '@/lib/followups';
import { getSettings, saveSettings } from '@/lib/settings';

export { createProspect, findProspectByUrl, getProspect, getSettings, saveCapturedProfile, saveSettings };

/** One line of the popup's "Follow-ups due today". */
export interface TodayEntry {
  item: TodayItem;
  prospect: Prospect;
}

/**
 * Today's follow-ups, thank-yous, report-backs and the user's own reminders, each with its person.
 * Reads only open reminders due by the day after tomorrow (an owed thank-you is due within a day).
 */
export async function todayEntries(now: number, timeZone: string): Promise<TodayEntry[]> {
  const open: Reminder[] = await remindersDueBefore(now + 2 * DAY_MS);
  const list = todayList(open, now, timeZone);
  const items = [...list.followUps, ...list.thankYous, ...list.reportBacks, ...list.custom];
  const ids = [...new Set(items.map((i) => i.reminder.prospectId))];
  const people = new Map<number, Prospect>();
  for (const p of await getProspects(ids)) if (p.id !== undefined) people.set(p.id, p);
  const out: TodayEntry[] = [];
  for (const item of items) {
    const prospect = people.get(item.reminder.prospectId);
    if (prospect) out.push({ item, prospect });
  }
  return out;
}

/** A saved person's standing, in words: the popup shows it instead of "Save prospect". */
export interface KnownFacts {
  status: ProspectStatus;
  /** The status as the user reads it ("no reply", not "no-reply"). */
  statusWord: string;
  lastTouch: string;
  nextFollowUp: string;
  /** Exact dates, for the tooltip. */
  lastTouchDate?: string;
  nextFollowUpDate?: string;
}

const exact = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });

function agoText(at: number, now: number, timeZone: string): string {
  const days = calendarDaysBetween(at, now, timeZone);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export function describeKnown(prospect: Prospect, now: number, timeZone: string): KnownFacts {
  const facts: KnownFacts = {
    status: prospect.status,
    statusWord: prospect.status.replace(/-/g, ' '),
    lastTouch: prospect.lastTouchAt === undefined ? 'none yet' : agoText(prospect.lastTouchAt, now, timeZone),
    nextFollowUp:
      prospect.nextFollowUpAt === undefined
        ? 'none planned'
        : relativeDueText(prospect.nextFollowUpAt, now, timeZone),
  };
  if (prospect.lastTouchAt !== undefined) facts.lastTouchDate = exact(prospect.lastTouchAt);
  if (prospect.nextFollowUpAt !== undefined) facts.nextFollowUpDate = exact(prospect.nextFollowUpAt);
  return facts;
}
