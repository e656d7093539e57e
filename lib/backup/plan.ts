/**
 * Decides, without writing, what an import changes: which people are added, which saved ones are
 * updated, which are unchanged, and which ids the new records get. Pure: plain data in and out.
 */
import { compact, sameValue } from '@/lib/db/equal';
import { lastTouchOf, nextFollowUpOf } from '@/lib/db/records';
import type { Draft, Prospect, Reminder, Touch } from '@/lib/db/types';
import type { Dataset } from './format';

export interface ImportSummary {
  /** People not in the list before. */
  added: number;
  /** People already in the list whose record, timeline, drafts or reminders change. */
  updated: number;
  /** People already in the list exactly as in the file. */
  unchanged: number;
}

export interface TablePlan<T> {
  /** Records that replace stored ones (same id). */
  put: T[];
  /** New records; those without an id get one from the database. */
  add: T[];
}

export interface ImportPlan {
  summary: ImportSummary;
  prospects: TablePlan<Prospect>;
  touches: TablePlan<Touch>;
  drafts: TablePlan<Draft>;
  reminders: TablePlan<Reminder>;
  /**
   * New prospects whose id in the file is taken: a negative stand-in id until the database assigns
   * one (children carry the stand-in as prospectId).
   */
  standIns: Map<Prospect, number>;
}

type Child = Touch | Draft | Reminder;
type ChildTable = 'touches' | 'drafts' | 'reminders';

/** What makes two children of the same person the same record, whatever their ids. */
const naturalKey: { [K in ChildTable]: (r: Dataset[K][number]) => string } = {
  touches: (t) => `${t.kind}\u0000${t.at}\u0000${t.channel ?? ''}\u0000${t.text ?? ''}`,
  drafts: (d) => `${d.createdAt}\u0000${d.channel}\u0000${d.kind}`,
  reminders: (r) => `${r.kind}\u0000${r.dueAt}\u0000${r.note ?? ''}`,
};

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Hands out the file's id when it is free in the table, else none (the database picks one). */
function idKeeper(used: Iterable<number | undefined>) {
  const taken = new Set<number>();
  for (const id of used) if (id !== undefined) taken.add(id);
  return <T extends { id?: number }>(record: T): T => {
    if (record.id !== undefined && !taken.has(record.id)) {
      taken.add(record.id);
      return record;
    }
    const { id: _dropped, ...rest } = record;
    return rest as T;
  };
}

/** A child of the file as it would be stored in place of a stored one. */
const asStored = (child: Child, id: number | undefined, prospectId: number): Child =>
  compact({ ...child, id, prospectId });

/**
 * Pairs each child of the file with a stored child of the same person and natural key, taking it
 * out of `unmatched`. Several stored children can share a key (two drafts made in the same
 * millisecond, a done and an open reminder for the same time): a stored child equal to the file's
 * is taken first, then the one with the file's id, then any. So pairing does not depend on the
 * order of either list, and importing a file again finds every record as it left it.
 */
function matchChildren(
  children: readonly Child[],
  unmatched: Map<string, Child[]>,
  key: (r: Child) => string,
  prospectId: number,
): (Child | undefined)[] {
  const matches: (Child | undefined)[] = children.map(() => undefined);
  const take = (i: number, pick: (candidates: Child[], child: Child) => number) => {
    const child = children[i] as Child;
    const candidates = unmatched.get(key(child));
    if (!candidates?.length) return;
    const at = pick(candidates, child);
    if (at >= 0) matches[i] = candidates.splice(at, 1)[0];
  };
  children.forEach((_, i) => {
    take(i, (candidates, child) =>
      candidates.findIndex((s) => sameValue(asStored(child, s.id, prospectId), s)),
    );
  });
  children.forEach((_, i) => {
    if (matches[i]) return;
    take(i, (candidates, child) =>
      Math.max(
        0,
        candidates.findIndex((s) => s.id === child.id),
      ),
    );
  });
  return matches;
}

