// The popup's store without Dexie (lib/db/light.ts): the same records, errors and transactions as
// the Dexie repositories, and a store it creates that Dexie opens as its own.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as dexieConversation from '@/lib/conversation';
import { db } from '@/lib/db';
import * as dexieDrafts from '@/lib/db/drafts';
import { StoreError } from '@/lib/db/errors';
import * as light from '@/lib/db/light';
import { NEEDS_UPDATE_MESSAGE, nativeVersion, openForWrites, parseStore } from '@/lib/db/native-open';
import * as dexieProspects from '@/lib/db/prospects';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from '@/lib/db/schema';
import { TABLE_NAMES } from '@/lib/db/tx';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from './helpers';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;

/** What the popup calls, whichever implementation answers. */
type Api = Pick<
  typeof light,
  'saveCapturedProfile' | 'createProspect' | 'saveDraft' | 'markSent' | 'getProspect'
>;
const dexieApi: Api = {
  saveCapturedProfile: dexieProspects.saveCapturedProfile,
  createProspect: dexieProspects.createProspect,
  saveDraft: dexieDrafts.saveDraft,
  markSent: dexieConversation.markSent,
  getProspect: dexieProspects.getProspect,
};

/** A store with nothing in it, not even the database (a fresh install). */
async function freshInstall(): Promise<void> {
  await light.closeLightStore();
  await db.delete();
}

/** Every record of every table, read through Dexie. */
async function dump() {
  if (!db.isOpen()) await db.open();
  const out: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) out[name] = await db.table(name).toArray();
  return out;
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value }),
    (e: unknown) => ({ error: e instanceof StoreError ? { kind: e.kind, message: e.message } : String(e) }),
  );

/** The popup's writes in order, on a clock that both implementations see the same. */
async function journey(api: Api) {
  const clock = vi.spyOn(Date, 'now');
  const at = (t: number) => clock.mockReturnValue(t);
  const steps: unknown[] = [];
  at(T0);
  const ada = await api.saveCapturedProfile(linkedInSnapshot());
  const id = ada.id as number;
  steps.push(ada);
  // The side panel opens the store (on a fresh install, the one the popup may just have created).
  if (!db.isOpen()) await db.open();
  // The user edits her company by hand in the side panel (always Dexie).
  at(T0 + 1000);
  await dexieProspects.updateProspect(id, { company: 'Her own words', tags: ['storage'] });
  // A later capture of another URL form of the same person: the page changed, the edit stays.
  at(T0 + 2000);
  steps.push(
    await outcome(
      api.saveCapturedProfile(
        linkedInSnapshot({
          profileUrl: 'https://linkedin.com/in/Ada-Okafor/details/experience?trk=x',
          headline: 'Principal engineer',
          company: 'Page company',
        }),
      ),
    ),
  );
  at(T0 + 3000);
  steps.push(
    await outcome(
      api.createProspect({ fullName: ' Rui Tanaka ', profileUrl: 'https://github.com/QuillMaker' }),
    ),
  );
  steps.push(
    await outcome(
      api.createProspect({ fullName: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada-okafor' }),
    ),
  );
  steps.push(await outcome(api.createProspect({ fullName: '  ', profileUrl: 'https://example.org/me' })));
  at(T0 + 4000);
  const draft = await api.saveDraft({
    prospectId: id,
    kind: 'request',
    channel: 'connection-note',
    text: 'Hi Ada',
    score: 80,
  });
  steps.push(draft);
  at(T0 + 5000);
  steps.push(await outcome(api.saveDraft({ ...draft, text: 'Hi Ada, one question' })));
  steps.push(
    await outcome(
      api.saveDraft({ prospectId: 999, kind: 'request', channel: 'message', text: 'x', score: 0 }),
    ),
  );
  steps.push(
    await outcome(
      api.saveDraft({ id: 999, prospectId: id, kind: 'request', channel: 'message', text: 'x', score: 0 }),
    ),
  );
  at(T0 + 6000);
  steps.push(
    await outcome(
      api.markSent(id, { kind: 'request', channel: 'connection-note', text: 'Hi Ada' }, T0 + 6000),
    ),
  );
  at(T0 + 7000);
  steps.push(
    await outcome(
      api.markSent(id, { kind: 'follow-up', channel: 'message', text: 'Any news?' }, T0 + 7 * DAY),
    ),
  );
  steps.push(await outcome(api.markSent(999, { kind: 'request', channel: 'message', text: 'x' })));
  steps.push(await api.getProspect(id));
  clock.mockRestore();
  return { steps, stored: await dump() };
}

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await light.closeLightStore();
  if (!db.isOpen()) await db.open();
});

