import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ANNOUNCED_KEY,
  type EngineDeps,
  MAX_NOTIFICATIONS_PER_SYNC,
  notificationIdFor,
  notificationText,
  parseNotificationId,
  REMINDER_ALARM,
  SUMMARY_NOTIFICATION_ID,
  safeName,
  syncReminders,
} from '@/lib/background/reminder-engine';
import { DAY, HOUR, memorySource, NOW, row } from './fixtures';

/** Fresh deps on every call, as after a service-worker restart: only the fake browser persists. */
function deps(source: EngineDeps['source'], now = NOW, extra: Partial<EngineDeps> = {}): EngineDeps {
  return {
    alarms: fakeBrowser.alarms,
    action: fakeBrowser.action,
    notifications: fakeBrowser.notifications,
    storage: fakeBrowser.storage.local,
    source,
    now: () => now,
    iconUrl: 'chrome-extension://test/icon/128.png',
    ...extra,
  };
}

async function shown(): Promise<Record<string, { title: string; message: string }>> {
  return (await fakeBrowser.notifications.getAll()) as unknown as Record<
    string,
    { title: string; message: string }
  >;
}

describe('the toolbar badge', () => {
  it('shows how many reminders are due, and nothing when none is', async () => {
    const { source, state } = memorySource([
      row(1, 'follow-up', NOW - DAY),
      row(2, 'thank-you', NOW - HOUR),
      row(3, 'report-back', NOW + HOUR),
    ]);
    expect((await syncReminders(deps(source))).due).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Askwell: 2 reminders due');

    state.rows = [row(3, 'report-back', NOW + HOUR)];
    await syncReminders(deps(source));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Askwell');
  });

  it('counts a snoozed reminder only once its snooze is over, and never a done one', async () => {
    const { source } = memorySource([
      row(1, 'follow-up', NOW - DAY, 'A', { snoozedUntil: NOW + DAY }),
      row(2, 'follow-up', NOW + DAY, 'B', { snoozedUntil: NOW - HOUR }),
      row(3, 'follow-up', NOW - DAY, 'C', { doneAt: NOW - HOUR }),
    ]);
    expect((await syncReminders(deps(source))).due).toBe(1);
  });
});

describe('the alarm', () => {
  it('is set for the next reminder to fall due, snoozes counted', async () => {
    const { source } = memorySource([
      row(1, 'follow-up', NOW - DAY),
      row(2, 'follow-up', NOW + 3 * DAY),
      row(3, 'thank-you', NOW + 5 * DAY, 'C', { snoozedUntil: NOW + 2 * HOUR }),
    ]);
    const result = await syncReminders(deps(source));
    expect(result.nextAlarmAt).toBe(NOW + 2 * HOUR);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 2 * HOUR);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('is re-created on every run, e.g. after the browser cleared alarms on restart', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW + DAY)]);
    await syncReminders(deps(source));
    await fakeBrowser.alarms.clearAll();
    await syncReminders(deps(source));
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + DAY);
  });

  it('is removed when nothing more will fall due', async () => {
    const { source, state } = memorySource([row(1, 'follow-up', NOW + DAY)]);
    await syncReminders(deps(source));
    state.rows = [row(1, 'follow-up', NOW - DAY)];
    expect((await syncReminders(deps(source))).nextAlarmAt).toBeUndefined();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});

