// Message gate: a web page and a content script cannot drive Askwell. Only Askwell's own pages get
// answers; forged senders and malformed payloads are dropped before any handler, and nothing changes.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';

const PAGE_URL = 'https://www.linkedin.com/in/message-gate/';

/** What a privileged operation would change: every record, the settings, the badge. */
function storeState(page: Page) {
  return page.evaluate(async () => {
    const records: Record<string, number> = {};
    if ((await indexedDB.databases()).some((d) => d.name === 'askwell')) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('askwell');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of database.objectStoreNames) {
        const tx = database.transaction(name, 'readonly');
        records[name] = await new Promise<number>((resolve) => {
          const req = tx.objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
        });
      }
      database.close();
    }
    return {
      records,
      storage: await chrome.storage.local.get(null),
      badge: await chrome.action.getBadgeText({}),
    };
  });
}

describe('messages from outside Askwell’s own pages', () => {
  let ext: Extension;
  let tabId: number;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.serve(`${PAGE_URL}**`, '<!doctype html><title>Gate</title><h1>Gate</h1>');
    ({ tabId } = await ext.openTab(PAGE_URL));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('answers a well-formed message from an extension page (the control case)', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'reminders-changed', payload: {} }),
    );
    expect(answer).toEqual({ due: 0 });
    // The drafting engine answers the pages too: a lint report with its findings explained.
    const report = (await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'draft-lint',
        payload: { text: 'Hi, could I pick your brain?', context: { channel: 'message' } },
      }),
    )) as { findings: { rule: string; title: string }[] };
    expect(report.findings.map((f) => f.rule)).toContain('pick-your-brain');
    await page.close();
  });

  it('gives a web page no way to message the extension', async () => {
    const [page] = ext.context.pages().filter((p) => p.url().startsWith(PAGE_URL));
    const reachable = await page!.evaluate(
      () =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
    );
    expect(reachable).toBe('undefined');
  });

  it('drops the same message, and forged or malformed ones, when a content script sends them', async () => {
    // The side panel opens (and on first run creates) the store as it starts; compare from there.
    const panel = await ext.openExtensionPage('sidepanel.html');
    await expect.poll(async () => Object.keys((await storeState(panel)).records).length).toBe(4);
    await panel.close();
    const popup = await ext.openExtensionPage('popup.html');
    const before = await storeState(popup);
    const results = await popup.evaluate(async (id) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: async () => {
          const attempts: unknown[] = [
            { type: 'reminders-changed', payload: {} },
            { type: 'show-prospect', payload: { prospectId: 1 } },
            { type: 'show-prospect', payload: { prospectId: '1; drop' } },
            { type: 'delete-prospect', payload: { prospectId: 1 } },
            { type: 'import', payload: { text: '{}' } },
            { type: 'save-settings', payload: { notifications: false } },
            { type: '__proto__', payload: {} },
            // Well-formed requests of the pages' own protocol: a content script gets no answer.
            {
              type: 'draft-lint',
              payload: { text: 'Hi, could I pick your brain?', context: { channel: 'message' } },
            },
            { type: 'store-changed', payload: { tables: ['prospects'] } },
            'reminders-changed',
          ];
          const out: string[] = [];
          for (const message of attempts) {
            try {
              const answer = await chrome.runtime.sendMessage(message);
              out.push(`answered: ${JSON.stringify(answer)}`);
            } catch (error) {
              out.push(`refused: ${String(error).slice(0, 60)}`);
            }
          }
          return out;
        },
      });
      return frame?.result as string[];
    }, tabId);
    expect(results).toHaveLength(10);
    // No handler ran: the control case above shows an accepted message is answered with a value.
    for (const r of results) expect(r).toMatch(/^(refused: |answered: undefined$)/);
    // Nothing changed: the same records, settings and badge as before the attempts.
    expect(await storeState(popup)).toEqual(before);
    await popup.close();
  });
});
