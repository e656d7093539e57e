/** Small hooks of the side panel: the clock rows are written against, and the user's settings. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings-types';

/** The current time, refreshed every `everyMs` so that "in 3 days" turns into "in 2 days" on its own. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The user's settings, following changes made in any Askwell page; undefined until read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let stopped = false;
    let unwatch = () => {};
    // Loaded after the first rows: only the detail, settings and composer views need it.
    import('@/lib/settings').then(({ getSettings, watchSettings }) => {
      if (stopped) return;
      unwatch = watchSettings((s) => setSettings(s));
      getSettings().then((s) => {
        if (!stopped) setSettings((current) => current ?? s);
      });
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);
  return settings;
}

/** Plain words for whatever a store call threw. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong and nothing was changed. Try again.';
}