describe('notifications', () => {
  it('shows one notification per newly due reminder, with the name and what to do', async () => {
    const { source } = memorySource([
      row(1, 'follow-up', NOW - HOUR, 'Ada Example'),
      row(2, 'thank-you', NOW - 2 * HOUR, 'Grace Sample'),
      row(3, 'report-back', NOW + HOUR, 'Not Yet'),
    ]);
    const result = await syncReminders(deps(source));
    expect(result.announced.sort()).toEqual([1, 2]);
    const all = await shown();
    expect(Object.keys(all).sort()).toEqual([
      notificationIdFor({ reminderId: 1, prospectId: 101 }),
      notificationIdFor({ reminderId: 2, prospectId: 102 }),
    ]);
    expect(all[notificationIdFor({ reminderId: 1, prospectId: 101 })]).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://test/icon/128.png',
      title: 'Follow-up due',
      message: 'A gentle follow-up to Ada Example is due. Open Askwell to draft it.',
    });
    expect(all[notificationIdFor({ reminderId: 2, prospectId: 102 })]?.title).toBe('Thank-you owed');
  });

  it('does not announce a reminder twice, even after the worker restarted', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    await syncReminders(deps(source));
    await fakeBrowser.notifications.clear(notificationIdFor({ reminderId: 1, prospectId: 101 }));
    // A restarted worker has nothing but storage: new deps, same storage.
    const again = await syncReminders(deps(source, NOW + 10 * 60_000));
    expect(again.announced).toEqual([]);
    expect(await shown()).toEqual({});
    expect((await fakeBrowser.storage.local.get(ANNOUNCED_KEY))[ANNOUNCED_KEY]).toEqual([`1@${NOW - HOUR}`]);
  });

  it('announces a snoozed reminder again when the snooze is over', async () => {
    const { source, state } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    await syncReminders(deps(source));
    state.rows = [row(1, 'follow-up', NOW - HOUR, 'Invented Person 1', { snoozedUntil: NOW + DAY })];
    expect((await syncReminders(deps(source, NOW + HOUR))).announced).toEqual([]);
    expect((await syncReminders(deps(source, NOW + DAY + 1))).announced).toEqual([1]);
  });

  it('announces a reminder when it falls due, not before', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW + HOUR)]);
    expect((await syncReminders(deps(source))).announced).toEqual([]);
    expect((await syncReminders(deps(source, NOW + HOUR))).announced).toEqual([1]);
  });

  it('shows none when notifications are off, and does not catch up on old ones when switched on', async () => {
    const { source, state } = memorySource([row(1, 'follow-up', NOW - HOUR)], false);
    const off = await syncReminders(deps(source));
    expect(off.notificationsShown).toBe(0);
    expect(await shown()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    state.notifications = true;
    state.rows.push(row(2, 'follow-up', NOW + HOUR));
    const on = await syncReminders(deps(source, NOW + 2 * HOUR));
    expect(on.announced).toEqual([2]);
  });

  it(`sums up when more than ${MAX_NOTIFICATIONS_PER_SYNC} fall due at once`, async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(i, 'follow-up', NOW - i * HOUR));
    const { source } = memorySource(rows);
    const result = await syncReminders(deps(source));
    expect(result.announced).toHaveLength(6);
    expect(result.notificationsShown).toBe(MAX_NOTIFICATIONS_PER_SYNC + 1);
    const all = await shown();
    // The most recently due ones individually, the rest in one line.
    expect(Object.keys(all).filter((id) => id !== SUMMARY_NOTIFICATION_ID)).toHaveLength(3);
    expect(Object.keys(all)).toContain(notificationIdFor({ reminderId: 1, prospectId: 101 }));
    expect(all[SUMMARY_NOTIFICATION_ID]?.message).toBe('3 more reminders are due. Open Askwell to see them.');
  });

  it('takes back notifications of reminders that were done or snoozed since', async () => {
    const { source, state } = memorySource([
      row(1, 'follow-up', NOW - HOUR),
      row(2, 'thank-you', NOW - HOUR),
    ]);
    await syncReminders(deps(source));
    state.rows = [row(2, 'thank-you', NOW - HOUR)];
    await syncReminders(deps(source, NOW + 60_000));
    expect(Object.keys(await shown())).toEqual([notificationIdFor({ reminderId: 2, prospectId: 102 })]);
    expect((await fakeBrowser.storage.local.get(ANNOUNCED_KEY))[ANNOUNCED_KEY]).toEqual([`2@${NOW - HOUR}`]);
  });

  it('keeps badge and alarm right when the system refuses notifications', async () => {
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR), row(2, 'follow-up', NOW + DAY)]);
    const refusing = {
      ...fakeBrowser.notifications,
      create: vi.fn(async () => Promise.reject(new Error('denied'))),
    };
    const result = await syncReminders(deps(source, NOW, { notifications: refusing }));
    expect(result).toMatchObject({ due: 1, nextAlarmAt: NOW + DAY, notificationsShown: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('starts afresh when its storage holds something unexpected', async () => {
    await fakeBrowser.storage.local.set({ [ANNOUNCED_KEY]: { not: 'a list' } });
    const { source } = memorySource([row(1, 'follow-up', NOW - HOUR)]);
    expect((await syncReminders(deps(source))).announced).toEqual([1]);
  });
});

describe('notification text', () => {
  it('shows only the kind and the person’s name, never a custom note', () => {
    const text = notificationText('custom', 'Ada Example');
    expect(text).toEqual({ title: 'Reminder due', message: 'A reminder about Ada Example is due.' });
  });

  it.each([
    ['Ada\nExample', 'Ada Example'],
    ['  Ada \t Example  ', 'Ada Example'],
    ['<b>Ada</b>', 'b Ada /b'],
    ['Ada\u202Eelpmaxe', 'Ada elpmaxe'],
    ['\u0000\u0007', 'someone you saved'],
    ['', 'someone you saved'],
  ])('makes the name %j safe plain text', (raw, safe) => {
    expect(safeName(raw)).toBe(safe);
  });

  it('cuts long names, without splitting a character', () => {
    const long = `Ada ${'Example'.repeat(10)}`;
    const cut = safeName(long);
    expect(Array.from(cut)).toHaveLength(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(safeName('😀'.repeat(50))).toBe(`${'😀'.repeat(39)}…`);
  });
});

describe('notification ids', () => {
  it('round-trips the reminder and the prospect', () => {
    const target = { reminderId: 12, prospectId: 34 };
    expect(parseNotificationId(notificationIdFor(target))).toEqual(target);
  });

  it.each([
    'askwell-reminder:0:3',
    'askwell-reminder:1:-3',
    'askwell-reminder:1',
    'askwell-reminder:1:2:x',
    'askwell-reminder:1:2:w3',
    'other-extension:1:2',
    'askwell-reminder:1:2 ',
    SUMMARY_NOTIFICATION_ID,
  ])('does not read %j as a reminder', (id) => {
    expect(parseNotificationId(id)).toBeUndefined();
  });
});
