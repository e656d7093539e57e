// Message gate: a web page and a content script cannot drive Askwell. Only Askwell's own pages get
// answers; forged senders and malformed payloads are dropped before any handler, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';

const PAGE_URL = 'https://www.linkedin.com/in/message-gate/';

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
    const popup = await ext.openExtensionPage('popup.html');
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
    expect(results).toHaveLength(8);
    // No handler ran: the control case above shows an accepted message is answered with a value.
    for (const r of results) expect(r).toMatch(/^(refused: |answered: undefined$)/);
    await popup.close();
  });

  it('left nothing changed: no database was created and no settings were written', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const state = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      settings: await chrome.storage.local.get('settings'),
      badge: await chrome.action.getBadgeText({}),
    }));
    expect(state.databases).not.toContain('askwell');
    expect(state.settings).toEqual({});
    expect(state.badge).toBe('');
    await page.close();
  });
});
