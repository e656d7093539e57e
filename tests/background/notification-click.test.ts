import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleNotificationClick,
  type NotificationClickDeps,
  PENDING_PROSPECT_KEY,
  takePendingProspect,
} from '@/lib/background/notification-click';
import { notificationIdFor, SUMMARY_NOTIFICATION_ID } from '@/lib/background/reminder-engine';
import { NOW } from './fixtures';

function deps(overrides: Partial<NotificationClickDeps> = {}) {
  const openPanel = vi.fn<NotificationClickDeps['openPanel']>(async () => {});
  const sendMessage = vi.fn(async (_message: unknown): Promise<unknown> => undefined);
  const d: NotificationClickDeps = {
    openPanel,
    notifications: fakeBrowser.notifications,
    storage: fakeBrowser.storage.session,
    runtime: { sendMessage },
    now: () => NOW,
    ...overrides,
  };
  return { d, openPanel, sendMessage };
}

const pending = async () =>
  (await fakeBrowser.storage.session.get(PENDING_PROSPECT_KEY))[PENDING_PROSPECT_KEY];

describe('clicking a reminder notification', () => {
  it('opens the panel before anything else, while the click still counts as a gesture', async () => {
    const { d, openPanel } = deps();
    const id = notificationIdFor({ reminderId: 3, prospectId: 8 });
    const result = handleNotificationClick(id, d);
    // Synchronously, before the returned promise had any chance to run further.
    expect(openPanel).toHaveBeenCalledTimes(1);
    expect(await result).toEqual({ prospectId: 8, panelOpened: true, shown: false });
  });

  it('leaves the prospect for a panel that is still starting, and clears the notification', async () => {
    const { d } = deps();
    const id = notificationIdFor({ reminderId: 3, prospectId: 8 });
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: 'x', title: 't', message: 'm' });
    await handleNotificationClick(id, d);
    expect(await pending()).toEqual({ prospectId: 8, at: NOW });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('asks an open panel to show the prospect, and then leaves nothing pending', async () => {
    const sendMessage = vi.fn(async () => ({ shown: true }));
    const { d } = deps({ runtime: { sendMessage } });
    const result = await handleNotificationClick(notificationIdFor({ reminderId: 3, prospectId: 8 }), d);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'show-prospect', payload: { prospectId: 8 } });
    expect(result?.shown).toBe(true);
    expect(await pending()).toBeUndefined();
  });

  it('still remembers the prospect when the panel could not open', async () => {
    const { d } = deps({ openPanel: () => Promise.reject(new Error('no gesture')) });
    const result = await handleNotificationClick(notificationIdFor({ reminderId: 3, prospectId: 8 }), d);
    expect(result).toEqual({ prospectId: 8, panelOpened: false, shown: false });
    expect(await pending()).toEqual({ prospectId: 8, at: NOW });
  });

  it('opens the list for the summary notification, without a prospect', async () => {
    await fakeBrowser.storage.session.set({ [PENDING_PROSPECT_KEY]: { prospectId: 5, at: NOW - 1000 } });
    const { d, openPanel, sendMessage } = deps();
    const result = await handleNotificationClick(SUMMARY_NOTIFICATION_ID, d);
    expect(openPanel).toHaveBeenCalledTimes(1);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(result?.prospectId).toBeUndefined();
    expect(await pending()).toBeUndefined();
  });

  it('ignores notifications that are not Askwell reminders', () => {
    const { d, openPanel } = deps();
    expect(handleNotificationClick('someone-else:1:2', d)).toBeUndefined();
    expect(openPanel).not.toHaveBeenCalled();
  });
});

describe('the side panel picking up a clicked prospect', () => {
  it('gets it once', async () => {
    await fakeBrowser.storage.session.set({ [PENDING_PROSPECT_KEY]: { prospectId: 8, at: NOW } });
    expect(await takePendingProspect(fakeBrowser.storage.session, NOW + 500)).toBe(8);
    expect(await takePendingProspect(fakeBrowser.storage.session, NOW + 600)).toBeUndefined();
  });

  it('ignores a click from minutes ago', async () => {
    await fakeBrowser.storage.session.set({ [PENDING_PROSPECT_KEY]: { prospectId: 8, at: NOW } });
    expect(await takePendingProspect(fakeBrowser.storage.session, NOW + 10 * 60_000)).toBeUndefined();
    expect(await pending()).toBeUndefined();
  });

  it.each([[{ prospectId: '8', at: NOW }], [{ prospectId: 0, at: NOW }], [{ prospectId: 8 }], ['8']])(
    'ignores a malformed entry %j',
    async (value) => {
      await fakeBrowser.storage.session.set({ [PENDING_PROSPECT_KEY]: value });
      expect(await takePendingProspect(fakeBrowser.storage.session, NOW)).toBeUndefined();
    },
  );
});
