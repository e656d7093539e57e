import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createProspect, deleteProspect, saveCapturedProfile, setStatus } from '@/lib/db/prospects';
import { readFirstPage } from '@/lib/sidepanel/first-page';
import {
  changedProspectRanges,
  inRanges,
  loadAllEntries,
  readRanges,
  watchProspectChanges,
} from '@/lib/sidepanel/prospect-index';
import { linkedInSnapshot, resetStore } from '../db/helpers';

beforeEach(resetStore);

const DAY = 86_400_000;

async function people(n: number, followUpEvery = 0) {
  const now = Date.UTC(2026, 10, 4);
  await db.prospects.bulkAdd(
    Array.from({ length: n }, (_, i) => ({
      profileUrl: `https://www.linkedin.com/in/p-${i}/`,
      network: 'linkedin' as const,
      fullName: `Person ${String(n - i).padStart(4, '0')}`,
      experience: [],
      education: [],
      editedFields: [],
      status: 'saved' as const,
      tags: [],
      notes: '',
      fit: { knowsSubject: false, hasDoneIt: false, hasTime: false, communicatesWell: false },
      createdAt: now + i,
      updatedAt: now + i,
      ...(followUpEvery && i % followUpEvery === 0 ? { nextFollowUpAt: now + (n - i) * DAY } : {}),
    })),
  );
}

describe('the first page, read without the store’s code', () => {
  it('brings the first rows by next follow-up, then those without one by name', async () => {
    await people(10, 4);
    const page = await readFirstPage('next-follow-up', 5);
    expect(page.entries.map((e) => e.fullName)).toEqual([
      'Person 0002',
      'Person 0006',
      'Person 0010',
      'Person 0001',
      'Person 0003',
    ]);
    expect(page.complete).toBe(false);
  });

  it('says when the list is short enough to be complete', async () => {
    await people(3, 2);
    expect(await readFirstPage('next-follow-up', 60)).toMatchObject({ complete: true });
    expect((await readFirstPage('name', 60)).entries.map((e) => e.fullName)).toEqual([
      'Person 0001',
      'Person 0002',
      'Person 0003',
    ]);
    expect((await readFirstPage('added', 2)).entries.map((e) => e.fullName)).toEqual([
      'Person 0001',
      'Person 0002',
    ]);
    expect(await readFirstPage('added', 2)).toMatchObject({ complete: false });
  });

  it('never creates the database: with none, the list is empty and complete', async () => {
    const page = await readFirstPage('name', 60, indexedDB, 'askwell-never-created');
    expect(page).toEqual({ entries: [], complete: true });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('askwell-never-created');
  });
});

describe('reading everything and following changes', () => {
  it('reads every prospect in chunks, each once', async () => {
    await people(23);
    let yields = 0;
    const all = await loadAllEntries({ chunkSize: 5, yieldBetweenChunks: async () => void yields++ });
    expect(all).toHaveLength(23);
    expect(new Set(all.map((e) => e.id)).size).toBe(23);
    expect(yields).toBe(4);
  });

  it('hears which prospects a write changed, in this page or another, and reads only those', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const heard: ReturnType<typeof changedProspectRanges>[] = [];
    const stop = watchProspectChanges((ranges) => heard.push(ranges));
    await setStatus(ada.id!, 'requested');
    await db.touches.add({ prospectId: ada.id!, kind: 'note', at: 1 });
    const rui = await createProspect({ fullName: 'Rui Tanaka', profileUrl: 'https://github.com/quillmaker' });
    await deleteProspect(rui.id!);
    stop();
    await setStatus(ada.id!, 'replied');
    expect(heard).toEqual([
      [{ from: ada.id, to: ada.id }],
      [{ from: rui.id, to: rui.id }],
      [{ from: rui.id, to: rui.id }],
    ]);
    const fresh = await readRanges([
      { from: ada.id!, to: ada.id! },
      { from: rui.id!, to: rui.id! },
    ]);
    // Read now: the latest status, and nothing for the deleted one.
    expect(fresh.map((e) => [e.fullName, e.status])).toEqual([['Ada Okafor', 'replied']]);
  });

  it('treats a clear or a big import as a change of everything', async () => {
    await people(3);
    const heard: ReturnType<typeof changedProspectRanges>[] = [];
    const stop = watchProspectChanges((ranges) => heard.push(ranges));
    await db.prospects.clear();
    stop();
    expect(heard).toEqual([[{ from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY }]]);
    expect(inRanges(12345, heard[0]!)).toBe(true);
  });

  it('reads ranges from the parts another page sent (plain objects after structured clone)', () => {
    const parts = {
      'idb://askwell/prospects/': { from: 4, to: 4, d: 2, l: { from: 1, to: 1, d: 1 }, r: null },
      'idb://askwell/touches/': { from: 9, to: 9, d: 1 },
    };
    expect(changedProspectRanges(parts as never)).toEqual([
      { from: 1, to: 1 },
      { from: 4, to: 4 },
    ]);
    expect(changedProspectRanges({ 'idb://askwell/touches/': { from: 1, to: 1, d: 1 } } as never)).toEqual(
      [],
    );
  });
});
