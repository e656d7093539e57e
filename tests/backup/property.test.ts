// Property tests: any valid store survives export → wipe → import exactly; any corruption of a
// valid backup is refused and changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, ImportError, importCsv, importJson } from '@/lib/backup';
import type { Dataset } from '@/lib/backup/format';
import { db } from '@/lib/db';
import { storedReminder } from '@/lib/db/records';
import {
  CAPTURED_FIELDS,
  type Draft,
  PROSPECT_STATUSES,
  type Prospect,
  REMINDER_KINDS,
  type Reminder,
  SOURCE_KINDS,
  TOUCH_KINDS,
  type Touch,
} from '@/lib/db/types';
import { CHANNELS, DRAFT_KINDS } from '@/lib/drafts/types';
import { resetStore } from '../db/helpers';
import { everything } from './seed';

/** Any text at all: every code point, emoji, line breaks, quotes, lone surrogates. */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const nonBlank = text.filter((s) => s.trim() !== '');
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,18}$/);

const profileUrl = fc.oneof(
  slug.map((s) => ({ url: `https://www.linkedin.com/in/${s}/`, network: 'linkedin' as const })),
  slug
    .filter((s) => !s.includes('--'))
    .map((s) => ({ url: `https://github.com/x${s}`, network: 'github' as const })),
  slug.map((s) => ({ url: `https://people.example.org/${s}`, network: 'generic' as const })),
);

const prospectFields = fc.record(
  {
    fullName: nonBlank,
    headline: text,
    title: text,
    company: text,
    location: text,
    about: text,
    photoUrl: slug.map((s) => `https://media.example.invalid/${s}.jpg`),
    experience: fc.array(
      fc.record({ title: text, company: text, dateRange: text, location: text }, { requiredKeys: ['title'] }),
      { maxLength: 3 },
    ),
    education: fc.array(
      fc.record({ school: text, degree: text, dateRange: text }, { requiredKeys: ['school'] }),
      {
        maxLength: 2,
      },
    ),
    editedFields: fc.uniqueArray(fc.constantFrom(...CAPTURED_FIELDS), { maxLength: 3 }),
    status: fc.constantFrom(...PROSPECT_STATUSES),
    tags: fc.array(text, { maxLength: 4 }),
    notes: text,
    source: fc.record({ kind: fc.constantFrom(...SOURCE_KINDS), referrer: text }, { requiredKeys: ['kind'] }),
    fit: fc.record({
      knowsSubject: fc.boolean(),
      hasDoneIt: fc.boolean(),
      hasTime: fc.boolean(),
      communicatesWell: fc.boolean(),
    }),
    nextFollowUpAt: time,
    lastTouchAt: time,
    createdAt: time,
    updatedAt: time,
    capturedAt: time,
  },
  {
    requiredKeys: [
      'fullName',
      'experience',
      'education',
      'editedFields',
      'status',
      'tags',
      'notes',
      'fit',
      'createdAt',
      'updatedAt',
    ],
  },
);

/** A whole valid store: people with distinct URLs, and children that point at them. */
const dataset = fc
  .uniqueArray(fc.tuple(profileUrl, prospectFields), { maxLength: 8, selector: ([u]) => u.url })
  .chain((people) => {
    const prospects: Prospect[] = people.map(([u, fields], i) => ({
      ...fields,
      id: i + 1,
      profileUrl: u.url,
      network: u.network,
    }));
    const prospectId = prospects.length > 0 ? fc.integer({ min: 1, max: prospects.length }) : fc.constant(0);
    const none = fc.constant([]);
    return fc.record({
      prospects: fc.constant(prospects),
      touches:
        prospects.length === 0
          ? none
          : fc.array(
              fc.record(
                {
                  prospectId,
                  kind: fc.constantFrom(...TOUCH_KINDS),
                  channel: fc.constantFrom(...CHANNELS),
                  at: time,
                  text,
                },
                { requiredKeys: ['prospectId', 'kind', 'at'] },
              ),
              { maxLength: 8 },
            ),
      drafts:
        prospects.length === 0
          ? none
          : fc.array(
              fc.record({
                prospectId,
                channel: fc.constantFrom(...CHANNELS),
                kind: fc.constantFrom(...DRAFT_KINDS),
                text,
                score: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
                createdAt: time,
                updatedAt: time,
              }),
              { maxLength: 4 },
            ),
      reminders:
        prospects.length === 0
          ? none
          : fc.array(
              fc.record(
                {
                  prospectId,
                  kind: fc.constantFrom(...REMINDER_KINDS),
                  dueAt: time,
                  doneAt: time,
                  snoozedUntil: time,
                  note: text,
                },
                { requiredKeys: ['prospectId', 'kind', 'dueAt'] },
              ),
              { maxLength: 6 },
            ),
    });
  })
  .map((d) => ({
    prospects: d.prospects,
    touches: (d.touches as Touch[]).map((t, i) => ({ ...t, id: i + 1 })),
    drafts: (d.drafts as Draft[]).map((t, i) => ({ ...t, id: i + 1 })),
    // As the store keeps them: with their derived `openDueAt`.
    reminders: (d.reminders as Reminder[]).map((t, i) => storedReminder({ ...t, id: i + 1 })),
  }));

async function load(data: Dataset) {
  await resetStore();
  await db.transaction('rw', db.tables, async () => {
    await db.prospects.bulkAdd(data.prospects);
    await db.touches.bulkAdd(data.touches);
    await db.drafts.bulkAdd(data.drafts);
    await db.reminders.bulkAdd(data.reminders);
  });
}

