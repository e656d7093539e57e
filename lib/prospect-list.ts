/**
 * The side panel's prospect list as pure functions: a compact entry per prospect (only what rows,
 * search, filters and sorting need), search as you type, filters, sort orders and counts.
 */
import type { Prospect, ProspectStatus } from '@/lib/db/types';
import { relativeDueText } from '@/lib/followups/due';

/** What the list keeps of one prospect: enough to show a row, search, filter and sort. */
export interface ProspectEntry {
  id: number;
  fullName: string;
  headline?: string;
  company?: string;
  status: ProspectStatus;
  tags: readonly string[];
  nextFollowUpAt?: number;
  lastTouchAt?: number;
  createdAt: number;
  /** Name, company, headline, tags and notes, folded for search (lower case, no accents). */
  search: string;
  /** The name folded for sorting by name without a collator on every comparison. */
  nameKey: string;
}

export const SORT_KEYS = ['next-follow-up', 'last-touch', 'name', 'added'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  'next-follow-up': 'Next follow-up',
  'last-touch': 'Last touch',
  name: 'Name',
  added: 'Date added',
};

export interface ListFilters {
  /** Only this status; undefined for every status. */
  status?: ProspectStatus;
  /** Only prospects with this tag (compared without case); undefined for any. */
  tag?: string;
  /** Only prospects whose next follow-up falls on or before today. */
  followUpDue?: boolean;
  /** Only prospects asked and not answered yet (status "requested"). */
  noReplyYet?: boolean;
}

export interface ListQuery extends ListFilters {
  search: string;
  sort: SortKey;
}

/** Lower case without accents or repeated spaces, so that "zoe" finds "Zoë" and "angstrom" "Ångström". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The compact entry for one stored prospect. */
export function toEntry(prospect: Prospect & { id: number }): ProspectEntry {
  const searchable = [
    prospect.fullName,
    prospect.company,
    prospect.headline,
    ...prospect.tags,
    prospect.notes,
  ]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    // A separator no one types, so that a search never matches across two fields.
    .join('\u0001');
  const entry: ProspectEntry = {
    id: prospect.id,
    fullName: prospect.fullName,
    status: prospect.status,
    tags: prospect.tags,
    createdAt: prospect.createdAt,
    search: foldForSearch(searchable),
    nameKey: foldForSearch(prospect.fullName),
  };
  if (prospect.headline) entry.headline = prospect.headline;
  if (prospect.company) entry.company = prospect.company;
  if (prospect.nextFollowUpAt !== undefined) entry.nextFollowUpAt = prospect.nextFollowUpAt;
  if (prospect.lastTouchAt !== undefined) entry.lastTouchAt = prospect.lastTouchAt;
  return entry;
}

/** The words of a search; every one must appear (in any field, in any order). */
export function searchTerms(search: string): string[] {
  return foldForSearch(search).split(' ').filter(Boolean);
}

export function matchesSearch(entry: ProspectEntry, terms: readonly string[]): boolean {
  for (const term of terms) if (!entry.search.includes(term)) return false;
  return true;
}

/**
 * Whether an entry passes the filters. `dueBefore` is the first instant of tomorrow (local): a
 * follow-up before it is due today or overdue.
 */
export function matchesFilters(entry: ProspectEntry, filters: ListFilters, dueBefore: number): boolean {
  if (filters.status !== undefined && entry.status !== filters.status) return false;
  if (filters.noReplyYet && entry.status !== 'requested') return false;
  if (filters.followUpDue && !(entry.nextFollowUpAt !== undefined && entry.nextFollowUpAt < dueBefore))
    return false;
  if (filters.tag !== undefined) {
    const wanted = filters.tag.toLocaleLowerCase();
    if (!entry.tags.some((t) => t.toLocaleLowerCase() === wanted)) return false;
  }
  return true;
}

const byName = (a: ProspectEntry, b: ProspectEntry) =>
  a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id - b.id;

/** Entries with the time first (ascending or descending), those without it last, then by name. */
function byTime(
  get: (e: ProspectEntry) => number | undefined,
  direction: 1 | -1,
): (a: ProspectEntry, b: ProspectEntry) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
      return byName(a, b);
    }
    return x !== y ? (x - y) * direction : byName(a, b);
  };
}

/**
 * The order of each sort: the next follow-up soonest first (none last), the last touch most recent
 * first (never touched last), names A to Z, the most recently added first.
 */
export const COMPARATORS: Record<SortKey, (a: ProspectEntry, b: ProspectEntry) => number> = {
  'next-follow-up': byTime((e) => e.nextFollowUpAt, 1),
  'last-touch': byTime((e) => e.lastTouchAt, -1),
  name: byName,
  added: (a, b) => b.createdAt - a.createdAt || byName(a, b),
};

/** A sorted copy. Sorting happens once per change of data or order, not per keystroke. */
export function sortEntries(entries: readonly ProspectEntry[], sort: SortKey): ProspectEntry[] {
  return [...entries].sort(COMPARATORS[sort]);
}

/**
 * The entries of an already sorted list that match the search and filters, in the same order.
 * This is what runs on every keystroke.
 */
