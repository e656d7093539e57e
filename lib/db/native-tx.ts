/**
 * The store's transaction interface over a plain IndexedDB transaction, for the popup (which must
 * not load Dexie). Requests are awaited inside the transaction; nothing else may be.
 */
import { request } from './raw-read';
import type { RecordOf, StoreTx, TableName } from './tx';

/** `written` collects the tables a put, add or delete went to (reads leave it alone). */
export function nativeTx(trans: IDBTransaction, written: Set<TableName> = new Set()): StoreTx {
  const store = (name: TableName) => trans.objectStore(name);
  const toWrite = (name: TableName, count = 1) => {
    if (count > 0) written.add(name);
    return store(name);
  };
  // Dexie leaves the key out of a new record whose `++id` is undefined; IndexedDB refuses it.
  const withoutId = <T extends { id?: number }>(record: T): T => {
    if (record.id !== undefined) return record;
    const { id: _unset, ...rest } = record;
    return rest as T;
  };
  const each = (requests: IDBRequest[]) => Promise.all(requests.map((r) => request(r))).then(() => undefined);
  return {
    get: <T extends TableName>(name: T, id: number) =>
      request(store(name).get(id)) as Promise<RecordOf[T] | undefined>,
    // IndexedDB orders equal index keys by primary key, as Dexie's where().equals() reads them.
    first: <T extends TableName>(name: T, index: string, value: string | number) =>
      request(store(name).index(index).get(value)) as Promise<RecordOf[T] | undefined>,
    all: <T extends TableName>(name: T, index: string, value: string | number) =>
      request(store(name).index(index).getAll(value)) as Promise<RecordOf[T][]>,
    put: async (name, record) => {
      await request(toWrite(name).put(record));
    },
    add: async (name, record) => Number(await request(toWrite(name).add(withoutId(record)))),
    bulkDelete: (name, ids) => each(ids.map((id) => toWrite(name, ids.length).delete(id))),
    bulkPut: (name, records) => each(records.map((r) => toWrite(name, records.length).put(r))),
    bulkAdd: (name, records) => each(records.map((r) => toWrite(name, records.length).add(withoutId(r)))),
  };
}

/**
 * Runs `work` in one transaction over `tables` and resolves once it has committed. A failure (a
 * thrown error, a failed request, an abort at commit such as a full disk) writes nothing and
 * rejects with the first error. `written` receives the tables the work wrote to.
 */
export async function inNativeTransaction<T>(
  database: IDBDatabase,
  tables: readonly TableName[],
  work: (tx: StoreTx) => Promise<T>,
  written?: Set<TableName>,
): Promise<T> {
  const trans = database.transaction([...tables], 'readwrite');
  const committed = new Promise<void>((resolve, reject) => {
    trans.oncomplete = () => resolve();
    trans.onabort = () => reject(trans.error ?? new DOMException('The write was cancelled.', 'AbortError'));
  });
  // Read below, or never when `work` fails first.
  committed.catch(() => undefined);
  let result: T;
  try {
    result = await work(nativeTx(trans, written));
  } catch (error) {
    try {
      trans.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  }
  await committed;
  return result;
}
