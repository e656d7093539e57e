import { beforeEach, describe, expect, it } from 'vitest';
import { exportJson, ImportError, importJson, MAX_IMPORT_BYTES, previewImport } from '@/lib/backup';
import { db } from '@/lib/db';
import { createProspect, getProspect, saveCapturedProfile, setNotes } from '@/lib/db/prospects';
import { addReminder } from '@/lib/db/reminders';
import { addTouch, listTouches } from '@/lib/db/touches';
import { linkedInSnapshot, resetStore } from '../db/helpers';
import { everything, seedStore } from './seed';

beforeEach(resetStore);

/** The exported backup as data, to edit in a test. */
async function exported(): Promise<Record<string, any>> {
  return JSON.parse(await exportJson());
}

/** Runs an import that must be refused; returns the error after checking nothing changed. */
async function refused(text: string): Promise<ImportError> {
  const before = await everything();
  const error = await importJson(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect(await everything()).toStrictEqual(before);
  const preview = await previewImport(text);
  expect(preview.ok).toBe(false);
  return error as ImportError;
}

describe('JSON backup: export', () => {
  it('holds every table, a format name and version, one record per line', async () => {
    await seedStore();
    const text = await exportJson();
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'askwell-backup', version: 1 });
    expect(typeof data.exportedAt).toBe('number');
    expect(data.prospects).toHaveLength(3);
    expect(data.touches).toHaveLength(1);
    expect(data.drafts).toHaveLength(1);
    expect(data.reminders).toHaveLength(3);
    // The store's own index field is not part of the format.
    expect(data.reminders.some((r: object) => 'openDueAt' in r)).toBe(false);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('"profileUrl"'))).toHaveLength(3);
  });

  it('of an empty store is still a valid backup', async () => {
    await expect(importJson(await exportJson())).resolves.toEqual({ added: 0, updated: 0, unchanged: 0 });
  });
});