export function filterEntries(
  sorted: readonly ProspectEntry[],
  search: string,
  filters: ListFilters,
  dueBefore: number,
): ProspectEntry[] {
  const terms = searchTerms(search);
  const anyFilter =
    filters.status !== undefined || filters.tag !== undefined || filters.followUpDue || filters.noReplyYet;
  if (terms.length === 0 && !anyFilter) return sorted as ProspectEntry[];
  const out: ProspectEntry[] = [];
  for (const entry of sorted) {
    if (anyFilter && !matchesFilters(entry, filters, dueBefore)) continue;
    if (terms.length > 0 && !matchesSearch(entry, terms)) continue;
    out.push(entry);
  }
  return out;
}

/**
 * Whether every prospect matching `next` also matches `previous` (the user typed on): each earlier
 * word is part of some new word. Then the new result can be filtered from the earlier one.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => word.includes(old)));
}

function filterKey(filters: ListFilters, dueBefore: number): string {
  return JSON.stringify([
    filters.status,
    filters.tag,
    Boolean(filters.followUpDue),
    Boolean(filters.noReplyYet),
    dueBefore,
  ]);
}

/** How many earlier results a search keeps: enough for typing on and deleting back. */
const REMEMBERED_SEARCHES = 24;

/**
 * Search as you type over one sorted list, remembering recent results: typing on filters the
 * last result instead of every prospect, and deleting back returns a remembered one. Make a new
 * one whenever the sorted list changes.
 */
export function searcher(
  sorted: readonly ProspectEntry[],
): (search: string, filters: ListFilters, dueBefore: number) => ProspectEntry[] {
  const remembered = new Map<string, { terms: string[]; filters: string; result: ProspectEntry[] }>();
  return (search, filters, dueBefore) => {
    const terms = searchTerms(search);
    const fkey = filterKey(filters, dueBefore);
    const key = `${fkey}\u0000${terms.join(' ')}`;
    const known = remembered.get(key);
    if (known) {
      // Most recently used last, so that the oldest is dropped first.
      remembered.delete(key);
      remembered.set(key, known);
      return known.result;
    }
    let base: readonly ProspectEntry[] = sorted;
    for (const r of remembered.values())
      if (r.filters === fkey && r.result.length < base.length && narrows(r.terms, terms)) base = r.result;
    const result = filterEntries(base, terms.join(' '), filters, dueBefore);
    remembered.set(key, { terms, filters: fkey, result });
    if (remembered.size > REMEMBERED_SEARCHES) remembered.delete(remembered.keys().next().value as string);
    return result;
  };
}

/** Search, filter and sort in one call (the list view splits it to sort only when needed). */
export function queryProspects(
  entries: readonly ProspectEntry[],
  query: ListQuery,
  dueBefore: number,
): ProspectEntry[] {
  return filterEntries(sortEntries(entries, query.sort), query.search, query, dueBefore);
}

/** Whether any search or filter narrows the list (for the empty state and the count's wording). */
export function isNarrowed(query: Omit<ListQuery, 'sort'>): boolean {
  return (
    searchTerms(query.search).length > 0 ||
    query.status !== undefined ||
    query.tag !== undefined ||
    Boolean(query.followUpDue) ||
    Boolean(query.noReplyYet)
  );
}

/** How many prospects have each status. */
export function countByStatus(entries: readonly ProspectEntry[]): Record<ProspectStatus, number> {
  const counts: Record<ProspectStatus, number> = {
    saved: 0,
    drafting: 0,
    requested: 0,
    replied: 0,
    accepted: 0,
    mentoring: 0,
    declined: 0,
    'no-reply': 0,
    paused: 0,
  };
  for (const e of entries) counts[e.status]++;
  return counts;
}

/** Every tag in use once (first spelling kept, case-insensitively), A to Z. */
export function tagsOf(entries: readonly ProspectEntry[]): string[] {
  const seen = new Map<string, string>();
  for (const e of entries)
    for (const tag of e.tags) {
      const key = tag.toLocaleLowerCase();
      if (!seen.has(key)) seen.set(key, tag);
    }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** "Showing 12 of 340 prospects", "340 prospects", "1 prospect". */
export function countText(shown: number, total: number, narrowed: boolean): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const noun = (x: number) => (x === 1 ? 'prospect' : 'prospects');
  if (!narrowed) return `${n(total)} ${noun(total)}`;
  return `Showing ${n(shown)} of ${n(total)} ${noun(total)}`;
}

/** The row's follow-up text: "in 3 days", "overdue by 2 days", "today", or that none is planned. */
export function followUpText(
  entry: Pick<ProspectEntry, 'nextFollowUpAt'>,
  now: number,
  timeZone: string,
): string {
  if (entry.nextFollowUpAt === undefined) return 'No follow-up planned';
  return `Follow-up ${relativeDueText(entry.nextFollowUpAt, now, timeZone)}`;
}

/**
 * The list after some prospects changed or were deleted: changed entries replace (or join) the
 * old ones, removed ids leave. Order is not kept; sort after.
 */
export function applyChanges(
  entries: readonly ProspectEntry[],
  changed: readonly ProspectEntry[],
  removedIds: Iterable<number>,
): ProspectEntry[] {
  const drop = new Set<number>(removedIds);
  for (const c of changed) drop.add(c.id);
  const out = entries.filter((e) => !drop.has(e.id));
  out.push(...changed);
  return out;
}