/** `look` run on a fresh install first created by Dexie, then on one first created by the popup. */
async function fromBothFreshInstalls<T>(
  look: (api: Api) => Promise<T>,
): Promise<{ viaDexie: T; viaLight: T }> {
  await freshInstall();
  await db.open();
  const viaDexie = await look(dexieApi);
  await freshInstall();
  const viaLight = await look(light);
  return { viaDexie, viaLight };
}

describe('the popup’s writes without Dexie', () => {
  it('write the same records, answers and errors as the Dexie repositories, from a fresh install', async () => {
    const { viaDexie, viaLight } = await fromBothFreshInstalls(journey);
    expect(viaLight).toEqual(viaDexie);
    // The journey did what the user expects, so the comparison is not between two empty stores.
    expect(viaDexie.stored.prospects).toMatchObject([
      { company: 'Her own words', headline: 'Principal engineer', status: 'requested', tags: ['storage'] },
      { fullName: 'Rui Tanaka', profileUrl: 'https://github.com/quillmaker' },
    ]);
    expect(viaDexie.stored.touches).toHaveLength(2);
    expect(viaDexie.stored.drafts).toMatchObject([{ text: 'Hi Ada, one question', createdAt: T0 + 4000 }]);
    expect(viaDexie.stored.reminders).toMatchObject([
      { kind: 'follow-up', doneAt: expect.any(Number) },
      { kind: 'follow-up' },
    ]);
    expect(viaDexie.steps.filter((s) => typeof s === 'object' && s !== null && 'error' in s)).toHaveLength(5);
  });

  it('tells Dexie pages which tables changed, and the background that reminders changed', async () => {
    await resetStore();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const ada = await light.saveCapturedProfile(linkedInSnapshot());
    expect(sent.mock.calls).toEqual([[{ type: 'store-changed', payload: { tables: ['prospects'] } }]]);
    sent.mockClear();
    await light.markSent(ada.id as number, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    expect(sent.mock.calls).toEqual([
      [{ type: 'store-changed', payload: { tables: ['prospects', 'touches', 'reminders'] } }],
      [{ type: 'reminders-changed', payload: {} }],
    ]);
    sent.mockClear();
    // A draft reads its prospect but writes only drafts: the side panel need not re-read the list.
    await light.saveDraft({
      prospectId: ada.id as number,
      kind: 'request',
      channel: 'message',
      text: 'Hi',
      score: 90,
    });
    expect(sent.mock.calls).toEqual([[{ type: 'store-changed', payload: { tables: ['drafts'] } }]]);
    sent.mockClear();
    await expect(
      light.saveDraft({ prospectId: 999, kind: 'request', channel: 'message', text: 'x', score: 0 }),
    ).rejects.toThrow();
    expect(sent).not.toHaveBeenCalled();
  });

  it('writes nothing of a "mark as sent" whose last step fails (disk full), and says why', async () => {
    await resetStore();
    const ada = await light.saveCapturedProfile(linkedInSnapshot());
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'reminders')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const error = await light
      .markSent(ada.id as number, { kind: 'request', channel: 'message', text: 'Hi' }, T0)
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/no more room/) });
    expect(await db.touches.count()).toBe(0);
    expect(await db.prospects.get(ada.id as number)).toEqual(ada);
  });

  it('reads what the popup shows: the person by any URL form, and the open reminders due soon', async () => {
    await resetStore();
    const ada = await dexieProspects.saveCapturedProfile(linkedInSnapshot());
    const rui = await dexieProspects.saveCapturedProfile(gitHubSnapshot());
    expect(await light.findProspectByUrl('https://linkedin.com/in/ADA-okafor/?trk=feed')).toEqual(ada);
    expect(await light.findProspectByUrl('not a url')).toBeUndefined();
    expect(await light.getProspect(rui.id as number)).toEqual(rui);
    expect(await light.getProspects([rui.id as number, 999, ada.id as number])).toEqual([rui, ada]);
    await dexieConversation.markSent(
      ada.id as number,
      { kind: 'request', channel: 'message', text: 'Hi' },
      T0,
    );
    expect(await light.remindersDueBefore(T0 + 7 * DAY)).toEqual([]);
    const due = await light.remindersDueBefore(T0 + 7 * DAY + 1);
    expect(due).toEqual(
      await db.reminders
        .where('openDueAt')
        .below(T0 + 7 * DAY + 1)
        .toArray(),
    );
    expect(due).toHaveLength(1);
  });

  it('reads nothing, and creates nothing, before anything was ever saved', async () => {
    await freshInstall();
    expect(await light.findProspectByUrl('https://github.com/quillmaker')).toBeUndefined();
    expect(await light.getProspect(1)).toBeUndefined();
    expect(await light.remindersDueBefore(T0)).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    await db.open();
  });
});