/** Plans importing `file` into a store that holds `existing`. */
export function planImport(file: Dataset, existing: Dataset): ImportPlan {
  const plan: ImportPlan = {
    summary: { added: 0, updated: 0, unchanged: 0 },
    prospects: { put: [], add: [] },
    touches: { put: [], add: [] },
    drafts: { put: [], add: [] },
    reminders: { put: [], add: [] },
    standIns: new Map(),
  };
  const storedByUrl = new Map(existing.prospects.map((p) => [p.profileUrl, p]));
  const keepProspectId = idKeeper(existing.prospects.map((p) => p.id));
  const keepChildId = {
    touches: idKeeper(existing.touches.map((r) => r.id)),
    drafts: idKeeper(existing.drafts.map((r) => r.id)),
    reminders: idKeeper(existing.reminders.map((r) => r.id)),
  };
  const fileChildren = {
    touches: groupBy(file.touches, (r) => r.prospectId),
    drafts: groupBy(file.drafts, (r) => r.prospectId),
    reminders: groupBy(file.reminders, (r) => r.prospectId),
  };
  // Stored children are only needed for people already saved; grouped once.
  const storedChildren = {
    touches: groupBy(existing.touches, (r) => r.prospectId),
    drafts: groupBy(existing.drafts, (r) => r.prospectId),
    reminders: groupBy(existing.reminders, (r) => r.prospectId),
  };
  let nextStandIn = -1;

  for (const incoming of file.prospects) {
    const fileId = incoming.id as number;
    const stored = storedByUrl.get(incoming.profileUrl);

    if (!stored) {
      const record = keepProspectId(incoming);
      let targetId = record.id;
      if (targetId === undefined) {
        targetId = nextStandIn--;
        plan.standIns.set(record, targetId);
      }
      plan.prospects.add.push(record);
      for (const table of ['touches', 'drafts', 'reminders'] as const)
        for (const child of fileChildren[table].get(fileId) ?? [])
          (plan[table].add as Child[]).push(
            keepChildId[table](
              child.prospectId === targetId ? child : { ...child, prospectId: targetId as number },
            ),
          );
      plan.summary.added++;
      continue;
    }

    const targetId = stored.id as number;
    let childrenChanged = false;
    const extras: Partial<Record<ChildTable, Child[]>> = {};
    const finals: Partial<Record<ChildTable, Child[]>> = {};
    for (const table of ['touches', 'drafts', 'reminders'] as const) {
      const key = naturalKey[table] as (r: Child) => string;
      const unmatched = new Map<string, Child[]>();
      for (const s of storedChildren[table].get(targetId) ?? []) {
        const k = key(s);
        const list = unmatched.get(k);
        if (list) list.push(s);
        else unmatched.set(k, [s]);
      }
      const final: Child[] = [];
      const incomingChildren = fileChildren[table].get(fileId) ?? [];
      const matches = matchChildren(incomingChildren, unmatched, key, targetId);
      incomingChildren.forEach((child, i) => {
        const match = matches[i];
        if (match) {
          const replacement = asStored(child, match.id, targetId);
          final.push(replacement);
          if (!sameValue(replacement, match)) {
            (plan[table].put as Child[]).push(replacement);
            childrenChanged = true;
          }
        } else {
          const added = keepChildId[table]({ ...child, prospectId: targetId });
          final.push(added);
          (plan[table].add as Child[]).push(added);
          childrenChanged = true;
        }
      });
      const left = [...unmatched.values()].flat();
      extras[table] = left;
      finals[table] = final.concat(left);
    }

    // The file's record wins; times derived from children the file does not know are recomputed.
    let candidate: Prospect = { ...incoming, id: targetId };
    if (extras.reminders?.length) {
      const due = nextFollowUpOf(finals.reminders as Reminder[]);
      candidate = { ...candidate, nextFollowUpAt: due };
    }
    if (extras.touches?.length) {
      const last = lastTouchOf(finals.touches as Touch[]);
      candidate = { ...candidate, lastTouchAt: last };
    }
    candidate = compact(candidate);
    const recordChanged = !sameValue(candidate, stored);
    if (recordChanged) plan.prospects.put.push(candidate);
    if (recordChanged || childrenChanged) plan.summary.updated++;
    else plan.summary.unchanged++;
  }
  return plan;
}
