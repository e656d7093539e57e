/**
 * The few things the store's write rules need from one open transaction, so that the same rules run
 * over Dexie (extension pages) and over plain IndexedDB (the popup, which must not load Dexie).
 */
import type { Draft, Prospect, Reminder, Touch } from './types';

/** The four tables (object stores) of the prospect store. */
export const TABLE_NAMES = ['prospects', 'touches', 'drafts', 'reminders'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The record each table holds. */
export interface RecordOf {
  prospects: Prospect;
  touches: Touch;
  drafts: Draft;
  reminders: Reminder;
}

/** The index values the write rules look up by: a profile URL or a prospect id. */
export type IndexValue = string | number;

/** One transaction, opened by the caller on the tables the work needs. Ids are the `++id` keys. */
export interface StoreTx {
  get<T extends TableName>(table: T, id: number): Promise<RecordOf[T] | undefined>;
  /** The first record (in key order) whose index equals `value`. */
  first<T extends TableName>(table: T, index: string, value: IndexValue): Promise<RecordOf[T] | undefined>;
  /** Every record whose index equals `value`, in primary-key order. */
  all<T extends TableName>(table: T, index: string, value: IndexValue): Promise<RecordOf[T][]>;
  put<T extends TableName>(table: T, record: RecordOf[T]): Promise<void>;
  /** Adds a record without an id and resolves to the id the store gave it. */
  add<T extends TableName>(table: T, record: RecordOf[T]): Promise<number>;
  bulkDelete(table: TableName, ids: readonly number[]): Promise<void>;
  bulkPut<T extends TableName>(table: T, records: readonly RecordOf[T][]): Promise<void>;
  bulkAdd<T extends TableName>(table: T, records: readonly RecordOf[T][]): Promise<void>;
}
