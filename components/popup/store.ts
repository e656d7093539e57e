/**
 * What the popup reads and writes (prospects, today's follow-ups, settings), loaded as its own
 * chunk while the capture runs, so that the first screen needs no database code.
 */
import { db } from '@/lib/db';
import { canonicalProfileUrl } from '@/lib/db/canonical';
import { createProspect, findProspectByUrl, getProspect, saveCapturedProfile } from '@/lib/db/prospects';
import type { Prospect, ProspectStatus, Reminder } from '@/lib/db/types';
import { calendarDaysBetween, DAY_MS, relativeDueText, type TodayItem, todayList } from '@/lib/followups';
import { getSettings, saveSettings } from '@/lib/settings';

export { createProspect, findProspectByUrl, getProspect, getSettings, saveCapturedProfile, saveSettings };

/** One line of the popup's "Follow-ups due today". */
export interface TodayEntry {
  item: TodayItem;
  prospect: Prospect;
}

/** Opens the database now, so that the first lookup after the capture does not pay for it. */
export function warmUp(): void {
  db.open().catch(() => {
    // The lookup that follows reports the problem in words.
  });
}

/** Whether two addresses are the same person's profile (any URL form of it). */
export function sameProfile(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    return canonicalProfileUrl(a) === canonicalProfileUrl(b);
  } catch {
    return false;
  }
}

/**
 * Today's follow-ups, thank-yous, report-backs and the user's own reminders, each with its person.
 * Reads only open reminders due by the day after tomorrow (an owed thank-you is due within a day).
 */
export async function todayEntries(now: number, timeZone: string): Promise<TodayEntry[]> {
  const open: Reminder[] = await db.reminders
    .where('openDueAt')
    .below(now + 2 * DAY_MS)
    .toArray();
  const list = todayList(open, now, timeZone);
  const items = [...list.followUps, ...list.thankYous, ...list.reportBacks, ...list.custom];
  const ids = [...new Set(items.map((i) => i.reminder.prospectId))];
  const people = new Map<number, Prospect>();
  for (const p of await db.prospects.bulkGet(ids)) if (p?.id !== undefined) people.set(p.id, p);
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
