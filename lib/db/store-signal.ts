/**
 * Lets a Dexie page hear a write made without Dexie (the popup's lib/db/light.ts): its live
 * queries and change watchers over the named tables read them again, as after a write of its own.
 */
import { type ObservabilitySet, RangeSet } from 'dexie';
import { type AskwellDB, db } from './index';
import type { TableName } from './tx';

/** Dexie's same-window channel for writes made by another Dexie copy (Dexie 4's `propagateLocally`). */
const DEXIE_LOCAL_MUTATION_EVENT = 'x-storagemutated-1';

/** Every part of the tables Dexie can observe (rows, each index, deletions), over every key. */
export function changedParts(tables: readonly TableName[], database: AskwellDB = db): ObservabilitySet {
  const parts: ObservabilitySet = {};
  const everything = () => new RangeSet(Number.NEGATIVE_INFINITY, [[[]]]);
  for (const name of tables) {
    const prefix = `idb://${database.name}/${name}/`;
    parts[prefix] = everything();
    parts[`${prefix}:dels`] = everything();
    for (const index of database.table(name).schema.indexes)
      if (index.name) parts[prefix + index.name] = everything();
  }
  return parts;
}

/**
 * Tells this page's Dexie that `tables` changed. Not `Dexie.on('storagemutated').fire(parts)`
 * alone: that re-runs live queries but they would read Dexie's query cache, still holding the rows
 * from before. The event Dexie itself uses for another copy's writes also drops those cache entries.
 */
export function signalStoreChanged(tables: readonly TableName[], database: AskwellDB = db): void {
  dispatchEvent(new CustomEvent(DEXIE_LOCAL_MUTATION_EVENT, { detail: changedParts(tables, database) }));
}
