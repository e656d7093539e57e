/**
 * Reads the prospect list for the side panel without waiting on all of it: a first page through
 * an index, then every prospect in chunks, kept as compact entries; and hears which prospects
 * changed (in this page or another) so that only those are read again.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { db } from '@/lib/db';
import { DB_NAME } from '@/lib/db/schema';
import type { Prospect } from '@/lib/db/types';
import { COMPARATORS, type ProspectEntry, type SortKey, toEntry } from '@/lib/prospect-list';

/** How many prospects one read brings: big enough for few requests, small enough to yield often. */
export const CHUNK_SIZE = 1000;

const withId = (p: Prospect): p is Prospect & { id: number } => typeof p.id === 'number';

/** How many prospects are stored (one cheap request, for the count before everything is read). */
export function countProspects(): Promise<number> {
  return db.prospects.count();
}

/**
 * The first `limit` entries in `sort` order, read through an index so that the first paint does not
 * wait for the whole list. Ties may come out in another order than the full sort gives.
 */
export async function loadFirstPage(sort: SortKey, limit: number): Promise<ProspectEntry[]> {
  let rows: Prospect[];
  if (sort === 'name') rows = await db.prospects.orderBy('fullName').limit(limit).toArray();
  else if (sort === 'added') rows = await db.prospects.reverse().limit(limit).toArray();
  else if (sort === 'next-follow-up') {
    rows = await db.prospects.orderBy('nextFollowUpAt').limit(limit).toArray();
    if (rows.length < limit) {
      const rest = await db.prospects
        .orderBy('fullName')
        .filter((p) => p.nextFollowUpAt === undefined)
        .limit(limit - rows.length)
        .toArray();
      rows = rows.concat(rest);
    }
  } else {
    // No index on the last touch: the most recently updated ones are the likeliest to come first.
    rows = await db.prospects.orderBy('updatedAt').reverse().limit(limit).toArray();
  }
  return rows
    .filter(withId)
    .map(toEntry)
    .sort(COMPARATORS[sort] ?? COMPARATORS.name);
}

/**
 * Every prospect as an entry, read in chunks by id; `onChunk` gets each chunk as it arrives so that
 * search works on what is there while the rest loads. Full records are dropped after each chunk.
 */
export async function loadAllEntries(onChunk?: (chunk: ProspectEntry[]) => void): Promise<ProspectEntry[]> {
  const all: ProspectEntry[] = [];
  let after = Number.NEGATIVE_INFINITY;
  for (;;) {
    const rows = await db.prospects.where(':id').above(after).limit(CHUNK_SIZE).toArray();
    const chunk = rows.filter(withId).map(toEntry);
    all.push(...chunk);
    onChunk?.(chunk);
    const last = rows[rows.length - 1];
    if (rows.length < CHUNK_SIZE || !last || typeof last.id !== 'number') return all;
    after = last.id;
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
