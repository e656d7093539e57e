import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  DAY_MS,
  instantOfLocal,
  localDateTime,
  localDayNumber,
  localTimeOnDay,
  startOfLocalDay,
} from '@/lib/followups/time';

const at = (iso: string) => Date.parse(iso);

describe('local calendar days', () => {
  it.each([
    // Spring forward: the local day has 23 hours.
    ['Europe/Berlin', '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00'],
    // Fall back: the local day has 25 hours.
    ['Europe/Berlin', '2026-10-24T23:30:00+02:00', '2026-10-25T23:30:00+01:00'],
    ['America/New_York', '2026-03-07T23:59:00-05:00', '2026-03-08T23:59:00-04:00'],
    // Southern hemisphere: clocks go back in April.
    ['Australia/Sydney', '2026-04-04T00:30:00+11:00', '2026-04-05T23:30:00+10:00'],
  ])('counts the days around a daylight-saving change in %s as consecutive dates', (zone, a, b) => {
    expect(calendarDaysBetween(at(a), at(b), zone)).toBe(1);
    expect(calendarDaysBetween(at(b), at(a), zone)).toBe(-1);
  });

  it('gives the same instant different dates in different time zones', () => {
    const t = at('2026-06-01T23:30:00Z');
    expect(calendarDaysBetween(t, at('2026-06-02T10:00:00Z'), 'UTC')).toBe(1);
    // Already 2 June in Tokyo, still 1 June in Los Angeles.
    expect(localDateTime(t, 'Asia/Tokyo')).toMatchObject({ month: 6, day: 2, hour: 8, minute: 30 });
    expect(localDateTime(t, 'America/Los_Angeles')).toMatchObject({ month: 6, day: 1, hour: 16 });
    expect(localDayNumber(t, 'Asia/Tokyo') - localDayNumber(t, 'America/Los_Angeles')).toBe(1);
  });

  it('handles zones with half- and quarter-hour offsets', () => {
    const t = at('2026-01-15T18:40:00Z');
    expect(localDateTime(t, 'Asia/Kolkata')).toMatchObject({ day: 16, hour: 0, minute: 10 });
    expect(localDateTime(t, 'Asia/Kathmandu')).toMatchObject({ day: 16, hour: 0, minute: 25 });
  });

  it('agrees with the full local date-time for any moment in any of several zones', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2060-01-01') }),
        fc.constantFrom(...zones),
        (t, zone) => {
          const l = localDateTime(t, zone);
          expect(localDayNumber(t, zone)).toBe(Date.UTC(l.year, l.month - 1, l.day) / DAY_MS);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it('rejects an unknown time zone with a clear error', () => {
    expect(() => localDayNumber(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('rejects a time that is not a number', () => {
    expect(() => localDayNumber(Number.NaN, 'UTC')).toThrow(/finite time/);
  });
});

describe('local wall-clock times', () => {
  it('finds 09:00 local time on the day after the clocks go forward', () => {
    const now = at('2026-03-28T20:00:00+01:00');
    expect(localTimeOnDay(now, 'Europe/Berlin', 1, 9)).toBe(at('2026-03-29T09:00:00+02:00'));
  });

  it('finds 09:00 local time on the day after the clocks go back', () => {
    const now = at('2026-11-01T00:30:00-04:00');
    expect(localTimeOnDay(now, 'America/New_York', 1, 9)).toBe(at('2026-11-02T09:00:00-05:00'));
  });

  it('moves a wall time skipped by the spring-forward change to the same time after it', () => {
    expect(instantOfLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin')).toBe(
      at('2026-03-29T03:30:00+02:00'),
    );
  });

  it('resolves a wall time that happens twice to the later one', () => {
    expect(instantOfLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin')).toBe(
      at('2026-10-25T02:30:00+01:00'),
    );
  });

  it('starts a day at 01:00 where the clocks skip midnight (Santiago, September)', () => {
    const start = startOfLocalDay(at('2026-09-06T15:00:00Z'), 'America/Santiago');
    expect(localDateTime(start, 'America/Santiago')).toMatchObject({ day: 6, hour: 1, minute: 0 });
  });

  it('starts days at local midnight, 23 or 25 hours apart around daylight-saving changes', () => {
    const zone = 'Europe/Berlin';
    const sat = startOfLocalDay(at('2026-03-28T12:00:00Z'), zone);
    const sun = startOfLocalDay(at('2026-03-28T12:00:00Z'), zone, 1);
    expect(sat).toBe(at('2026-03-28T00:00:00+01:00'));
    expect(sun - sat).toBe(DAY_MS);
    const mon = startOfLocalDay(sun, zone, 1);
    expect(mon - sun).toBe(DAY_MS - 60 * 60 * 1000);
  });
});
