import { beforeEach, describe, expect, it } from 'vitest';
import { readOpenReminders, storeReminderSource } from '@/lib/background/source';
import { markSent, recordTouch } from '@/lib/conversation';
import { saveCapturedProfile } from '@/lib/db/prospects';
import { addReminder, completeReminder } from '@/lib/db/reminders';
import { saveSettings } from '@/lib/settings';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from '../db/helpers';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;

describe('the background’s read-only view of the store', () => {
  beforeEach(resetStore);

  it('reads the open reminders, soonest first, with the name of each person, and nothing done', async () => {
    const ada = (await saveCapturedProfile(linkedInSnapshot())).id!;
    const rui = (await saveCapturedProfile(gitHubSnapshot())).id!;
    await markSent(ada, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    const custom = await addReminder({
      prospectId: rui,
      kind: 'custom',
      dueAt: T0 + DAY,
      note: 'Ask about talk',
    });
    const done = await addReminder({ prospectId: rui, kind: 'custom', dueAt: T0 });
    await completeReminder(done.id!, T0);

    const open = await readOpenReminders();
    expect(open.map((o) => [o.prospectName, o.reminder.kind, o.reminder.dueAt])).toEqual([
      ['Rui Tanaka', 'custom', T0 + DAY],
      ['Ada Okafor', 'follow-up', T0 + 7 * DAY],
    ]);
    expect(open[0]?.reminder.id).toBe(custom.id);
  });

  it('sees a reply take the follow-up away', async () => {
    const ada = (await saveCapturedProfile(linkedInSnapshot())).id!;
    await markSent(ada, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    await recordTouch(ada, { kind: 'reply', at: T0 + DAY });
    expect(await readOpenReminders()).toEqual([]);
  });

  it('never creates the database when nothing was ever saved', async () => {
    const name = `askwell-absent-${Math.random()}`;
    expect(await readOpenReminders(indexedDB, name)).toEqual([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('follows the notifications setting', async () => {
    await saveSettings({ notifications: false });
    expect(await storeReminderSource.notificationsEnabled()).toBe(false);
    await saveSettings({ notifications: true });
    expect(await storeReminderSource.notificationsEnabled()).toBe(true);
  });
});
