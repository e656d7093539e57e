import Dexie from 'dexie';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AskwellDB, db } from '@/lib/db';
import {
  currentStoreProblem,
  guard,
  onStoreProblem,
  StoreError,
  type StoreErrorKind,
  toStoreError,
} from '@/lib/db/errors';
import { getProspect, listProspects, saveCapturedProfile } from '@/lib/db/prospects';
import { SCHEMA_VERSIONS } from '@/lib/db/schema';
import { addTouch, listTouches } from '@/lib/db/touches';
import { linkedInSnapshot, resetStore } from './helpers';

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await db.delete();
  await db.open();
});

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('errors in plain words', () => {
  it.each<[string, unknown, StoreErrorKind, RegExp]>([
    [
      'a full disk',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'quota',
      /no more room/,
    ],
    [
      'a full disk inside an aborted transaction',
      new Dexie.AbortError('aborted', named('QuotaExceededError')),
      'quota',
      /nothing was saved/,
    ],
    [
      'Firefox’s full-disk message',
      named('UnknownError', 'NS_ERROR_DOM_QUOTA_REACHED'),
      'quota',
      /no more room/,
    ],
    ['no IndexedDB at all', new Dexie.MissingAPIError(), 'unavailable', /Private windows/],
    [
      'a private window refusing writes',
      named('InvalidStateError', 'A mutation operation was attempted'),
      'unavailable',
      /normal window/,
    ],
    ['a failed open', new Dexie.OpenFailedError('open failed'), 'unavailable', /cannot store data/],
    ['another page upgraded the database', new Dexie.DatabaseClosedError(), 'outdated', /Reload this page/],
    ['a version change', new Dexie.VersionChangeError(), 'outdated', /Reload this page/],
    [
      'a duplicate key',
      new Dexie.ConstraintError('Key already exists'),
      'duplicate',
      /already in your prospect list/,
    ],
    ['a value that cannot be stored', named('DataCloneError', 'could not be cloned'), 'invalid', /not valid/],
    // The popup writes with the browser's own IndexedDB calls: its errors come as bare DOMExceptions.
    [
      'a duplicate key (IndexedDB)',
      new DOMException('Unable to add key', 'ConstraintError'),
      'duplicate',
      /already in your prospect list/,
    ],
    [
      'a store from a newer Askwell (IndexedDB)',
      new DOMException('The requested version is less than the existing version.', 'VersionError'),
      'outdated',
      /Reload this page/,
    ],
    [
      'a table that is not there (IndexedDB)',
      new DOMException('One of the specified object stores was not found.', 'NotFoundError'),
      'not-found',
      /no longer exists/,
    ],
    [
      'a private window (IndexedDB)',
      new DOMException('The operation is insecure.', 'SecurityError'),
      'unavailable',
      /normal window/,
    ],
    ['something unexpected', new Error('boom'), 'unknown', /nothing was changed/],
    ['a thrown string', 'boom', 'unknown', /Try again/],
  ])('%s', (_label, error, kind, message) => {
    const mapped = toStoreError(error);
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.message).toMatch(message);
    // The technical error stays reachable for debugging, out of the user's sight.
    expect(mapped.cause).toBe(error);
  });

  it('never puts the technical message in front of the user', () => {
    const mapped = toStoreError(new Error('Failed to execute transaction on IDBDatabase: secret-slug'));
    expect(mapped.message).not.toMatch(/IDB|secret/);
  });

  it('passes a StoreError through unchanged', async () => {
    const original = new StoreError('not-found');
    await expect(guard(() => Promise.reject(original))).rejects.toBe(original);
  });
});

describe('never half a write', () => {
  it('a multi-step write that fails at its last step (disk full) leaves nothing behind and says why', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    vi.spyOn(db.reminders, 'bulkAdd').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await addTouch(
      { prospectId: ada.id!, kind: 'request-sent', channel: 'message', at: 1000 },
      { status: 'requested', reminders: [{ kind: 'follow-up', dueAt: 2000 }] },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await listTouches(ada.id!)).toEqual([]);
    expect(await getProspect(ada.id!)).toEqual(ada);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('opening the database', () => {
  it('says so in plain words when the browser gives no usable IndexedDB (private window)', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
      deleteDatabase() {
        throw new DOMException('no', 'InvalidStateError');
      },
      cmp: indexedDB.cmp.bind(indexedDB),
    } as unknown as IDBFactory;
    const privateWindow = new AskwellDB('askwell-private', { indexedDB: refusing, IDBKeyRange });
    const error = await guard(() => privateWindow.prospects.count()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/normal window/) });
  });

  it('an update opened in another page closes this page’s database and asks for a reload', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    const problems: StoreError[] = [];
    const off = onStoreProblem((p) => problems.push(p));
    const newer = new Dexie('askwell');
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
    newer.version(latest.version + 1).stores({ ...latest.stores, futureTable: '++id' });
    // Not blocked: this page lets go at once.
    await newer.open();
    off();
    expect(problems.map((p) => p.kind)).toEqual(['outdated']);
    expect(currentStoreProblem()?.kind).toBe('outdated');
    await expect(listProspects()).rejects.toMatchObject({
      kind: 'outdated',
      message: expect.stringMatching(/Reload this page/),
    });
    expect(await newer.table('prospects').count()).toBe(1);
    newer.close();
    await db.delete();
    await db.open();
  });

  it('an upgrade held up by an older open page reports “blocked” and goes on once that page lets go', async () => {
    await db.delete();
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('askwell', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // The older page ignores versionchange, as a hung tab would.
    older.onversionchange = null;
    const problems: StoreError[] = [];
    const off = onStoreProblem((p) => problems.push(p));
    const opening = db.open();
    await vi.waitFor(() => expect(problems.map((p) => p.kind)).toContain('blocked'));
    expect(problems.find((p) => p.kind === 'blocked')?.message).toMatch(/Close other Askwell tabs/);
    older.close();
    await opening;
    off();
    expect(currentStoreProblem()).toBeUndefined();
    await expect(saveCapturedProfile(linkedInSnapshot())).resolves.toMatchObject({ fullName: 'Ada Okafor' });
  });
});
