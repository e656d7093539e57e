import { describe, expect, it } from 'vitest';
import type { Reminder } from '@/lib/db/types';
import {
  badgeText,
  countDue,
  draftKindFor,
  isDue,
  isDueToday,
  isOverdue,
  relativeDueText,
  todayList,
} from '@/lib/followups/due';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/lib/followups/time';

const at = (iso: string) => Date.parse(iso);

describe('relative text on rows', () => {
  const zone = 'Europe/Berlin';
  const now = at('2026-05-12T10:00:00+02:00');
  it.each([
    ['2026-05-15T08:00:00+02:00', 'in 3 days'],
    ['2026-05-13T23:59:00+02:00', 'tomorrow'],
    ['2026-05-12T22:00:00+02:00', 'today'],
    ['2026-05-12T07:00:00+02:00', 'today'],
    ['2026-05-11T23:00:00+02:00', 'overdue by 1 day'],
    ['2026-05-10T12:00:00+02:00', 'overdue by 2 days'],
    ['2026-04-12T10:00:00+02:00', 'overdue by 30 days'],
  ])('shows a reminder due %s as "%s"', (due, text) => {
    expect(relativeDueText(at(due), now, zone)).toBe(text);
  });

  it('counts calendar days, not 24-hour periods, around midnight', () => {
    const lateEvening = at('2026-05-12T23:50:00+02:00');
    expect(relativeDueText(lateEvening + 20 * MINUTE_MS, lateEvening, zone)).toBe('tomorrow');
    expect(
      relativeDueText(lateEvening - 24 * HOUR_MS + 20 * MINUTE_MS, lateEvening + 20 * MINUTE_MS, zone),
    ).toBe('overdue by 1 day');
  });

  it('counts the short day of the spring-forward change as one day', () => {
    const now = at('2026-03-28T12:00:00+01:00');
    expect(relativeDueText(at('2026-03-29T12:00:00+02:00'), now, zone)).toBe('tomorrow');
    expect(relativeDueText(at('2026-03-31T00:30:00+02:00'), now, zone)).toBe('in 3 days');
  });

  it('counts the long day of the fall-back change as one day', () => {
    const now = at('2026-11-02T00:30:00-05:00');
    expect(relativeDueText(at('2026-11-01T00:10:00-04:00'), now, 'America/New_York')).toBe(
      'overdue by 1 day',
    );
  });

  it('reads the same moment by the user’s own calendar', () => {
    const now = at('2026-05-12T14:00:00Z');
    const due = at('2026-05-12T16:00:00Z');
    expect(relativeDueText(due, now, 'America/Los_Angeles')).toBe('today');
    expect(relativeDueText(due, now, 'Asia/Tokyo')).toBe('tomorrow');
    expect(relativeDueText(due, now, 'UTC')).toBe('today');
  });
});

const NOW = at('2026-05-12T10:00:00+02:00');
const ZONE = 'Europe/Berlin';
let nextId = 1;
const r = (kind: Reminder['kind'], dueAt: number, extra: Partial<Reminder> = {}): Reminder => ({
  id: nextId++,
  prospectId: 100 + nextId,
  kind,
  dueAt,
  ...extra,
});