/** A plain IndexedDB connection, as another page would open it. */
const openNative = (name: string, version?: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** The shape of a database as IndexedDB holds it. */
async function nativeShape(name: string) {
  const database = await openNative(name);
  const names = [...database.objectStoreNames];
  const tx = database.transaction(names, 'readonly');
  const shape = {
    version: database.version,
    stores: names.map((n) => {
      const store = tx.objectStore(n);
      return {
        name: n,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((i) => {
          const index = store.index(i);
          return {
            name: index.name,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        }),
      };
    }),
  };
  database.close();
  return shape;
}

describe('a store the popup creates', () => {
  it('has exactly the schema Dexie would have created, at Dexie’s version number', async () => {
    const { viaDexie: byDexie, viaLight: byPopup } = await fromBothFreshInstalls(async (api) => {
      // Dexie created the store on open; the popup creates it on its first write.
      if (api === light) await light.saveCapturedProfile(linkedInSnapshot());
      await light.closeLightStore();
      return nativeShape(DB_NAME);
    });
    expect(byPopup).toEqual(byDexie);
    expect(byDexie.version).toBe(nativeVersion(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version));
  });

  it('is created in a database that exists without any store (opened once without a version)', async () => {
    await freshInstall();
    db.close();
    // Anything that opens the name without a version (devtools, an old reader) leaves version 1, empty.
    (await openNative(DB_NAME)).close();
    const ada = await light.saveCapturedProfile(linkedInSnapshot());
    await light.closeLightStore();
    const shape = await nativeShape(DB_NAME);
    expect(shape.version).toBe(nativeVersion(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version));
    expect(shape.stores.map((s) => s.name).sort()).toEqual([...TABLE_NAMES].sort());
    await db.open();
    expect(await db.prospects.get(ada.id as number)).toMatchObject({ fullName: 'Ada Okafor' });
  });

  it('is opened by Dexie as its own: no schema warning, no new version, and every index answers', async () => {
    await freshInstall();
    const warn = vi.spyOn(console, 'warn');
    const ada = await light.saveCapturedProfile(linkedInSnapshot());
    const id = ada.id as number;
    await light.saveDraft({ prospectId: id, kind: 'request', channel: 'message', text: 'Hi', score: 50 });
    await light.markSent(id, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    await db.open();
    await dexieProspects.updateProspect(id, { tags: ['storage', 'mentor'] });
    expect(warn).not.toHaveBeenCalled();
    expect(db.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
    expect((await nativeShape(DB_NAME)).version).toBe(nativeVersion(db.verno));
    const one = [expect.objectContaining({ id })];
    expect(await db.prospects.where('profileUrl').equals(ada.profileUrl).toArray()).toEqual(one);
    expect(await db.prospects.where('status').equals('requested').toArray()).toEqual(one);
    expect(await db.prospects.where('tags').equals('mentor').toArray()).toEqual(one);
    expect(
      await db.prospects
        .where('nextFollowUpAt')
        .equals(T0 + 7 * DAY)
        .toArray(),
    ).toEqual(one);
    expect(await db.prospects.orderBy('updatedAt').toArray()).toEqual(one);
    expect(await db.prospects.orderBy('fullName').toArray()).toEqual(one);
    expect(await db.touches.where('prospectId').equals(id).count()).toBe(1);
    expect(await db.drafts.where('prospectId').equals(id).count()).toBe(1);
    expect(await db.reminders.where('prospectId').equals(id).count()).toBe(1);
    for (const index of ['openDueAt', 'dueAt'])
      expect(
        await db.reminders
          .where(index)
          .equals(T0 + 7 * DAY)
          .count(),
      ).toBe(1);
  });
});

describe('opening for writes', () => {
  const v1 = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
  const future: SchemaVersion[] = [
    ...SCHEMA_VERSIONS,
    { version: v1.version + 1, stores: { ...v1.stores, notes: '++id, prospectId' } },
  ];
  const name = 'askwell-open-test';
  beforeEach(async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = resolve;
    });
  });

  it('leaves a store made by an older Askwell alone and says how to finish the update', async () => {
    (await openForWrites(indexedDB, name)).close();
    const error = await openForWrites(indexedDB, name, future).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'outdated', message: NEEDS_UPDATE_MESSAGE });
    expect(NEEDS_UPDATE_MESSAGE).toMatch(/Open the prospect list once/);
    expect((await nativeShape(name)).version).toBe(nativeVersion(v1.version));
  });

  it('refuses a store from a newer Askwell as outdated', async () => {
    (await openForWrites(indexedDB, name, future)).close();
    await expect(openForWrites(indexedDB, name)).rejects.toMatchObject({ kind: 'outdated' });
  });

  it('says “blocked” while an older page holds the store open', async () => {
    const older = await openForWrites(indexedDB, name);
    older.onversionchange = null;
    await expect(openForWrites(indexedDB, name, future)).rejects.toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/Close other Askwell tabs/),
    });
    older.close();
  });

  it('lets go when another page upgrades the store', async () => {
    const mine = await openForWrites(indexedDB, name);
    const close = vi.spyOn(mine, 'close');
    const other = await openNative(name, 100);
    expect(close).toHaveBeenCalled();
    other.close();
  });

  it('says so in plain words when there is no IndexedDB', async () => {
    await expect(openForWrites(undefined)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it.each([
    ['a compound index', '++id, [a+b]'],
    ['a typed index', '++id, name:string'],
    ['a compound primary key', '[a+b], c'],
    ['an empty primary key (outbound keys)', ', c'],
  ])('refuses Dexie syntax it cannot create: %s', (_label, definition) => {
    expect(() => parseStore('t', definition)).toThrow(/unsupported index syntax/);
  });

  it('reads Dexie store strings as Dexie does', () => {
    expect(parseStore('t', '++id, &url, *tags, a.b')).toEqual({
      name: 't',
      keyPath: 'id',
      autoIncrement: true,
      indexes: [
        { name: 'url', keyPath: 'url', unique: true, multiEntry: false },
        { name: 'tags', keyPath: 'tags', unique: false, multiEntry: true },
        { name: 'a.b', keyPath: 'a.b', unique: false, multiEntry: false },
      ],
    });
  });
});
