// Invented prospects for the side panel's end-to-end tests, as the store keeps them, and a writer
// that puts them straight into IndexedDB from an extension page (no Dexie in page.evaluate).
import type { Prospect, Reminder, Touch } from '@/lib/db/types';
import { COMPANIES, inventedName, prospectRecord, sentence } from '../fixtures/invented';

export const DAY = 86_400_000;

export interface SeedData {
  prospects: Prospect[];
  touches: Touch[];
  reminders: Reminder[];
}

/** A prospect with every required field, the rest given. */
export function invented(id: number, over: Partial<Prospect> & { fullName: string }, now: number): Prospect {
  return prospectRecord(id, now, {
    profileUrl: `https://www.linkedin.com/in/${over.fullName.toLowerCase().replace(/[^a-z]+/g, '-')}-${id}/`,
    capturedAt: now - id * DAY,
    ...over,
  });
}

/** Noon yesterday, local time: a meeting whose days do not depend on the hour the test runs. */
function yesterdayNoon(now: number): number {
  const d = new Date(now);
  d.setDate(d.getDate() - 1);
  d.setHours(12, 0, 0, 0);
  return d.getTime();
}

/**
 * A small list as a user might have after a month: one request waiting with its follow-up two
 * days overdue, one met yesterday (thanked, report-back in four weeks), one declined, two saved.
 */
export function smallList(now: number): SeedData {
  const met = yesterdayNoon(now);
  const ada = invented(
    1,
    {
      fullName: 'Ada Okafor',
      headline: 'Staff engineer, distributed systems at Lumen Grid',
      company: 'Lumen Grid',
      location: 'Lisbon, Portugal',
      tags: ['storage', 'lisbon'],
      notes: 'Her talk on write-ahead logs is why I want to ask her.',
      status: 'requested',
      lastTouchAt: now - 9 * DAY,
      nextFollowUpAt: now - 2 * DAY,
    },
    now,
  );
  const zoe = invented(
    2,
    {
      fullName: 'Zoë Ångström',
      headline: 'Head of platform at Fjord Systems',
      company: 'Fjord Systems',
      location: 'Oslo, Norway',
      tags: ['platform'],
      status: 'mentoring',
      lastTouchAt: met + 6 * 60 * 60 * 1000,
      nextFollowUpAt: met + 28 * DAY,
    },
    now,
  );
  const rui = invented(
    3,
    { fullName: 'Rui Tanaka', headline: 'Maintainer of small parsers', network: 'github', tags: ['parsers'] },
    now,
  );
  const berta = invented(
    4,
    {
      fullName: 'Berta Lind',
      headline: 'Engineering manager at Quill Labs',
      company: 'Quill Labs',
      status: 'declined',
    },
    now,
  );
  const chidi = invented(
    5,
    {
      fullName: 'Chidi Eze',
      headline: 'Principal engineer, databases',
      company: 'Kite Health',
      tags: ['storage'],
    },
    now,
  );
  const touches: Touch[] = [
    {
      id: 1,
      prospectId: 1,
      kind: 'request-sent',
      channel: 'connection-note',
      at: now - 9 * DAY,
      text: 'Hi Ada',
    },
    { id: 2, prospectId: 2, kind: 'request-sent', channel: 'message', at: now - 20 * DAY },
    { id: 3, prospectId: 2, kind: 'reply', channel: 'message', at: now - 18 * DAY },
    { id: 4, prospectId: 2, kind: 'meeting', at: met },
    { id: 5, prospectId: 2, kind: 'thank-you-sent', channel: 'message', at: met + 6 * 60 * 60 * 1000 },
  ];
  const reminders: Reminder[] = [
    { id: 1, prospectId: 1, kind: 'follow-up', dueAt: now - 2 * DAY, openDueAt: now - 2 * DAY },
    { id: 2, prospectId: 2, kind: 'thank-you', dueAt: met + DAY, doneAt: met + 6 * 60 * 60 * 1000 },
    { id: 3, prospectId: 2, kind: 'report-back', dueAt: met + 28 * DAY, openDueAt: met + 28 * DAY },
  ];
  return { prospects: [ada, zoe, rui, berta, chidi], touches, reminders };
}

/**
 * `count` invented prospects with full captured profiles (about, experience, education), as a
 * long-time user's list might look: every second one asked, with an open follow-up, one in a
 * hundred due now.
 */
export function largeList(count: number, now: number): SeedData {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const prospects: Prospect[] = [];
  const touches: Touch[] = [];
  const reminders: Reminder[] = [];
  for (let i = 1; i <= count; i++) {
    const company = COMPANIES[i % COMPANIES.length] as string;
    const contacted = i % 2 === 0;
    const due = i % 100 === 0 ? now - Math.floor(rnd() * 5) * DAY : now + (1 + Math.floor(rnd() * 30)) * DAY;
    const p = invented(
      i,
      {
        fullName: inventedName(i),
        headline: `${sentence(rnd, 6)} at ${company}`,
        title: 'Engineering Manager',
        company,
        location: 'Lisbon, Portugal',
        about: sentence(rnd, 70),
        experience: [
          { title: 'Engineering Manager', company, dateRange: '2022 – now', location: 'Lisbon' },
          { title: 'Staff Engineer', company: 'Quill Labs', dateRange: '2018 – 2022' },
        ],
        education: [{ school: 'Universidade do Porto', degree: 'MSc Informatics', dateRange: '2009 – 2014' }],
        tags: ['storage', i % 3 ? 'lisbon' : 'remote'],
        notes: sentence(rnd, 15),
        status: contacted ? 'requested' : 'saved',
        createdAt: now - (1 + (i % 300)) * DAY,
        updatedAt: now - (i % 300) * DAY,
      },
      now,
    );
    if (contacted) {
      p.nextFollowUpAt = due;
      p.lastTouchAt = due - 7 * DAY;
      touches.push({ id: touches.length + 1, prospectId: i, kind: 'request-sent', at: due - 7 * DAY });
      reminders.push({
        id: reminders.length + 1,
        prospectId: i,
        kind: 'follow-up',
        dueAt: due,
        openDueAt: due,
      });
    }
    prospects.push(p);
  }
  return { prospects, touches, reminders };
}
