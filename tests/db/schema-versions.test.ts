// Every released schema version has a fixture database here; the current code must open each one
// and keep every row. A schema change adds a version and a fixture, never edits one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AskwellDB } from '@/lib/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/lib/db/schema';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtures = Object.entries(
  import.meta.glob<Fixture>('./fixtures/v*.json', { eager: true, import: 'default' }),
)
  .map(([file, fixture]) => ({ file, fixture }))
  .sort((a, b) => a.fixture.version - b.fixture.version);

describe('schema versions', () => {
  it('has a fixture for every released version, with that version’s schema exactly', () => {
    expect(fixtures.map((f) => f.fixture.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
    for (const { fixture } of fixtures) {
      const released = SCHEMA_VERSIONS.find((v) => v.version === fixture.version);
      expect(released?.stores, `version ${fixture.version} was edited after release`).toEqual(fixture.stores);
    }
  });

  it('only ever adds versions, in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it.each(fixtures.map((f) => [f.fixture.version, f.fixture] as const))(
    'opens a database written by version %i with the current code and keeps every row',
    async (version, fixture) => {
      const name = `askwell-fixture-v${version}`;
      const old = new Dexie(name);
      old.version(version).stores(fixture.stores);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const current = new AskwellDB(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const kept = await current.table(table).toArray();
        expect(kept, `${table} of version ${version}`).toHaveLength(rows.length);
        // Later versions may add fields, never drop a row or what it held.
        for (const row of rows) expect(kept.find((k) => k.id === row.id)).toMatchObject(row);
      }
      // The indexes of the current schema answer queries on the old rows.
      for (const row of fixture.tables.prospects ?? []) {
        const url = row.profileUrl as string;
        expect(await current.table('prospects').where('profileUrl').equals(url).count(), url).toBe(1);
        for (const table of ['touches', 'drafts', 'reminders'])
          expect(
            await current
              .table(table)
              .where('prospectId')
              .equals(row.id as number)
              .count(),
          ).toBe((fixture.tables[table] ?? []).filter((r) => r.prospectId === row.id).length);
      }
      current.close();
      await Dexie.delete(name);
    },
  );
});