describe('JSON backup: import', () => {
  it('export, wipe, import gives back exactly the same data (dates, unicode, emoji, newlines, ids)', async () => {
    await seedStore();
    const before = await everything();
    const text = await exportJson();
    await resetStore();
    expect(await importJson(text)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await everything()).toStrictEqual(before);
  });

  it('keeps text exactly, lone surrogates and every kind of line break included', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await setNotes(
      ada.id!,
      'cut emoji \uD83D, lone low \uDE00, CR\rLF\nCRLF\r\nLS\u2028NUL\u0000 \u202Eevil',
    );
    const before = await everything();
    const text = await exportJson();
    await resetStore();
    expect(await importJson(text)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await everything()).toStrictEqual(before);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await seedStore();
    const text = await exportJson();
    await resetStore();
    await importJson(text);
    const once = await everything();
    expect(await importJson(text)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await everything()).toStrictEqual(once);
  });

  it('into the store it came from, counts everyone unchanged', async () => {
    await seedStore();
    const before = await everything();
    expect(await importJson(await exportJson())).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await everything()).toStrictEqual(before);
  });

  it('merges into a list that changed since: the file’s record wins, newer touches stay', async () => {
    const { ada } = await seedStore();
    const text = await exportJson();
    await setNotes(ada.id!, 'Written after the backup');
    await addTouch({ prospectId: ada.id!, kind: 'reply', at: 1_800_000_000_000, text: 'Yes, happy to!' });
    await addReminder({ prospectId: ada.id!, kind: 'thank-you', dueAt: 1_700_000_000_000 });
    const newcomer = await createProspect({
      fullName: 'Berta Lind',
      profileUrl: 'https://github.com/bertal',
    });

    expect(await importJson(text)).toEqual({ added: 0, updated: 1, unchanged: 2 });
    const after = await getProspect(ada.id!);
    expect(after?.notes).toBe(JSON.parse(text).prospects[0].notes);
    expect((await listTouches(ada.id!)).map((t) => t.kind)).toEqual(['request-sent', 'reply']);
    // Derived times follow the merged timeline, not the older file.
    expect(after?.lastTouchAt).toBe(1_800_000_000_000);
    expect(after?.nextFollowUpAt).toBe(1_700_000_000_000);
    expect(await getProspect(newcomer.id!)).toEqual(newcomer);
    expect(await importJson(text)).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  it('gives new ids where the file’s ids are taken by other people, and keeps each person’s timeline with them', async () => {
    await seedStore();
    const text = await exportJson();
    await resetStore();
    // Another browser's list: different people already hold ids 1 to 3 (ids never reused).
    await createProspect({ fullName: 'Other One', profileUrl: 'https://example.org/one' });
    await db.prospects.clear();
    await createProspect({ fullName: 'Other Two', profileUrl: 'https://example.org/two' });
    await createProspect({ fullName: 'Other Three', profileUrl: 'https://example.org/three' });
    await createProspect({ fullName: 'Other Four', profileUrl: 'https://example.org/four' });
    const summary = await importJson(text);
    expect(summary).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const adaNow = await db.prospects
      .where('profileUrl')
      .equals('https://www.linkedin.com/in/ada-okafor/')
      .first();
    expect((await listTouches(adaNow!.id!)).map((t) => t.text)).toEqual(['Hi Ada,\nOne question?']);
    expect(await db.prospects.count()).toBe(6);
    expect(await importJson(text)).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  it('recognises the same touches, drafts and reminders under other ids (a backup from another browser)', async () => {
    await seedStore();
    const before = await everything();
    const data = await exported();
    for (const p of data.prospects) p.id += 500;
    for (const table of ['touches', 'drafts', 'reminders'])
      for (const r of data[table]) {
        r.id += 1000;
        r.prospectId += 500;
      }
    expect(await importJson(JSON.stringify(data))).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await everything()).toStrictEqual(before);
  });

  it('importing twice changes nothing even when records alike but for their text are listed out of id order', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    const data = await exported();
    const prospectId = data.prospects[0].id;
    // Two drafts made in the same millisecond, and a done and an open reminder for the same time.
    const draft = { prospectId, channel: 'message', kind: 'follow-up', score: 1, createdAt: 5, updatedAt: 5 };
    data.drafts = [
      { ...draft, id: 7, text: 'Second' },
      { ...draft, id: 3, text: 'First' },
    ];
    data.reminders = [
      { id: 9, prospectId, kind: 'follow-up', dueAt: 100, doneAt: 50 },
      { id: 4, prospectId, kind: 'follow-up', dueAt: 100 },
    ];
    const text = JSON.stringify(data);
    await resetStore();
    expect(await importJson(text)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const once = await everything();
    expect(await importJson(text)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await everything()).toStrictEqual(once);
  });

  it('previews what it would do without writing anything', async () => {
    await seedStore();
    const text = await exportJson();
    await resetStore();
    await createProspect({ fullName: 'Ada Okafor', profileUrl: 'https://www.linkedin.com/in/ada-okafor/' });
    const before = await everything();
    expect(await previewImport(text)).toEqual({ ok: true, summary: { added: 2, updated: 1, unchanged: 0 } });
    expect(await everything()).toStrictEqual(before);
  });
});

describe('JSON backup: refused files change nothing and say what and where', () => {
  beforeEach(seedStore);

  it('text that is not JSON, with the line of the fault', async () => {
    const text = (await exportJson()).replace('"status":"requested"', '"status":"requested",,');
    const error = await refused(text);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.issues[0]?.line).toBe(3); // line 1: format and version, line 2: "prospects", line 3: the first person
  });

  it('a file cut short', async () => {
    const text = await exportJson();
    expect((await refused(text.slice(0, text.length / 2))).message).toMatch(/not valid JSON/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere', async (key) => {
    const text = (await exportJson()).replace('"fit":{', `"fit":{"${key}":{"polluted":true},`);
    const error = await refused(text);
    expect(error.message).toContain(`"${key}"`);
    expect(error.issues[0]).toMatchObject({ line: 3, where: `prospects[0].fit.${key}` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the same person twice, even under two URL forms', async () => {
    const data = await exported();
    data.prospects.push({
      ...data.prospects[0],
      id: 99,
      profileUrl: 'https://de.linkedin.com/in/ADA-OKAFOR/?trk=x',
    });
    const error = await refused(JSON.stringify(data, null, 2));
    expect(error.message).toMatch(/same person as prospects\[0\]/);
    expect(error.issues[0]?.where).toBe('prospects[3].profileUrl');
    expect(error.issues[0]?.line).toBeGreaterThan(1);
  });

  it.each([
    [
      'a status that does not exist',
      (d: any) => (d.prospects[1].status = 'ghosted'),
      'prospects[1].status',
      /"ghosted"/,
    ],
    [
      'a date as text',
      (d: any) => (d.prospects[0].createdAt = 'yesterday'),
      'prospects[0].createdAt',
      /number expected/,
    ],
    ['a null name', (d: any) => (d.prospects[0].fullName = null), 'prospects[0].fullName', /string expected/],
    ['an empty name', (d: any) => (d.prospects[0].fullName = '  '), 'prospects[0].fullName', /name is empty/],
    [
      'tags that are not a list',
      (d: any) => (d.prospects[0].tags = 'storage'),
      'prospects[0].tags',
      /Array expected/,
    ],
    ['a fractional id', (d: any) => (d.touches[0].id = 1.5), 'touches[0].id', /integer/],
    ['a negative id', (d: any) => (d.drafts[0].id = -3), 'drafts[0].id', /^-3 is not an id \(a whole number/],
    ['a time before 1970', (d: any) => (d.touches[0].at = -1), 'touches[0].at', /^-1 is not a time \(whole/],
    [
      'a fractional time',
      (d: any) => (d.reminders[0].dueAt = 1.5),
      'reminders[0].dueAt',
      /^1\.5 is not a time \(whole/,
    ],
    [
      'a time past what a date can hold',
      (d: any) => (d.prospects[0].updatedAt = 9e15),
      'prospects[0].updatedAt',
      /^9000000000000000 is not a time/,
    ],
    [
      'a field Askwell does not know',
      (d: any) => (d.drafts[0].sentTo = 'x'),
      'drafts[0].sentTo',
      /not part of an Askwell backup/,
    ],
    ['a missing field', (d: any) => delete d.reminders[0].dueAt, 'reminders[0].dueAt', /missing/],
    [
      'a photo URL that runs script',
      (d: any) => (d.prospects[0].photoUrl = 'javascript:alert(1)'),
      'prospects[0].photoUrl',
      /photo URL/,
    ],
    [
      'a link to a person not in the file',
      (d: any) => (d.touches[0].prospectId = 777),
      'touches[0].prospectId',
      /prospect 777/,
    ],
    [
      'the same id twice',
      (d: any) => (d.reminders[1].id = d.reminders[0].id),
      'reminders[1].id',
      /used twice/,
    ],
    [
      'a URL that is not a web address',
      (d: any) => (d.prospects[2].profileUrl = 'mailto:x@example.org'),
      'prospects[2].profileUrl',
      /web address/,
    ],
  ])('%s', async (_label, corrupt, where, message) => {
    const data = await exported();
    corrupt(data);
    const error = await refused(JSON.stringify(data, null, 1));
    expect(error.issues[0]?.where).toBe(where);
    expect(error.issues[0]?.message).toMatch(message);
    expect(error.issues[0]?.line).toBeGreaterThan(1);
    expect(error.message).toMatch(new RegExp(`line ${error.issues[0]?.line}`, 'i'));
  });

  it.each([null, undefined, 42, {}])('input that is not text (%j), as an ImportError', async (input) => {
    const error = await refused(input as unknown as string);
    expect(error.message).toMatch(/^Nothing was imported\. The file could not be read as text/);
  });

  it('a large file with problems near its end, at once and with their lines', async () => {
    const data = await exported();
    const base = data.prospects[2];
    const count = 30_000;
    data.prospects = Array.from({ length: count }, (_, i) => ({
      ...base,
      id: i + 1,
      profileUrl: `https://people.example.org/p${i}`,
      status: i >= count - 25 ? 'ghosted' : base.status,
    }));
    // One record per line, as the export writes them: prospects[i] is on line i + 2.
    const records = data.prospects.map((p: object) => JSON.stringify(p)).join(',\n');
    const text = `{"format":"askwell-backup","version":1,"exportedAt":1,"prospects":[\n${records}\n],"touches":[],"drafts":[],"reminders":[]}`;
    const stored = await db.prospects.count();
    const started = performance.now();
    const error = await importJson(text).catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(ImportError);
    const { issues, total } = error as ImportError;
    expect(total).toBe(25);
    expect(issues[0]).toMatchObject({ where: `prospects[${count - 25}].status`, line: count - 25 + 2 });
    expect(issues[19]).toMatchObject({ where: `prospects[${count - 6}].status`, line: count - 6 + 2 });
    // Locating each problem used to read the whole file again: about ten seconds here.
    expect(took).toBeLessThan(5_000);
    expect(await db.prospects.count()).toBe(stored);
  }, 60_000);

  it('every bad record is listed, not only the first', async () => {
    const data = await exported();
    data.prospects[0].status = 'x';
    data.prospects[2].status = 'y';
    const error = await refused(JSON.stringify(data));
    expect(error.issues.map((i) => i.where)).toEqual(['prospects[0].status', 'prospects[2].status']);
    expect(error.message).toMatch(/and 1 more problem/);
  });

  it.each([2, 0, '1', null])('an unknown format version (%j)', async (version) => {
    const data = await exported();
    data.version = version;
    const error = await refused(JSON.stringify(data));
    expect(error.message).toMatch(version === 2 ? /newer Askwell/ : /unknown backup format version/);
  });

  it.each([
    ['a JSON array', '[]'],
    ['another program’s JSON', '{"format":"other-crm","version":1}'],
    ['a bare value', '42'],
    ['an empty file', ''],
  ])('%s', async (_label, text) => {
    expect((await refused(text)).message).toMatch(/not an Askwell backup|not valid JSON/);
  });

  it('a file over 50 MB, before reading it', async () => {
    const big = `{"format":"askwell-backup","version":1,"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect((await refused(big)).message).toMatch(/larger than 50 MB/);
  });

  it('a file over 50 MB in UTF-8 though under 50 million characters', async () => {
    const big = `{"pad":"${'€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10)}"}`;
    expect(big.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect((await refused(big)).message).toMatch(/larger than 50 MB/);
  });
});
