/**
 * Every released version of the prospect store's schema, oldest first. Released entries are never
 * edited: a change adds a version (with its upgrade and a fixture in tests/db/fixtures/).
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: only what is queried is indexed. */
  stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows written by the previous version, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = 'askwell';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      prospects: '++id, &profileUrl, status, *tags, nextFollowUpAt, updatedAt, fullName',
      touches: '++id, prospectId',
      drafts: '++id, prospectId',
      reminders: '++id, prospectId, dueAt, openDueAt',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
