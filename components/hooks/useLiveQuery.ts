/**
 * A Preact hook over Dexie's liveQuery: the component re-renders whenever the data it read changes,
 * whether the change was made in this page or another (the popup saving, the side panel showing).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type StoreError, toStoreError } from '@/lib/db/errors';

export interface LiveQueryState<T> {
  /** The latest result; the previous one is kept while a new query (new deps) is loading. */
  value: T | undefined;
  /** Why the query failed, in plain words. */
  error: StoreError | undefined;
  /** True until the first result of the current query arrives. */
  loading: boolean;
}

/**
 * Runs `query` (which reads through Dexie) and again whenever what it read changes. `deps` are the
 * values the query uses, as for useEffect.
 */
export function useLiveQuery<T>(
  query: () => Promise<T> | T,
  deps: readonly unknown[] = [],
): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({
    value: undefined,
    error: undefined,
    loading: true,
  });
  // The caller's deps say when the query changes, as for useEffect.
  useEffect(() => {
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error: unknown) =>
        setState((s) => ({ value: s.value, error: toStoreError(error), loading: false })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
