// The background's reminder engine across service-worker restarts, in Chromium: a worker that was
// stopped is woken by its alarm, sets the badge, and re-creates its alarm on every start.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, SidePanelPage } from './harness';
import { invented } from './sidepanel-data';

const ALARM = 'askwell-next-reminder';

describe('the background after its service worker was stopped', () => {
  let ext: Extension;
  let page: Page;
  let panel: SidePanelPage;

  const badge = () => page.evaluate(() => chrome.action.getBadgeText({}));
  const alarm = () =>
    page.evaluate(async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null, ALARM);
  const workersRunning = () =>
    page.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length);
  /** Stops every service worker of the extension, as Chrome does when one is idle. */
  const stopWorker = async () => {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await expect.poll(workersRunning, { timeout: 10_000 }).toBe(0);
  };
  /** A prospect with one open follow-up due at `dueAt`, written straight into the store. */
  const seedReminder = async (id: number, dueAt: number) => {
    const now = Date.now();
    await panel.seed(
      {
        prospects: [
          invented(id, { fullName: `Leila Haddad ${id}`, status: 'requested', nextFollowUpAt: dueAt }, now),
        ],
        reminders: [{ id, prospectId: id, kind: 'follow-up', dueAt, openDueAt: dueAt }],
      },
      { reload: false },
    );
  };

  beforeAll(async () => {
    ext = await launchExtension();
    panel = await SidePanelPage.open(ext);
    page = await ext.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('fires the due alarm in a stopped worker, which starts again and sets the badge', async () => {
    const dueAt = Date.now() + 6000;
    await seedReminder(1, dueAt);
    // What any page does after a write: the worker plans its alarm for the next reminder.
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'reminders-changed', payload: {} }),
    );
    expect(answer).toEqual({ due: 0 });
    expect(await alarm()).toBe(dueAt);
    expect(await badge()).toBe('');

    await stopWorker();
    // Nothing but the alarm can start the worker now; the badge changes only if it ran.
    await expect.poll(badge, { timeout: 20_000, interval: 250 }).toBe('1');
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
    expect(await workersRunning()).toBe(1);
    // Nothing else is due: no alarm is left armed.
    expect(await alarm()).toBeNull();
  });

  it('re-creates its alarm on every start, even when the browser lost it', async () => {
    const dueAt = Date.now() + 60 * 60 * 1000;
    await seedReminder(2, dueAt);
    await stopWorker();
    await page.evaluate(() => chrome.alarms.clearAll());
    expect(await alarm()).toBeNull();
    // Any event starts the worker; a message of no known type is ignored, but the start re-plans.
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'ping', payload: {} }).catch(() => undefined),
    );
    await expect.poll(alarm, { timeout: 10_000 }).toBe(dueAt);
    expect(await badge()).toBe('1');
  });

  it('sends no request to any host', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