describe('backup properties', () => {
  it('any valid store round-trips exactly through a JSON backup, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        await load(data);
        const before = await everything();
        const backup = await exportJson();
        await resetStore();
        expect(await importJson(backup)).toEqual({ added: data.prospects.length, updated: 0, unchanged: 0 });
        expect(await everything()).toStrictEqual(before);
        expect(await importJson(backup)).toEqual({ added: 0, updated: 0, unchanged: data.prospects.length });
        expect(await everything()).toStrictEqual(before);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('any corruption of a valid backup is refused and changes nothing', async () => {
    type Corruption = (file: Record<string, any>) => string | undefined;
    const people = (f: Record<string, any>) => f.prospects as Record<string, any>[];
    const pickRecord = (f: Record<string, any>, i: number) => {
      const tables = ['prospects', 'touches', 'drafts', 'reminders'].filter((t) => f[t].length > 0);
      const table = tables[i % tables.length] as string;
      return f[table][i % f[table].length] as Record<string, any>;
    };
    const wrongValue = fc.oneof(
      fc.constant(null),
      fc.constant({}),
      fc.constant([1]),
      fc.constant('not-a-valid-value'),
      fc.constant(-1.5),
    );
    const corruption: fc.Arbitrary<Corruption> = fc.oneof(
      // A wrong value for a field every record of its table must have.
      fc.tuple(fc.nat(), wrongValue).map(([i, value]) => (f: Record<string, any>) => {
        const r = pickRecord(f, i);
        const required = ['id', 'createdAt', 'status', 'prospectId', 'kind', 'dueAt', 'at', 'channel'].filter(
          (k) => k in r,
        );
        const key = required[i % required.length] as string;
        if ((key === 'channel' || key === 'kind') && typeof value === 'string') r[key] = 'unknown-kind';
        else r[key] = value;
        return JSON.stringify(f);
      }),
      // A required field left out.
      fc.nat().map((i) => (f: Record<string, any>) => {
        const r = pickRecord(f, i);
        delete r.id;
        return JSON.stringify(f);
      }),
      // A field that is not part of the format.
      fc
        .tuple(fc.nat(), fc.constantFrom('extra', 'sentAt', 'Status'))
        .map(([i, key]) => (f: Record<string, any>) => {
          pickRecord(f, i)[key] = 1;
          return JSON.stringify(f);
        }),
      // A key that could reach a prototype, in a record or nested inside one.
      fc
        .tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean())
        .map(([i, key, nested]) => (f: Record<string, any>) => {
          const r = pickRecord(f, i);
          const holder = nested && r.fit ? r.fit : r;
          holder.FORBIDDEN_KEY = { x: 1 };
          return JSON.stringify(f).replace('"FORBIDDEN_KEY"', `"${key}"`);
        }),
      // The same person twice under another URL form.
      fc.nat().map((i) => (f: Record<string, any>) => {
        const p = people(f)[i % people(f).length];
        if (!p) return undefined;
        people(f).push({ ...p, id: 10_000, profileUrl: `${p.profileUrl}?utm_source=x#again` });
        return JSON.stringify(f);
      }),
      // A child that points at nobody.
      fc.nat().map((i) => (f: Record<string, any>) => {
        const children = ['touches', 'drafts', 'reminders'].flatMap((t) => f[t]);
        const c = children[i % Math.max(1, children.length)];
        if (!c) return undefined;
        c.prospectId = 99_999;
        return JSON.stringify(f);
      }),
      // Another format version, or none.
      fc.constantFrom(0, 2, 99, '1', null, undefined).map((version) => (f: Record<string, any>) => {
        f.version = version;
        return JSON.stringify(f);
      }),
      // The file cut short anywhere.
      fc.double({ min: 0, max: 0.999, noNaN: true }).map((at) => (f: Record<string, any>) => {
        const t = JSON.stringify(f);
        return t.slice(0, Math.floor(at * (t.lastIndexOf('}') - 1)));
      }),
    );

    await fc.assert(
      fc.asyncProperty(
        dataset.filter((d) => d.prospects.length > 0),
        corruption,
        async (data, corrupt) => {
          await load(data);
          const text = corrupt(JSON.parse(await exportJson()));
          fc.pre(text !== undefined);
          const before = await everything();
          const error = await importJson(text as string).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).message).toMatch(/^Nothing was imported\. \S/);
          expect(await everything()).toStrictEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('any store survives a CSV export and import into an empty list with every column it exports', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        await load(data);
        const before = await db.prospects.orderBy('profileUrl').toArray();
        const csv = await exportCsv();
        await resetStore();
        expect(await importCsv(csv)).toEqual({ added: data.prospects.length, updated: 0, unchanged: 0 });
        const after = await db.prospects.orderBy('profileUrl').toArray();
        // A spreadsheet cell holding only spaces counts as empty; names are trimmed.
        const cell = (s: string | undefined) => (s?.trim() ? s : undefined);
        const columns = (p: Prospect) => ({
          profileUrl: p.profileUrl,
          network: p.network,
          fullName: p.fullName.trim(),
          headline: cell(p.headline),
          title: cell(p.title),
          company: cell(p.company),
          location: cell(p.location),
          about: cell(p.about),
          status: p.status,
          notes: cell(p.notes) ?? '',
          fit: p.fit,
          createdAt: p.createdAt,
        });
        expect(after.map(columns)).toEqual(before.map(columns));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
