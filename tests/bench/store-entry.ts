// Bundled by store.bench.ts into a page on an https origin in Chromium: the real store code over
// real IndexedDB, driven through `globalThis.askwellBench`. Times are taken inside the page.
import { exportCsv, exportJson, importJson } from '@/lib/backup';
import { readBackup } from '@/lib/backup/json';
import { planImport } from '@/lib/backup/plan';
import { applyPlan, readAll } from '@/lib/backup/store-io';
import { db } from '@/lib/db';
import { saveCapturedProfile } from '@/lib/db/prospects';
import { storedReminder } from '@/lib/db/records';
import { listDueFollowUps } from '@/lib/db/reminders';
import type { Draft, Prospect, Reminder, Touch } from '@/lib/db/types';
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { COMPANIES, inventedName, sentence } from '../fixtures/invented';

const DAY = 86_400_000;
/** A fixed "now" so that the share of due follow-ups is the same on every run. */
export const NOW = Date.UTC(2026, 5, 1, 9);

/** Deterministic pseudo-random numbers (mulberry32), so every run stores the same list. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` invented prospects, as a long-time user's list might look: every second one contacted
 * (a request and an open follow-up in the next 30 days), one in ten with a reply and a done
 * thank-you, one in ten with a saved draft, and one in a hundred with a follow-up due now.
 */
function dataset(count: number) {
  const rnd = random(42);
  const prospects: Prospect[] = [];
  const touches: Touch[] = [];
  const drafts: Draft[] = [];
  const reminders: Reminder[] = [];
  for (let i = 1; i <= count; i++) {
    const name = inventedName(i);
    const company = COMPANIES[i % COMPANIES.length] as string;
    const saved = NOW - (1 + Math.floor(rnd() * 300)) * DAY;
    const contacted = i % 2 === 0;
    const sent = saved + Math.floor(rnd() * 20) * DAY;
    const due = i % 100 === 0 ? NOW - Math.floor(rnd() * 5) * DAY : NOW + (1 + Math.floor(rnd() * 30)) * DAY;
    const prospect: Prospect = {
      id: i,
      profileUrl: `https://www.linkedin.com/in/bench-person-${i}/`,
      network: 'linkedin',
      fullName: name,
      headline: `${sentence(rnd, 6)} at ${company}`,
      title: 'Engineering Manager',
      company,
      location: 'Lisbon, Portugal',
      about: sentence(rnd, 70),
      photoUrl: `https://media.example.invalid/p/${i}.jpg`,
      experience: [
        { title: 'Engineering Manager', company, dateRange: '2022 – now', location: 'Lisbon' },
        { title: 'Staff Engineer', company: 'Quill Labs', dateRange: '2018 – 2022' },
        { title: 'Engineer', company: 'Orbit Works', dateRange: '2014 – 2018' },
      ],
      education: [{ school: 'Universidade do Porto', degree: 'MSc Informatics', dateRange: '2009 – 2014' }],
      editedFields: i % 5 === 0 ? ['headline'] : [],
      status: contacted ? 'requested' : 'saved',
      tags: ['storage', i % 3 ? 'lisbon' : 'remote'],
      notes: sentence(rnd, 15),
      fit: { knowsSubject: true, hasDoneIt: i % 2 === 0, hasTime: false, communicatesWell: true },
      createdAt: saved,
      updatedAt: contacted ? sent : saved,
      capturedAt: saved,
    };
    if (contacted) {
      prospect.nextFollowUpAt = due;
      prospect.lastTouchAt = sent;
      touches.push({
        id: touches.length + 1,
        prospectId: i,
        kind: 'request-sent',
        channel: 'connection-note',
        at: sent,
        text: sentence(rnd, 30),
      });
      reminders.push({ id: reminders.length + 1, prospectId: i, kind: 'follow-up', dueAt: due });
    }
    if (i % 10 === 0) {
      touches.push({
        id: touches.length + 1,
        prospectId: i,
        kind: 'reply',
        channel: 'message',
        at: sent + DAY,
        text: sentence(rnd, 20),
      });
      reminders.push({
        id: reminders.length + 1,
        prospectId: i,
        kind: 'thank-you',
        dueAt: sent + 2 * DAY,
        doneAt: sent + DAY,
      });
    }
    if (i % 10 === 5)
      drafts.push({
        id: drafts.length + 1,
        prospectId: i,
        channel: 'message',
        kind: 'request',
        text: sentence(rnd, 90),
        score: Math.round(rnd() * 100),
        createdAt: saved,
        updatedAt: saved,
      });
    prospects.push(prospect);
  }
  // Stored as the store keeps them, with the derived `openDueAt` of open reminders.
  return { prospects, touches, drafts, reminders: reminders.map(storedReminder) };
}

