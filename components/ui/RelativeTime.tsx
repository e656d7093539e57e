/** A moment shown in words ("in 3 days", "overdue by 2 days") with the exact date and time on hover. */
import { useEffect, useState } from 'preact/hooks';

export interface RelativeTimeProps {
  /** The moment, in epoch milliseconds. */
  at: number;
  /** Turns the moment into words relative to `now`; the caller owns the wording (e.g. lib/followups). */
  format: (at: number, now: number) => string;
  /** The current time; when absent the component reads the clock and refreshes every `refreshMs`. */
  now?: number;
  refreshMs?: number;
  /** Locale for the exact date in the tooltip (default: the browser's). */
  locale?: string;
}

export function RelativeTime({ at, format, now, refreshMs = 60_000, locale }: RelativeTimeProps) {
  const [clock, setClock] = useState(() => Date.now());
  useEffect(() => {
    if (now !== undefined) return;
    const timer = setInterval(() => setClock(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [now, refreshMs]);
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time
      dateTime={date.toISOString()}
      title={date.toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' })}
    >
      {format(at, now ?? clock)}
    </time>
  );
}