describe('due and overdue', () => {
  it('is due once its time has come, and not when done or snoozed past now', () => {
    expect(isDue(r('follow-up', NOW), NOW)).toBe(true);
    expect(isDue(r('follow-up', NOW + 1), NOW)).toBe(false);
    expect(isDue(r('follow-up', NOW - DAY_MS, { doneAt: NOW }), NOW)).toBe(false);
    expect(isDue(r('follow-up', NOW - DAY_MS, { snoozedUntil: NOW + HOUR_MS }), NOW)).toBe(false);
    expect(isDue(r('follow-up', NOW + DAY_MS, { snoozedUntil: NOW - HOUR_MS }), NOW)).toBe(true);
  });

  it('is overdue only when due on an earlier day, and due today when due any time today', () => {
    const earlierToday = r('follow-up', at('2026-05-12T00:05:00+02:00'));
    const yesterday = r('follow-up', at('2026-05-11T23:55:00+02:00'));
    const tonight = r('follow-up', at('2026-05-12T23:55:00+02:00'));
    expect([earlierToday, yesterday, tonight].map((x) => isOverdue(x, NOW, ZONE))).toEqual([
      false,
      true,
      false,
    ]);
    expect([earlierToday, yesterday, tonight].map((x) => isDueToday(x, NOW, ZONE))).toEqual([
      true,
      false,
      true,
    ]);
    // In Tokyo both moments fall on 12 May: what is yesterday in Berlin is today there.
    expect(isOverdue(yesterday, NOW, 'Asia/Tokyo')).toBe(false);
    expect(isDueToday(yesterday, NOW, 'Asia/Tokyo')).toBe(true);
  });

  it('counts due reminders for the badge', () => {
    const reminders = [
      r('follow-up', NOW - DAY_MS),
      r('thank-you', NOW - HOUR_MS),
      r('report-back', NOW + HOUR_MS),
      r('custom', NOW - DAY_MS, { doneAt: NOW }),
    ];
    expect(countDue(reminders, NOW)).toBe(2);
    expect(countDue([], NOW)).toBe(0);
  });

  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [-3, ''],
  ])('shows %d due reminders on the badge as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('the Today list', () => {
  it('groups what needs doing today, each with the draft it suggests', () => {
    const meetingYesterday = at('2026-05-11T08:00:00+02:00');
    const reminders = [
      r('follow-up', at('2026-05-09T09:00:00+02:00')),
      r('follow-up', at('2026-05-12T18:00:00+02:00')),
      r('follow-up', at('2026-05-13T09:00:00+02:00')),
      r('thank-you', meetingYesterday + DAY_MS),
      r('report-back', at('2026-05-12T08:00:00+02:00')),
      r('report-back', at('2026-06-12T08:00:00+02:00')),
      r('custom', at('2026-05-11T08:00:00+02:00'), { note: 'Call back' }),
      r('follow-up', at('2026-05-01T09:00:00+02:00'), { doneAt: at('2026-05-02T09:00:00+02:00') }),
    ];
    const list = todayList(reminders, NOW, ZONE);
    expect(list.followUps.map((i) => [i.state, i.when, i.draftKind])).toEqual([
      ['overdue', 'overdue by 3 days', 'follow-up'],
      ['later-today', 'today', 'follow-up'],
    ]);
    expect(list.thankYous.map((i) => [i.state, i.when, i.draftKind])).toEqual([
      ['due', 'today', 'thank-you'],
    ]);
    expect(list.reportBacks.map((i) => [i.state, i.draftKind])).toEqual([['due', 'report-back']]);
    expect(list.custom.map((i) => [i.state, i.draftKind])).toEqual([['overdue', undefined]]);
    expect(list.count).toBe(5);
  });

  it('lists a thank-you as owed from the meeting on, before its deadline', () => {
    const meetingThisMorning = at('2026-05-12T08:00:00+02:00');
    const list = todayList([r('thank-you', meetingThisMorning + DAY_MS)], NOW, ZONE);
    expect(list.thankYous.map((i) => [i.state, i.when])).toEqual([['owed', 'tomorrow']]);
  });

  it('hides a thank-you snoozed past today, and one for a meeting still to come', () => {
    const meeting = at('2026-05-12T08:00:00+02:00');
    const snoozed = r('thank-you', meeting + DAY_MS, { snoozedUntil: at('2026-05-14T09:00:00+02:00') });
    const upcoming = r('thank-you', at('2026-05-20T08:00:00+02:00') + DAY_MS);
    expect(todayList([snoozed, upcoming], NOW, ZONE).count).toBe(0);
  });

  it('finds today’s boundaries where the clocks skip midnight (Santiago, September)', () => {
    const zone = 'America/Santiago';
    const now = at('2026-09-06T12:00:00-03:00');
    const list = todayList(
      [
        r('follow-up', at('2026-09-05T23:30:00-04:00')),
        r('follow-up', at('2026-09-06T01:30:00-03:00')),
        r('follow-up', at('2026-09-06T23:30:00-03:00')),
        r('follow-up', at('2026-09-07T00:30:00-03:00')),
      ],
      now,
      zone,
    );
    expect(list.followUps.map((i) => [i.state, i.when])).toEqual([
      ['overdue', 'overdue by 1 day'],
      ['due', 'today'],
      ['later-today', 'today'],
    ]);
  });

  it('sorts the most overdue first', () => {
    const list = todayList([r('follow-up', NOW - DAY_MS), r('follow-up', NOW - 5 * DAY_MS)], NOW, ZONE);
    expect(list.followUps.map((i) => i.when)).toEqual(['overdue by 5 days', 'overdue by 1 day']);
  });

  it('maps each reminder kind to the draft it suggests', () => {
    expect(
      ['follow-up', 'thank-you', 'report-back', 'custom'].map((k) => draftKindFor(k as Reminder['kind'])),
    ).toEqual(['follow-up', 'thank-you', 'report-back', undefined]);
  });
});
