/**
 * The side panel's first rows, read with plain IndexedDB: the first paint need not wait for the
 * store's code (Dexie) to load and open the database. Read-only, and it never creates the
 * database (that is Dexie's job, with the schema, in the store's code).
 */
import { openExisting, request } from '@/lib/db/raw-read';
import { DB_NAME } from '@/lib/db/schema';
import type { Prospect } from '@/lib/db/types';
import { COMPARATORS, type ProspectEntry, type SortKey, toEntry } from '@/lib/prospect-list';

export interface FirstPage {
  entries: ProspectEntry[];
  /** True when these are all the prospects there are (a short list). */
  complete: boolean;
}

/** Up to `limit` records along a cursor that keeps those `keep` accepts. */
function collect(
  source: IDBObjectStore | IDBIndex,
  direction: IDBCursorDirection,
  limit: number,
  keep: (p: Prospect) => boolean = () => true,
): Promise<{ rows: Prospect[]; exhausted: boolean }> {
  return new Promise((resolve, reject) => {
    const rows: Prospect[] = [];
    const req = source.openCursor(null, direction);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve({ rows, exhausted: true });
      const value = cursor.value as Prospect;
      if (keep(value)) rows.push(value);
      if (rows.length >= limit) return resolve({ rows, exhausted: false });
      cursor.continue();
    };
  });
}

const withId = (p: Prospect): p is Prospect & { id: number } => typeof p.id === 'number';

/**
 * The first `limit` entries in `sort` order through an index, without a count (IndexedDB counts
 * by walking every key). Ties may come out in another order than the full sort gives.
 */
export async function readFirstPage(
  sort: SortKey,
  limit: number,
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
): Promise<FirstPage> {
  const database = await openExisting(factory, name);
  if (!database) return { entries: [], complete: true };
  try {
    if (!database.objectStoreNames.contains('prospects')) return { entries: [], complete: true };
    const store = database.transaction('prospects', 'readonly').objectStore('prospects');
    let rows: Prospect[];
    let complete: boolean;
    if (sort === 'next-follow-up') {
      rows = (await request(store.index('nextFollowUpAt').getAll(null, limit))) as Prospect[];
      complete = false;
      if (rows.length < limit) {
        // Only people with a follow-up are in that index: the others follow, by name.
        const rest = await collect(
          store.index('fullName'),
          'next',
          limit - rows.length,
          (p) => p.nextFollowUpAt === undefined,
        );
        rows = rows.concat(rest.rows);
        complete = rest.exhausted;
      }
    } else if (sort === 'name') {
      rows = (await request(store.index('fullName').getAll(null, limit + 1))) as Prospect[];
      complete = rows.length <= limit;
    } else {
      // Newest ids first for "added"; most recently updated for "last touch" (it has no index).
      const source = sort === 'added' ? store : store.index('updatedAt');
      const { rows: found, exhausted } = await collect(source, 'prev', limit + 1);
      rows = found;
      complete = exhausted && rows.length <= limit;
    }
    const entries = rows.slice(0, limit).filter(withId).map(toEntry).sort(COMPARATORS[sort]);
    return { entries, complete };
  } finally {
    database.close();
  }
}
