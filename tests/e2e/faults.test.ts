// Fault gate: storage full during a save or an import, the service worker stopped in the middle of
// a flow, two pages editing one prospect, an import cut off half-way, and an old page in the way
// of a schema upgrade. Each ends with a clear message and no lost or half-written record.
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, PopupPage, SidePanelPage, type StoreSnapshot } from './harness';
import { MAYA, profilePage, profileUrlOf } from './popup-pages';
import { invented, smallList } from './sidepanel-data';

const NOW = Date.now();

async function readStore(ext: Extension): Promise<StoreSnapshot> {
  const page = await ext.openExtensionPage('popup.html');
  try {
    return await new PopupPage(page, ext).readStore();
  } finally {
    await page.close();
  }
}

/** Limits this extension's storage to `bytes` (DevTools protocol), as a full disk would; undefined lifts it. */
async function limitQuota(ext: Extension, page: Page, bytes: number | undefined): Promise<CDPSession> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: `chrome-extension://${ext.id}`,
    ...(bytes === undefined ? {} : { quotaSize: bytes }),
  });
  return cdp;
}

/** Text that does not compress (the store compresses what it writes), `length` characters long. */
function noise(length: number, seed: number): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x.toString(36);
  }
  return out.slice(0, length);
}

/** A JSON backup of `n` invented prospects, each about 2 KB. */
function bigBackup(n: number): string {
  const prospects = Array.from({ length: n }, (_, i) =>
    invented(i + 1, { fullName: `Imported Person ${i + 1}`, about: noise(2000, i + 1) }, NOW),
  );
  return JSON.stringify({
    format: 'askwell-backup',
    version: 1,
    exportedAt: NOW,
    prospects,
    touches: [],
    drafts: [],
    reminders: [],
  });
}

describe('faults', () => {
  let ext: Extension;
  beforeEach(async () => {
    ext = await launchExtension();
    await ext.serve(`${profileUrlOf(MAYA)}**`, profilePage(MAYA));
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('storage full during a save: says so plainly and saves nothing', async () => {
    const { tabId } = await ext.openTab(profileUrlOf(MAYA));
    const popup = await PopupPage.open(ext, tabId);
    await popup.nameHeading(MAYA.fullName).waitFor();
    const cdp = await limitQuota(ext, popup.page, 1);
    await popup.button('Save prospect').click();
    await popup.page.getByText(/no more room for Askwell/).waitFor();
    await limitQuota(ext, popup.page, undefined);
    await cdp.detach();
    expect((await readStore(ext)).prospects).toEqual([]);
  });

  it('storage full during an import: says so plainly and imports nothing', async () => {
    // Chromium holds a quota override only for storage it had not opened yet: limit it first.
    const blank = await ext.openExtensionPage('icon/16.png');
    const cdp = await limitQuota(ext, blank, 1);
    const panel = await SidePanelPage.open(ext);
    const before = await readStore(ext);
    await panel.pickImport('backup.json', bigBackup(400));
    await panel.importDialog.getByRole('button', { name: 'Confirm' }).click();
    await panel.page.getByText(/no more room for Askwell/).waitFor();
    await limitQuota(ext, blank, undefined);
    await cdp.detach();
    expect(await readStore(ext)).toEqual(before);
  });

  it('an import cut off half-way (the page closed) writes nothing', async () => {
    const panel = await SidePanelPage.open(ext);
    await panel.seed(smallList(NOW));
    const before = await readStore(ext);
    await panel.pickImport('backup.json', bigBackup(3000));
    await panel.importDialog.getByRole('button', { name: 'Confirm' }).click();
    await panel.page.getByText('Writing…').waitFor();
    await panel.page.close();
    const after = await readStore(ext);
    expect(after.prospects).toHaveLength(before.prospects.length);
    expect(after).toEqual(before);
  });

  it('the service worker stopped in the middle of a flow: the write is whole and the badge catches up', async () => {
    const panel = await SidePanelPage.open(ext);
    await panel.seed(smallList(NOW));
    const badge = () => panel.page.evaluate(() => chrome.action.getBadgeText({}));
    // Ada's follow-up is overdue: once the worker has read the store, the badge counts it.
    await panel.page.evaluate(() => chrome.runtime.sendMessage({ type: 'reminders-changed', payload: {} }));
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');

    const cdp = await ext.context.newCDPSession(panel.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await panel.openProspect('Ada Okafor');
    await panel.addToTimeline('Reply received', 'Happy to help');
    await panel.page
      .getByText(/Reply received/)
      .first()
      .waitFor();

    const store = await readStore(ext);
    const ada = store.prospects.find((p) => p.fullName === 'Ada Okafor');
    expect(ada?.status).toBe('replied');
    expect(store.touches.filter((t) => t.prospectId === ada?.id && t.kind === 'reply')).toHaveLength(1);
    expect(store.reminders.filter((r) => r.prospectId === ada?.id && r.doneAt === undefined)).toEqual([]);
    // The page's message woke the stopped worker, which re-read the store: nothing is due now.
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
  });

  it('two pages editing one prospect: both edits are kept', async () => {
    const a = await SidePanelPage.open(ext);
    await a.seed(smallList(NOW));
    const b = await SidePanelPage.open(ext);
    await a.openProspect('Ada Okafor');
    await b.openProspect('Ada Okafor');
    const notesA = a.page.getByRole('textbox', { name: 'Notes', exact: true });
    const tagsB = b.page.getByRole('textbox', { name: 'Tags', exact: true });
    await notesA.fill('Edited in page A');
    await tagsB.fill('storage, edited-in-b');
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await b.page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () => {
        const ada = (await readStore(ext)).prospects.find((p) => p.fullName === 'Ada Okafor');
        return [ada?.notes, ada?.tags];
      })
      .toEqual(['Edited in page A', ['storage', 'edited-in-b']]);
  });

  it('an old open page in the way of a schema upgrade: the upgrade goes on and the old page asks to reload', async () => {
    const panel = await SidePanelPage.open(ext);
    await panel.seed(smallList(NOW));
    const upgrader = await ext.openExtensionPage('popup.html');
    // A newer Askwell opening the store at a higher version, as an update would.
    const opened = await upgrader.evaluate(async () => {
      const current = await new Promise<number>((resolve) => {
        const req = indexedDB.open('askwell');
        req.onsuccess = () => {
          const v = req.result.version;
          req.result.close();
          resolve(v);
        };
      });
      return new Promise<string>((resolve) => {
        const req = indexedDB.open('askwell', current + 10);
        req.onblocked = () => resolve('blocked');
        req.onsuccess = () => {
          req.result.close();
          resolve('upgraded');
        };
        req.onerror = () => resolve('error');
      });
    });
    expect(opened).toBe('upgraded');
    await panel.page.getByText(/Askwell was updated in another window\. Reload this page/).waitFor();
    await upgrader.close();
    expect((await readStore(ext)).prospects).toHaveLength(smallList(NOW).prospects.length);
  });
});
