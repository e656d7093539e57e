/**
 * Reads every prospect for the side panel in chunks, kept as compact entries, and hears which
 * prospects changed (in this page or another) so that only those are read again. (The first rows
 * come from first-page.ts, before this module and Dexie have loaded.)
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { db } from '@/lib/db';
import { DB_NAME } from '@/lib/db/schema';
import type { Prospect } from '@/lib/db/types';
import { type ProspectEntry, toEntry } from '@/lib/prospect-list';

/**
 * How many prospects one read brings. IndexedDB hands records over on the main thread: a chunk of
 * 500 full records costs some 20-50 ms there, short enough for keystrokes to get through between.
 */
export const CHUNK_SIZE = 500;

const withId = (p: Prospect): p is Prospect & { id: number } => typeof p.id === 'number';

/**
 * Every prospect as an entry, read in chunks by id. Full records are dropped after each chunk;
 * `yieldBetweenChunks` lets the page handle input and paint between two chunks.
 */
export async function loadAllEntries(
  options: { yieldBetweenChunks?: () => Promise<void>; chunkSize?: number } = {},
): Promise<ProspectEntry[]> {
  const size = options.chunkSize ?? CHUNK_SIZE;
  const all: ProspectEntry[] = [];
  let after = Number.NEGATIVE_INFINITY;
  for (;;) {
    const rows = await db.prospects.where(':id').above(after).limit(size).toArray();
    for (const p of rows) if (withId(p)) all.push(toEntry(p));
    const last = rows[rows.length - 1];
    if (rows.length < size || !last || typeof last.id !== 'number') return all;
    after = last.id;
    await options.yieldBetweenChunks?.();
  }
}

/** A span of prospect ids that changed; both ends included. */
export interface IdRange {
  from: number;
  to: number;
}

function isNode(tree: unknown): tree is { from: unknown; to: unknown; l?: unknown; r?: unknown } {
  return typeof tree === 'object' && tree !== null && 'from' in tree && 'to' in tree;
}

/**
 * The prospect ids a committed write may have changed, from Dexie's `storagemutated` parts (also
 * sent from other pages): single keys, or spans (a clear or a bulk write is the whole range).
 * Empty when no prospect changed.
 */
export function changedProspectRanges(parts: ObservabilitySet, dbName: string = DB_NAME): IdRange[] {
  const tree: IntervalTree | undefined = parts[`idb://${dbName}/prospects/`];
  const out: IdRange[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    // Dexie marks "everything" with keys that are not numbers (its MIN_KEY and MAX_KEY).
    const from = typeof node.from === 'number' ? node.from : Number.NEGATIVE_INFINITY;
    const to = typeof node.to === 'number' ? node.to : Number.POSITIVE_INFINITY;
    out.push({ from, to });
    stack.push(node.l, node.r);
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The current entries of the prospects in `ranges`; ids in the ranges that are missing were deleted. */
export async function readRanges(ranges: readonly IdRange[]): Promise<ProspectEntry[]> {
  const singles = ranges.filter((r) => r.from === r.to).map((r) => r.from);
  const spans = ranges.filter((r) => r.from !== r.to);
  const found: Prospect[] = [];
  if (singles.length > 0) for (const p of await db.prospects.bulkGet(singles)) if (p) found.push(p);
  for (const span of spans)
    found.push(...(await db.prospects.where(':id').between(span.from, span.to, true, true).toArray()));
  return found.filter(withId).map(toEntry);
}

export function inRanges(id: number, ranges: readonly IdRange[]): boolean {
  for (const r of ranges) if (id >= r.from && id <= r.to) return true;
  return false;
}

/**
 * Calls `onChange` with the changed id ranges after every committed write to the prospects, made
 * in this page or another Askwell page. Returns the unsubscribe.
 */
export function watchProspectChanges(onChange: (ranges: IdRange[]) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const ranges = changedProspectRanges(parts, db.name);
    if (ranges.length > 0) onChange(ranges);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
