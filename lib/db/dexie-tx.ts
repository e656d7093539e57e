/**
 * The store's transaction interface over Dexie: table methods (not the raw IndexedDB transaction),
 * so that Dexie's live queries still hear about every write. Call inside `db.transaction(...)`.
 */
import type { Table } from 'dexie';
import type { AskwellDB } from './index';
import type { RecordOf, StoreTx, TableName } from './tx';

export function dexieTx(database: AskwellDB): StoreTx {
  // The named table properties (db.prospects, ...), as every repository function uses them.
  const table = <T extends TableName>(name: T) => database[name] as unknown as Table<RecordOf[T], number>;
  return {
    get: (name, id) => table(name).get(id),
    first: (name, index, value) => table(name).where(index).equals(value).first(),
    all: (name, index, value) => table(name).where(index).equals(value).toArray(),
    put: async (name, record) => {
      await table(name).put(record);
    },
    add: (name, record) => table(name).add(record),
    bulkDelete: (name, ids) => table(name).bulkDelete([...ids]),
    bulkPut: async (name, records) => {
      await table(name).bulkPut([...records]);
    },
    bulkAdd: async (name, records) => {
      await table(name).bulkAdd([...records]);
    },
  };
}
