/**
 * Calendar arithmetic in the user's time zone ("today", "tomorrow", "in 3 days"), done on local
 * calendar dates so that daylight-saving changes never shift a reminder onto the wrong day.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** A fixed 24 hours: cadences ("after 7 days") count whole days of elapsed time, not wall-clock dates. */
export const DAY_MS = 24 * HOUR_MS;

/** The time zone of the machine, e.g. "Europe/Berlin"; "UTC" when the runtime does not say. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/*
 * Creating an Intl.DateTimeFormat costs tens of microseconds; the side panel asks for "today" once
 * per visible row and the badge once per reminder, so formatters are reused per time zone. This is
 * a cache of immutable objects, not state: dropping it changes nothing but speed.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError naming the zone when it is not a valid IANA time zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A wall-clock moment in some time zone; month is 1-12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function assertInstant(t: number, what: string): void {
  if (!Number.isFinite(t)) throw new RangeError(`${what} must be a finite time in epoch milliseconds`);
}

/** The wall-clock date and time of instant `t` in `timeZone`. */
export function localDateTime(t: number, timeZone: string): LocalDateTime {
  assertInstant(t, 'The time');
  const out: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(t)) {
    if (part.type in out) out[part.type as keyof LocalDateTime] = Number(part.value);
  }
  return out;
}

/** Formats the date only, as "M/D/YYYY": about twice as fast as taking a full date-time apart. */
function dateFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dateFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * A number for the local calendar date of `t`: consecutive dates give consecutive numbers, whatever
 * the length of the day in between (23 or 25 hours around daylight-saving changes).
 */
export function localDayNumber(t: number, timeZone: string): number {
  assertInstant(t, 'The time');
  const m = /^(\d+)\/(\d+)\/(\d+)$/.exec(dateFormatterFor(timeZone).format(t));
  if (m) return Math.round(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) / DAY_MS);
  // Dates outside the years the short form can show: take the parts apart instead.
  const { year, month, day } = localDateTime(t, timeZone);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** How many calendar days lie between the local dates of `from` and `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  return localDayNumber(to, timeZone) - localDayNumber(from, timeZone);
}

/** Offset of `timeZone` from UTC at instant `t`, in milliseconds (Berlin in summer: +2 h). */
function offsetAt(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  const l = localDateTime(whole, timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - whole;
}

/**
 * The instant at which the clocks of `timeZone` show the given local date and time. A time skipped
 * by a daylight-saving change (02:30 on a spring-forward night) resolves to the same wall time after
 * the change (03:30); a time that happens twice resolves to the later one.
 */
export function instantOfLocal(
  local: Pick<LocalDateTime, 'year' | 'month' | 'day'> & Partial<LocalDateTime>,
  timeZone: string,
): number {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour ?? 0,
    local.minute ?? 0,
    local.second ?? 0,
  );
  assertInstant(asUtc, 'The local date');
  const first = offsetAt(asUtc, timeZone);
  const guess = asUtc - first;
  const second = offsetAt(guess, timeZone);
  if (second === first) return guess;
  const retry = asUtc - second;
  if (offsetAt(retry, timeZone) === second) return retry;
  // In a gap: neither offset maps back to the asked time; move forward by the size of the gap.
  return asUtc - Math.min(first, second);
}

/** The first instant of the local day `days` days after the local date of `t` (0 = today). */
export function startOfLocalDay(t: number, timeZone: string, days = 0): number {
  const dayNumber = localDayNumber(t, timeZone) + days;
  const d = new Date(dayNumber * DAY_MS);
  return instantOfLocal(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    timeZone,
  );
}

/** `hour`:`minute` local time on the local date `days` days after the local date of `t`. */
export function localTimeOnDay(t: number, timeZone: string, days: number, hour: number, minute = 0): number {
  const dayNumber = localDayNumber(t, timeZone) + days;
  const d = new Date(dayNumber * DAY_MS);
  return instantOfLocal(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute },
    timeZone,
  );
}
