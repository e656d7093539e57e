/** Reads the whole store as plain records, and writes an import plan; both inside the caller's transaction. */
import type { AskwellDB } from '@/lib/db';
import type { Dataset } from './format';
import type { ImportPlan } from './plan';

export async function readAll(database: AskwellDB): Promise<Dataset> {
  const [prospects, touches, drafts, reminders] = await Promise.all([
    database.prospects.toArray(),
    database.touches.toArray(),
    database.drafts.toArray(),
    database.reminders.toArray(),
  ]);
  return { prospects, touches, drafts, reminders };
}

/** Writes a plan; call inside a transaction on every table. */
export async function applyPlan(database: AskwellDB, plan: ImportPlan): Promise<void> {
  const ids = new Map<number, number>();
  await database.prospects.bulkPut(plan.prospects.put);
  const keep = plan.prospects.add.filter((p) => p.id !== undefined);
  const fresh = plan.prospects.add.filter((p) => p.id === undefined);
  // Records that keep their id go first, so the ids the database picks never collide with them.
  await database.prospects.bulkAdd(keep);
  const keys = await database.prospects.bulkAdd(fresh, { allKeys: true });
  fresh.forEach((p, i) => {
    const standIn = plan.standIns.get(p);
    if (standIn !== undefined) ids.set(standIn, keys[i] as number);
  });
  const resolve = <T extends { prospectId: number }>(r: T): T =>
    r.prospectId < 0 ? { ...r, prospectId: ids.get(r.prospectId) as number } : r;
  // The three child tables are independent: their requests go out together.
  await Promise.all(
    (['touches', 'drafts', 'reminders'] as const).map(async (table) => {
      const t = database[table] as AskwellDB['touches'];
      const p = plan[table] as ImportPlan['touches'];
      await t.bulkPut(p.put);
      const adds = p.add.map(resolve);
      // Kept ids first, so that the ids the database picks never collide with them.
      await t.bulkAdd(adds.filter((r) => r.id !== undefined));
      await t.bulkAdd(adds.filter((r) => r.id === undefined));
    }),
  );
}
