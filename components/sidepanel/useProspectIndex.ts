/**
 * The side panel's in-memory list of prospects: a first page at once (plain IndexedDB), then,
 * once those rows are on screen, everything through the store's code, kept up to date with every
 * write made in this page or another Askwell page (only changed prospects are read again).
 */
import { useEffect, useState } from 'preact/hooks';
import { type StoreError, toStoreError } from '@/lib/db/errors';
import { applyChanges, type ProspectEntry, type SortKey } from '@/lib/prospect-list';
import { type FirstPage, readFirstPage } from '@/lib/sidepanel/first-page';
import type { IdRange } from '@/lib/sidepanel/prospect-index';

/** Rows the first read brings: the most a list can show (components/ui MAX_ROWS). */
export const FIRST_PAGE = 60;

export interface ProspectIndex {
  /** The entries known so far, in no particular order. */
  entries: ProspectEntry[];
  /** True once the first page is in (the list can show rows). */
  loaded: boolean;
  /** True once every prospect has been read (search and counts cover everything). */
  complete: boolean;
  error: StoreError | undefined;
}

/** The list's order when the panel opens. */
export const INITIAL_SORT: SortKey = 'next-follow-up';

let early: { sort: SortKey; page: Promise<FirstPage> } | undefined;

/**
 * Starts reading the first rows before the panel renders (the entry calls it first thing), so
 * that the read and the first render overlap. The first `useProspectIndex` takes it.
 */
export function prefetchFirstPage(sort: SortKey = INITIAL_SORT): void {
  early ??= { sort, page: readFirstPage(sort, FIRST_PAGE) };
}

function firstPage(sort: SortKey): Promise<FirstPage> {
  const taken = early;
  early = undefined;
  return taken && taken.sort === sort ? taken.page : readFirstPage(sort, FIRST_PAGE);
}

const afterNextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function useProspectIndex(initialSort: SortKey = INITIAL_SORT): ProspectIndex {
  const [state, setState] = useState<ProspectIndex>({
    entries: [],
    loaded: false,
    complete: false,
    error: undefined,
  });

  useEffect(() => {
    let stopped = false;
    let complete = false;
    let entries: ProspectEntry[] = [];
    let pending: IdRange[] | undefined = [];
    let unwatch = () => {};
    // One update at a time, in the order the writes were heard.
    let queue: Promise<void> = Promise.resolve();

    const publish = () => {
      if (!stopped) setState({ entries, loaded: true, complete, error: undefined });
    };
    const fail = (error: unknown) => {
      if (!stopped) setState((s) => ({ ...s, loaded: true, error: toStoreError(error) }));
    };

    (async () => {
      let first: FirstPage = { entries: [], complete: false };
      try {
        first = await firstPage(initialSort);
      } catch {
        // The full read below says what is wrong, in the store's words.
      }
      if (stopped) return;
      entries = first.entries;
      complete = first.complete;
      if (entries.length > 0 || complete) publish();

      // Reading the rest keeps the main thread busy: let the first rows reach the screen first.
      await afterNextPaint();
      const store = await import('@/lib/sidepanel/prospect-index');
      if (stopped) return;
      const refresh = async (ranges: IdRange[]) => {
        const fresh = await store.readRanges(ranges);
        const gone = entries.filter((e) => store.inRanges(e.id, ranges)).map((e) => e.id);
        entries = applyChanges(entries, fresh, gone);
        publish();
      };
      // Listen before reading everything, so that no write falls between the two.
      unwatch = store.watchProspectChanges((ranges) => {
        if (pending) pending.push(...ranges);
        else queue = queue.then(() => refresh(ranges)).catch(fail);
      });
      entries = await store.loadAllEntries({ yieldBetweenChunks: afterNextTask });
      if (stopped) return;
      complete = true;
      publish();
      const heard = pending;
      pending = undefined;
      // Writes heard while everything was being read: read those prospects again.
      if (heard.length > 0) {
        queue = queue.then(() => refresh(heard));
        await queue;
      }
    })().catch(fail);

    return () => {
      stopped = true;
      unwatch();
    };
  }, []);

  return state;
}
