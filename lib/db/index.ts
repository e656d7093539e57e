/**
 * The prospect store: one Dexie database that only extension pages and the background open (the
 * capture script never imports this module), with its schema history and its upgrade wiring.
 */
import Dexie, { type EntityTable } from 'dexie';
import { clearStoreProblem, guard, reportStoreProblem, StoreError } from './errors';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';
import type { Draft, Prospect, Reminder, Touch } from './types';

export type * from './types';

export class AskwellDB extends Dexie {
  declare prospects: EntityTable<Prospect, 'id'>;
  declare touches: EntityTable<Touch, 'id'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare reminders: EntityTable<Reminder, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores as Record<string, string | null>);
      if (upgrade) v.upgrade(upgrade);
    }
    // Another page (an updated Askwell) wants to upgrade or delete the database: let it, and tell
    // this page to reload rather than keep running code written for the old schema.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      reportStoreProblem(new StoreError('outdated'));
      return false;
    });
    // This page wants to upgrade but an older page has not let go yet: the open waits meanwhile.
    this.on('blocked', () => {
      reportStoreProblem(new StoreError('blocked'));
    });
    // Opened (again): whatever held it up is over. Sticky, so that it runs on every open.
    this.on('ready', () => clearStoreProblem(), true);
  }
}

/** The one database of Askwell's extension pages and background. */
export const db = new AskwellDB();

/** The tables every cross-table operation locks, in one place. */
export function allTables(database: AskwellDB = db) {
  return [database.prospects, database.touches, database.drafts, database.reminders];
}

/**
 * Runs several store calls as one all-or-nothing write, e.g. "mark as sent" = touch + status +
 * reminders. Inside, call only store functions (no fetch, no timers): IndexedDB ends a transaction
 * that waits on anything else.
 */
export function inTransaction<T>(work: () => Promise<T>): Promise<T> {
  return guard(() => db.transaction('rw', allTables(), work));
}
