/**
 * Plain IndexedDB reads for the parts that must not wait for (or carry) Dexie: the background's
 * reminder engine and the side panel's first paint. Read-only: they never create the database or
 * change its schema; that is Dexie's job, with the schema, in the store's code.
 */

/** An IndexedDB request as a promise. */
export const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Opens the store at whatever version it has, or resolves to undefined when there is none yet (no
 * prospect saved): opening here must never create the database.
 */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    let created = false;
    req.onupgradeneeded = () => {
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const database = req.result;
      // A page upgrading the schema must never wait for a reader like this one.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    req.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(undefined);
      } else reject(req.error);
    };
  });
}

/**
 * Runs `read` in one read-only transaction over `stores` of the existing store; resolves to
 * undefined when there is no store yet (or it lacks one of them), and never creates it.
 */
export async function readExisting<T>(
  factory: IDBFactory,
  name: string,
  stores: readonly string[],
  read: (tx: IDBTransaction) => Promise<T>,
): Promise<T | undefined> {
  const database = await openExisting(factory, name);
  if (!database) return undefined;
  try {
    if (!stores.every((s) => database.objectStoreNames.contains(s))) return undefined;
    return await read(database.transaction([...stores], 'readonly'));
  } finally {
    database.close();
  }
}

/** Open reminders (only they carry `openDueAt`) due strictly before `before`, soonest first. */
export const openRemindersDueBefore = <T>(tx: IDBTransaction, before: number): Promise<T[]> =>
  request(
    tx.objectStore('reminders').index('openDueAt').getAll(IDBKeyRange.upperBound(before, true)),
  ) as Promise<T[]>;
