import { describe, expect, it } from 'vitest';
import type { Reminder } from '@/lib/db/types';
import {
  clearSnooze,
  effectiveDueAt,
  markDone,
  reopen,
  reschedule,
  snooze,
  snoozeForDays,
  snoozeOptions,
} from '@/lib/followups/reminders';
import { DAY_MS, HOUR_MS, localDateTime } from '@/lib/followups/time';

const NOW = Date.parse('2026-05-04T08:00:00Z');
const followUp: Reminder = { id: 1, prospectId: 5, kind: 'follow-up', dueAt: NOW - HOUR_MS };

describe('snoozing and rescheduling', () => {
  it('moves a reminder by snoozing it, without changing its planned time', () => {
    const later = snooze(followUp, NOW + 2 * DAY_MS, NOW);
    expect(later.dueAt).toBe(followUp.dueAt);
    expect(effectiveDueAt(later)).toBe(NOW + 2 * DAY_MS);
    expect(effectiveDueAt(followUp)).toBe(followUp.dueAt);
  });

  it('snoozes for a number of days', () => {
    expect(effectiveDueAt(snoozeForDays(followUp, 3, NOW))).toBe(NOW + 3 * DAY_MS);
  });

  it('refuses a snooze that ends in the past or now', () => {
    expect(() => snooze(followUp, NOW, NOW)).toThrow(/future/);
    expect(() => snoozeForDays(followUp, 0, NOW)).toThrow(RangeError);
  });

  it('refuses to snooze a done reminder', () => {
    expect(() => snooze(markDone(followUp, NOW), NOW + DAY_MS, NOW)).toThrow(/done reminder/);
  });

  it('reschedules earlier or later, and back to the planned time', () => {
    const earlier = reschedule({ ...followUp, dueAt: NOW + 5 * DAY_MS }, NOW + DAY_MS);
    expect(effectiveDueAt(earlier)).toBe(NOW + DAY_MS);
    expect(reschedule(earlier, earlier.dueAt).snoozedUntil).toBeUndefined();
    expect(() => reschedule(followUp, Number.NaN)).toThrow(/finite/);
  });

  it('takes a snooze back', () => {
    const back = clearSnooze(snooze(followUp, NOW + DAY_MS, NOW));
    expect(back).toEqual(followUp);
  });
});

describe('done and undo', () => {
  it('marks done once, keeping the first completion time, and drops the snooze', () => {
    const done = markDone(snooze(followUp, NOW + DAY_MS, NOW), NOW);
    expect(done.doneAt).toBe(NOW);
    expect(done.snoozedUntil).toBeUndefined();
    expect(markDone(done, NOW + DAY_MS).doneAt).toBe(NOW);
  });

  it('reopens a done reminder', () => {
    expect(reopen(markDone(followUp, NOW))).toEqual(followUp);
  });
});

describe('one-click snoozes', () => {
  it.each([
    ['Europe/Berlin', '2026-03-28T20:00:00+01:00'],
    ['America/New_York', '2026-10-31T22:00:00-04:00'],
    ['Asia/Tokyo', '2026-03-28T20:00:00+09:00'],
  ])('lands "tomorrow morning" at 09:00 local time in %s, across daylight-saving changes', (zone, iso) => {
    const now = Date.parse(iso);
    const options = snoozeOptions(now, zone);
    const tomorrow = options.find((o) => o.id === 'tomorrow')!;
    const local = localDateTime(tomorrow.until, zone);
    const today = localDateTime(now, zone);
    expect(local).toMatchObject({ hour: 9, minute: 0 });
    expect(
      Date.UTC(local.year, local.month - 1, local.day) - Date.UTC(today.year, today.month - 1, today.day),
    ).toBe(DAY_MS);
    for (const o of options) expect(o.until).toBeGreaterThan(now);
    expect(options.map((o) => o.label)).toEqual(['In 3 hours', 'Tomorrow morning', 'In 3 days', 'Next week']);
  });
});
