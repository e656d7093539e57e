import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PENDING_PROSPECT_KEY } from '@/lib/background/notification-click';
import { notificationIdFor, REMINDER_ALARM, SUMMARY_NOTIFICATION_ID } from '@/lib/background/reminder-engine';
import { type BackgroundApis, startBackground, WINDOW_ID_CURRENT } from '@/lib/background/start';
import { DAY, HOUR, memorySource, NOW, row } from './fixtures';

const fromSidePanel = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`,
};
const fromWebPage = { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/someone/' };

function clock(start = NOW) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('starting the background', () => {
  it('takes the extension’s own browser object, syncs at once and sets the badge', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR), row(2, 'thank-you', NOW + DAY)]);
    const apis: BackgroundApis = browser;
    const bg = startBackground(apis, source, { now: () => NOW });
    expect((await bg.started)?.due).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + DAY);
    bg.stop();
  });

  it('listens before returning, so the event that woke the worker is not missed', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    const open = vi.fn(async (_options: { windowId: number }) => {});
    const bg = startBackground({ ...fakeBrowser, sidePanel: { open } }, source, { now: () => NOW });
    // No await in between: the click that woke the worker arrives right after the start.
    void fakeBrowser.notifications.onClicked.trigger(notificationIdFor({ reminderId: 1, prospectId: 101 }));
    expect(open).toHaveBeenCalledWith({ windowId: WINDOW_ID_CURRENT });
    const answers = fakeBrowser.runtime.onMessage.trigger(
      { type: 'reminders-changed', payload: {} },
      fromSidePanel,
    );
    expect(await (await answers).find(Boolean)).toEqual({ due: 1 });
    await bg.started;
    bg.stop();
  });

  it('re-plans on the alarm: the badge goes up when the next reminder falls due', async () => {
    const c = clock();
    const { source } = memorySource([row(1, 'follow-up', NOW + 2 * HOUR, 'Ada Example')]);
    const bg = startBackground(browser, source, { now: c.now });
    await bg.started;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    c.t = NOW + 2 * HOUR;
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: c.t });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
        notificationIdFor({ reminderId: 1, prospectId: 101 }),
      ]),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    bg.stop();
  });

  it('ignores alarms that are not its own', async () => {
    const { source, state } = memorySource([]);
    const bg = startBackground(browser, source, { now: () => NOW });
    await bg.started;
    const loads = state.loads;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-elses-alarm', scheduledTime: NOW });
    expect(state.loads).toBe(loads);
    bg.stop();
  });

  it('answers "reminders-changed" from its own pages with the new due count', async () => {
    const { source, state } = memorySource([]);
    const bg = startBackground(browser, source, { now: () => NOW });
    await bg.started;
    state.rows = [row(1, 'follow-up', NOW - HOUR), row(2, 'follow-up', NOW - DAY)];
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'reminders-changed', payload: {} },
      fromSidePanel,
    );
    expect(await answers.find(Boolean)).toEqual({ due: 2 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    bg.stop();
  });

  it('does not let a web page trigger a sync', async () => {
    const { source, state } = memorySource([]);
    const bg = startBackground(browser, source, { now: () => NOW });
    await bg.started;
    const loads = state.loads;
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'reminders-changed', payload: {} },
      fromWebPage,
    );
    expect(answers.filter(Boolean)).toEqual([]);
    expect(state.loads).toBe(loads);
    bg.stop();
  });

  it('a restarted worker re-creates the alarm but does not notify again', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR), row(2, 'report-back', NOW + DAY)]);
    const first = startBackground(browser, source, { now: () => NOW });
    expect((await first.started)?.announced).toEqual([1]);
    first.stop();
    // The browser restarted: alarms gone, notification dismissed; storage stays.
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.notifications.clear(notificationIdFor({ reminderId: 1, prospectId: 101 }));

    const second = startBackground(browser, source, { now: () => NOW + HOUR });
    expect((await second.started)?.announced).toEqual([]);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    second.stop();
  });

  it('runs overlapping syncs one after the other', async () => {
    const order: string[] = [];
    let running = 0;
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    const exclusive = async <T>(task: () => Promise<T>): Promise<T> => {
      order.push('wait');
      while (running > 0) await new Promise((r) => setTimeout(r, 1));
      running++;
      try {
        return await task();
      } finally {
        running--;
      }
    };
    const bg = startBackground(browser, source, { now: () => NOW, exclusive });
    const results = await Promise.all([bg.started, bg.sync(), bg.sync()]);
    // Exactly one of the three runs announced the reminder.
    expect(results.map((r) => r?.announced.length)).toEqual([1, 0, 0]);
    expect(order).toHaveLength(3);
    bg.stop();
  });

  it('reports a failing store without the error itself, and keeps running', async () => {
    const onError = vi.fn();
    const failing = {
      loadOpenReminders: () => Promise.reject(new Error('Ada Example could not be read')),
      notificationsEnabled: async () => true,
    };
    const bg = startBackground(browser, failing, { now: () => NOW, onError });
    expect(await bg.started).toBeUndefined();
    expect(onError).toHaveBeenCalledWith('sync');
    bg.stop();
  });

  it('stops listening when stopped', async () => {
    const { source, state } = memorySource([]);
    const bg = startBackground(browser, source, { now: () => NOW });
    await bg.started;
    bg.stop();
    const loads = state.loads;
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'reminders-changed', payload: {} }, fromSidePanel);
    expect(state.loads).toBe(loads);
  });
});

describe('clicking a notification', () => {
  it('opens the side panel within the click, on that prospect', async () => {
    const open = vi.fn(async (_options: { windowId: number }) => {});
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    const bg = startBackground({ ...fakeBrowser, sidePanel: { open } }, source, { now: () => NOW });
    await bg.started;
    const id = notificationIdFor({ reminderId: 1, prospectId: 101 });
    const triggered = fakeBrowser.notifications.onClicked.trigger(id);
    expect(open).toHaveBeenCalledWith({ windowId: WINDOW_ID_CURRENT });
    await triggered;
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(PENDING_PROSPECT_KEY))[PENDING_PROSPECT_KEY]).toEqual({
        prospectId: 101,
        at: NOW,
      }),
    );
    bg.stop();
  });

  it('opens the list in the current window for the summary notification', async () => {
    const open = vi.fn(async (_options: { windowId: number }) => {});
    const { source } = memorySource([]);
    const bg = startBackground({ ...fakeBrowser, sidePanel: { open } }, source, { now: () => NOW });
    await bg.started;
    const handled = bg.onNotificationClicked(SUMMARY_NOTIFICATION_ID);
    expect(open).toHaveBeenCalledWith({ windowId: WINDOW_ID_CURRENT });
    expect((await handled)?.panelOpened).toBe(true);
    bg.stop();
  });

  it('tries the last focused window when Chrome refuses the current one', async () => {
    const open = vi.fn(async ({ windowId }: { windowId: number }) => {
      if (windowId === WINDOW_ID_CURRENT) throw new Error('No current window');
    });
    const windows = { getLastFocused: async () => ({ id: 9 }) };
    const { source } = memorySource([]);
    const bg = startBackground({ ...fakeBrowser, sidePanel: { open }, windows }, source, { now: () => NOW });
    await bg.started;
    const result = await bg.onNotificationClicked(SUMMARY_NOTIFICATION_ID);
    expect(open).toHaveBeenLastCalledWith({ windowId: 9 });
    expect(result?.panelOpened).toBe(true);
    bg.stop();
  });

  it('opens Firefox’s sidebar where there is no side panel', async () => {
    const sidebarOpen = vi.fn(async () => {});
    const { source } = memorySource([]);
    const bg = startBackground({ ...fakeBrowser, sidebarAction: { open: sidebarOpen } }, source, {
      now: () => NOW,
    });
    await bg.started;
    const handled = bg.onNotificationClicked(notificationIdFor({ reminderId: 1, prospectId: 5 }));
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    expect((await handled)?.prospectId).toBe(5);
    bg.stop();
  });
});
