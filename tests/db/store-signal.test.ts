// A write the popup makes without Dexie reaches the side panel's live queries only through the
// `store-changed` signal: without it they keep showing the old rows.
import { liveQuery } from 'dexie';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import * as light from '@/lib/db/light';
import { saveCapturedProfile } from '@/lib/db/prospects';
import { signalStoreChanged } from '@/lib/db/store-signal';
import type { Prospect } from '@/lib/db/types';
import { followPopupWrites } from '@/lib/sidepanel/panel-messages';
import { watchProspectChanges } from '@/lib/sidepanel/prospect-index';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from './helpers';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Every list a live query over `query` has shown, newest last. */
function follow(query: () => Promise<Prospect[]>) {
  const shown: string[][] = [];
  const subscription = liveQuery(query).subscribe((rows) => shown.push(rows.map((p) => p.fullName)));
  return { shown, stop: () => subscription.unsubscribe() };
}

beforeEach(async () => {
  await resetStore();
  await saveCapturedProfile(linkedInSnapshot());
});
afterAll(() => light.closeLightStore());

describe('a popup write seen by the side panel', () => {
  it('refreshes live queries over the table and its indexes once signalled, and not before', async () => {
    const all = follow(() => db.prospects.toArray());
    const saved = follow(() => db.prospects.where('status').equals('saved').toArray());
    await vi.waitFor(() => expect([all.shown, saved.shown]).toEqual([[['Ada Okafor']], [['Ada Okafor']]]));

    await light.saveCapturedProfile(gitHubSnapshot());
    await settle();
    // Dexie did not see the write: the page still shows the old list.
    expect([all.shown, saved.shown]).toEqual([[['Ada Okafor']], [['Ada Okafor']]]);

    signalStoreChanged(['prospects']);
    await vi.waitFor(() => expect(all.shown.at(-1)).toEqual(['Ada Okafor', 'Rui Tanaka']));
    await vi.waitFor(() => expect(saved.shown.at(-1)).toEqual(['Ada Okafor', 'Rui Tanaka']));
    all.stop();
    saved.stop();
  });

  it('leaves live queries over other tables alone', async () => {
    const prospects = follow(() => db.prospects.toArray());
    let draftReads = 0;
    const drafts = liveQuery(() => db.drafts.toArray()).subscribe(() => {
      draftReads += 1;
    });
    await vi.waitFor(() => expect(draftReads).toBe(1));
    await light.saveCapturedProfile(gitHubSnapshot());
    signalStoreChanged(['prospects']);
    await vi.waitFor(() => expect(prospects.shown).toHaveLength(2));
    await settle();
    expect(draftReads).toBe(1);
    prospects.stop();
    drafts.unsubscribe();
  });

  it('tells the prospect list’s change watcher that prospects changed', async () => {
    const heard: unknown[] = [];
    const unwatch = watchProspectChanges((ranges) => heard.push(ranges));
    signalStoreChanged(['touches']);
    expect(heard).toEqual([]);
    signalStoreChanged(['prospects']);
    expect(heard).toEqual([[{ from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY }]]);
    unwatch();
  });

  it('is signalled by the popup’s message, and only by one from Askwell’s own pages', async () => {
    const prospects = follow(() => db.prospects.toArray());
    await vi.waitFor(() => expect(prospects.shown).toHaveLength(1));
    const stop = followPopupWrites();
    await light.saveCapturedProfile(gitHubSnapshot());
    const message = { type: 'store-changed', payload: { tables: ['prospects'] } };
    const runtime = fakeBrowser.runtime;
    await runtime.onMessage.trigger(message, { id: runtime.id, url: 'https://www.linkedin.com/in/x/' });
    await settle();
    expect(prospects.shown).toHaveLength(1);
    const answers = await runtime.onMessage.trigger(message, {
      id: runtime.id,
      url: runtime.getURL('/popup.html'),
    });
    expect(answers).toContainEqual({ refreshed: true });
    await vi.waitFor(() => expect(prospects.shown.at(-1)).toEqual(['Ada Okafor', 'Rui Tanaka']));
    stop();
    prospects.stop();
  });
});
