/**
 * The popup's store, without Dexie (issue 6: the popup's JavaScript in all stays under 50 KB): the
 * same reads and writes as lib/db/prospects.ts, drafts.ts and lib/conversation.ts's `markSent`,
 * with the same rules (lib/db/writes.ts, lib/conversation-core.ts), records, errors and
 * transactions, over plain IndexedDB. After each write it tells Dexie pages to refresh.
 */
import { browser } from 'wxt/browser';
import {
  type ConversationResult,
  changeProspectIn,
  sentTouch,
  tellRemindersChanged,
  touchChange,
} from '@/lib/conversation-core';
import type { Channel, DraftKind } from '@/lib/drafts/types';
import { type RuntimeLike, send } from '@/lib/messaging';
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { getSettings } from '@/lib/settings';
import { canonicalOrUndefined } from './canonical';
import { guard, StoreError } from './errors';
import { openForWrites } from './native-open';
import { inNativeTransaction } from './native-tx';
import { openRemindersDueBefore, readExisting, request } from './raw-read';
import type { NewDraft } from './records';
import { DB_NAME } from './schema';
import { type StoreTx, TABLE_NAMES, type TableName } from './tx';
import type { Draft, Prospect, Reminder } from './types';
import { createProspectIn, saveCaptureIn, saveDraftIn, WRITE_TABLES } from './writes';

const runtime = () => browser.runtime as unknown as RuntimeLike;

function factory(): IDBFactory {
  const found = globalThis.indexedDB as IDBFactory | undefined;
  if (!found) throw new StoreError('unavailable');
  return found;
}

let writable: Promise<IDBDatabase> | undefined;

/** One connection for the popup's writes, opened (or the store created) on the first write. */
function forWrites(): Promise<IDBDatabase> {
  writable ??= openForWrites(factory()).then(
    (database) => {
      const forget = () => {
        writable = undefined;
      };
      database.addEventListener('versionchange', forget);
      database.addEventListener('close', forget);
      return database;
    },
    (error: unknown) => {
      writable = undefined;
      throw error;
    },
  );
  return writable;
}

/** Closes the popup's connection (tests; a page that is going away). */
export async function closeLightStore(): Promise<void> {
  const open = writable;
  writable = undefined;
  (await open?.catch(() => undefined))?.close();
}

/** Tells Dexie pages (the side panel) which tables changed; nobody listening is fine. */
async function tellStoreChanged(tables: readonly TableName[]): Promise<void> {
  try {
    await send(runtime(), 'store-changed', { tables: [...tables] });
  } catch {
    // A page that missed it reads the store again when it next opens.
  }
}

/**
 * One write transaction over `tables`; then Dexie pages hear of the tables it actually wrote to (a
 * draft saved for a prospect reads the prospect but changes only drafts: the side panel's list of
 * thousands need not be read again).
 */
async function write<T>(tables: readonly TableName[], work: (tx: StoreTx) => Promise<T>): Promise<T> {
  const written = new Set<TableName>();
  const result = await guard(async () => inNativeTransaction(await forWrites(), tables, work, written));
  if (written.size > 0) await tellStoreChanged(TABLE_NAMES.filter((t) => written.has(t)));
  return result;
}

function read<T>(
  stores: readonly TableName[],
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T | undefined> {
  return guard(() => readExisting(factory(), DB_NAME, stores, work));
}

/** As lib/db/prospects.ts `saveCapturedProfile`. */
export function saveCapturedProfile(snapshot: ProfileSnapshot): Promise<Prospect> {
  return write(WRITE_TABLES.saveCapturedProfile, (tx) => saveCaptureIn(tx, snapshot, Date.now()));
}

/** As lib/db/prospects.ts `createProspect`. */
export function createProspect(input: { fullName: string; profileUrl: string }): Promise<Prospect> {
  return write(WRITE_TABLES.createProspect, (tx) => createProspectIn(tx, input, Date.now()));
}

/** As lib/db/drafts.ts `saveDraft`. */
export function saveDraft(draft: NewDraft): Promise<Draft> {
  return write(WRITE_TABLES.saveDraft, (tx) => saveDraftIn(tx, draft, Date.now()));
}

/** As lib/conversation.ts `markSent`: the touch, the status, the re-planned reminders, then the background is told. */
export async function markSent(
  prospectId: number,
  draft: { kind: DraftKind; channel: Channel; text: string },
  at: number = Date.now(),
): Promise<ConversationResult> {
  // Settings live outside IndexedDB: read them before the transaction, which must not wait on them.
  const { cadence } = await getSettings();
  const result = await write(WRITE_TABLES.conversation, (tx) =>
    changeProspectIn(tx, prospectId, touchChange(sentTouch(draft, at)), cadence),
  );
  await tellRemindersChanged(runtime());
  return result;
}

export function getProspect(id: number): Promise<Prospect | undefined> {
  return read(
    ['prospects'],
    (tx) => request(tx.objectStore('prospects').get(id)) as Promise<Prospect | undefined>,
  );
}

/** As lib/db/prospects.ts `findProspectByUrl`: the saved prospect for any URL form of a person. */
export function findProspectByUrl(url: string): Promise<Prospect | undefined> {
  const canonical = canonicalOrUndefined(url);
  if (!canonical) return Promise.resolve(undefined);
  return read(
    ['prospects'],
    (tx) =>
      request(tx.objectStore('prospects').index('profileUrl').get(canonical)) as Promise<
        Prospect | undefined
      >,
  );
}

/** The prospects with these ids that exist, in the order asked. */
export async function getProspects(ids: readonly number[]): Promise<Prospect[]> {
  const found = await read(['prospects'], (tx) =>
    Promise.all(
      ids.map((id) => request(tx.objectStore('prospects').get(id)) as Promise<Prospect | undefined>),
    ),
  );
  return (found ?? []).filter((p): p is Prospect => p !== undefined);
}

/** Open reminders due strictly before `before` (the popup's "today" list reads up to two days ahead). */
export async function remindersDueBefore(before: number): Promise<Reminder[]> {
  return (await read(['reminders'], (tx) => openRemindersDueBefore<Reminder>(tx, before))) ?? [];
}
