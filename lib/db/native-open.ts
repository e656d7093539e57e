/**
 * Opens the prospect store for writing without Dexie (the popup). On a fresh install it creates the
 * schema exactly as Dexie would from lib/db/schema.ts, at Dexie's native version number, so that
 * Dexie later opens it as its own. It never migrates: upgrades stay with Dexie's upgrade functions.
 */
import { StoreError, toStoreError } from './errors';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** One object store as IndexedDB wants it. */
export interface StoreSpec {
  name: string;
  keyPath: string;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
}

/** Dexie stores version N as IndexedDB version N × 10 (Dexie 4's `verno * 10`). */
export const nativeVersion = (version: number): number => Math.round(version * 10);

/** Raised for the one thing this opener leaves to Dexie: updating a store an older Askwell made. */
export const NEEDS_UPDATE_MESSAGE =
  'Askwell has to finish updating your saved data before the popup can save. Open the prospect list once, then try again; everything you saved is kept.';

const KEY = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

function unsupported(table: string, part: string): never {
  throw new Error(
    `Cannot create store "${table}" here: unsupported index syntax "${part}" (compound, typed or other).`,
  );
}

/** One Dexie store string ('++id, &profileUrl, *tags, status') as an object store. */
export function parseStore(name: string, definition: string): StoreSpec {
  const [primary = '', ...rest] = definition.split(',').map((part) => part.trim());
  const auto = primary.startsWith('++');
  const keyPath = auto ? primary.slice(2) : primary;
  if (!KEY.test(keyPath)) unsupported(name, primary);
  const indexes = rest.map((part) => {
    const match = /^(&|\*)?(.*)$/.exec(part);
    const path = match?.[2] ?? '';
    if (!KEY.test(path)) unsupported(name, part);
    return { name: path, keyPath: path, unique: match?.[1] === '&', multiEntry: match?.[1] === '*' };
  });
  return { name, keyPath, autoIncrement: auto, indexes };
}

/** Every store of the schema after all versions, as Dexie adds them up (a later entry wins; null deletes). */
export function latestStores(versions: readonly SchemaVersion[]): StoreSpec[] {
  const merged = new Map<string, string>();
  for (const { stores } of versions)
    for (const [name, definition] of Object.entries(stores)) {
      if (definition === null) merged.delete(name);
      else merged.set(name, definition);
    }
  return [...merged].map(([name, definition]) => parseStore(name, definition));
}

function createStores(database: IDBDatabase, specs: readonly StoreSpec[]): void {
  for (const spec of specs) {
    const store = database.createObjectStore(spec.name, {
      keyPath: spec.keyPath,
      autoIncrement: spec.autoIncrement,
    });
    for (const index of spec.indexes)
      store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
  }
}

/**
 * Opens the store at the current schema version, creating it when there is none yet. A store left
 * at an older version fails (`outdated`, with NEEDS_UPDATE_MESSAGE), one from a newer Askwell is
 * `outdated`, an older page holding the store open is `blocked`. The connection closes itself
 * when another page upgrades or deletes the store.
 */
export function openForWrites(
  factory: IDBFactory | undefined,
  name: string = DB_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new StoreError('unavailable'));
  const specs = latestStores(versions);
  const version = nativeVersion(versions[versions.length - 1]?.version ?? 1);
  return new Promise((resolve, reject) => {
    let failure: StoreError | undefined;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(toStoreError(error));
      return;
    }
    request.onupgradeneeded = (event) => {
      // A database without any store (opened once without a version) is a fresh install too.
      if (event.oldVersion !== 0 && request.result.objectStoreNames.length > 0) {
        failure = new StoreError('outdated', NEEDS_UPDATE_MESSAGE);
        request.transaction?.abort();
        return;
      }
      try {
        createStores(request.result, specs);
      } catch (error) {
        failure = toStoreError(error);
        request.transaction?.abort();
      }
    };
    request.onblocked = () => {
      failure = new StoreError('blocked');
      reject(failure);
    };
    request.onsuccess = () => {
      const database = request.result;
      if (failure) {
        database.close();
        return;
      }
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (failure) return reject(failure);
      const mapped = toStoreError(request.error);
      // As Dexie's OpenFailedError: an open that fails for no known reason means no usable store.
      reject(
        mapped.kind === 'unknown'
          ? new StoreError('unavailable', undefined, { cause: request.error })
          : mapped,
      );
    };
  });
}
