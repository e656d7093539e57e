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