async function clear(): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

function snapshot(i: number): ProfileSnapshot {
  return {
    network: 'linkedin',
    profileUrl: `https://de.linkedin.com/in/Captured-Person-${i}/details/experience/?trk=x`,
    fullName: `Captured Person ${i}`,
    headline: 'Director of Engineering',
    company: 'Fjord Systems',
    location: 'Oslo',
    about: 'Long about text '.repeat(30),
    experience: [{ title: 'Director of Engineering', company: 'Fjord Systems', dateRange: '2020 – now' }],
    education: [],
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

const bench = {
  NOW,
  /** The environment's floor: one transaction putting `count` empty records, with no index and no Dexie. */
  async rawPutFloor(count: number): Promise<number> {
    const scratch = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('askwell-bench-floor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('r', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = scratch.transaction('r', 'readwrite');
      const store = tx.objectStore('r');
      for (let i = 1; i <= count; i++) store.put({ id: i });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - t0;
    scratch.close();
    return ms;
  },
  /** Replaces the store with `count` generated prospects (setup, not measured); returns the record counts. */
  async load(count: number): Promise<Record<string, number>> {
    await clear();
    const d = dataset(count);
    await db.transaction('rw', db.tables, async () => {
      await db.prospects.bulkAdd(d.prospects);
      await db.touches.bulkAdd(d.touches);
      await db.drafts.bulkAdd(d.drafts);
      await db.reminders.bulkAdd(d.reminders);
    });
    return {
      prospects: d.prospects.length,
      touches: d.touches.length,
      drafts: d.drafts.length,
      reminders: d.reminders.length,
    };
  },
  async exportJson(): Promise<{ ms: number; bytes: number }> {
    const { ms, result } = await timed(() => exportJson());
    (globalThis as { lastBackup?: string }).lastBackup = result;
    return { ms, bytes: new Blob([result]).size };
  },
  async exportCsv(): Promise<number> {
    return (await timed(() => exportCsv())).ms;
  },
  /** Imports the last exported backup into an empty store (or the current one with `keep`). */
  async importJson(keep = false): Promise<{ ms: number; summary: unknown; count: number }> {
    const text = (globalThis as { lastBackup?: string }).lastBackup as string;
    if (!keep) await clear();
    const { ms, result } = await timed(() => importJson(text));
    return { ms, summary: result, count: await db.prospects.count() };
  },
  /** The import of the last backup into an empty store, phase by phase, to show where the time goes. */
  async importPhases(): Promise<{ check: number; plan: number; write: number }> {
    const text = (globalThis as { lastBackup?: string }).lastBackup as string;
    await clear();
    const check = await timed(async () => readBackup(text));
    let plan = 0;
    const write = await timed(() =>
      db.transaction('rw', db.tables, async () => {
        const t0 = performance.now();
        const p = planImport(check.result, await readAll(db));
        plan = performance.now() - t0;
        await applyPlan(db, p);
      }),
    );
    return { check: check.ms, plan, write: write.ms - plan };
  },
  async dueNow(iterations: number, at: number = NOW): Promise<{ samples: number[]; due: number }> {
    const samples: number[] = [];
    let due = 0;
    for (let i = 0; i < iterations; i++) {
      const { ms, result } = await timed(() => listDueFollowUps(at));
      samples.push(ms);
      due = result.length;
    }
    return { samples, due };
  },
  /** Saves `iterations` new captures, then re-captures each of them (a merge). */
  async saveCaptures(iterations: number): Promise<{ insert: number[]; merge: number[] }> {
    const insert: number[] = [];
    const merge: number[] = [];
    for (let i = 0; i < iterations; i++)
      insert.push((await timed(() => saveCapturedProfile(snapshot(i)))).ms);
    for (let i = 0; i < iterations; i++)
      merge.push(
        (await timed(() => saveCapturedProfile({ ...snapshot(i), headline: `New headline ${i}` }))).ms,
      );
    return { insert, merge };
  },
};

(globalThis as unknown as { askwellBench: typeof bench }).askwellBench = bench;
export type StoreBench = typeof bench;
