/**
 * The side panel's in-memory list of prospects: a first page at once, then everything, kept up to
 * date with every write made in this page or another Askwell page (only changed prospects are read).
 */
import { useEffect, useState } from 'preact/hooks';
import { type StoreError, toStoreError } from '@/lib/db/errors';
import { applyChanges, type ProspectEntry, type SortKey } from '@/lib/prospect-list';
import {
  countProspects,
  type IdRange,
  inRanges,
  loadAllEntries,
  loadFirstPage,
  readRanges,
  watchProspectChanges,
} from '@/lib/sidepanel/prospect-index';

/** Rows the first read brings: the most a list can show (components/ui MAX_ROWS). */
export const FIRST_PAGE = 60;

export interface ProspectIndex {
  /** The entries known so far, in no particular order. */
  entries: ProspectEntry[];
  /** True once every prospect has been read (search and counts cover everything). */
  complete: boolean;
  /** How many prospects there are (known before they are all read). */
  total: number | undefined;
  error: StoreError | undefined;
}

export function useProspectIndex(initialSort: SortKey): ProspectIndex {
  const [state, setState] = useState<ProspectIndex>({
    entries: [],
    complete: false,
    total: undefined,
    error: undefined,
  });

  useEffect(() => {
    let stopped = false;
    let complete = false;
    let entries: ProspectEntry[] = [];
    let pending: IdRange[] = [];
    // One update at a time, in the order the writes were heard.
    let queue: Promise<void> = Promise.resolve();

    const publish = (patch: Partial<ProspectIndex> = {}) => {
      if (stopped) return;
      setState((s) => ({
        ...s,
        entries,
        complete,
        total: complete ? entries.length : s.total,
        error: undefined,
        ...patch,
      }));
    };
    const fail = (error: unknown) => {
      if (!stopped) setState((s) => ({ ...s, error: toStoreError(error) }));
    };

    const refresh = async (ranges: IdRange[]) => {
      const fresh = await readRanges(ranges);
      const gone = entries.filter((e) => inRanges(e.id, ranges)).map((e) => e.id);
      entries = applyChanges(entries, fresh, gone);
      publish();
    };

    const unwatch = watchProspectChanges((ranges) => {
      if (!complete) {
        pending.push(...ranges);
        return;
      }
      queue = queue.then(() => refresh(ranges)).catch(fail);
    });

    (async () => {
      const [total, first] = await Promise.all([countProspects(), loadFirstPage(initialSort, FIRST_PAGE)]);
      if (stopped) return;
      entries = first;
      publish({ total });
      const all = await loadAllEntries();
      if (stopped) return;
      entries = all;
      complete = true;
      publish();
      // Writes heard while everything was being read: read those prospects again.
      if (pending.length > 0) {
        const ranges = pending;
        pending = [];
        queue = queue.then(() => refresh(ranges));
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
