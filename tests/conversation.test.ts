import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  changeStatus,
  completeReminder,
  markSent,
  recordTouch,
  snoozeReminder,
  statusAfter,
} from '@/lib/conversation';
import { db } from '@/lib/db';
import { getProspect, saveCapturedProfile } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { listTouches } from '@/lib/db/touches';
import { saveSettings } from '@/lib/settings';
import { linkedInSnapshot, resetStore } from './db/helpers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);

const open = async (id: number) => (await listReminders(id)).filter((r) => r.doneAt === undefined);

let prospectId: number;
beforeEach(async () => {
  await resetStore();
  prospectId = (await saveCapturedProfile(linkedInSnapshot())).id!;
});

describe('marking a request as sent', () => {
  it('records the touch, moves the status to requested and schedules one follow-up a week later', async () => {
    const { prospect } = await markSent(
      prospectId,
      { kind: 'request', channel: 'connection-note', text: 'Hi Ada' },
      T0,
    );
    expect(prospect.status).toBe('requested');
    expect(prospect.lastTouchAt).toBe(T0);
    expect(prospect.nextFollowUpAt).toBe(T0 + 7 * DAY);
    const touches = await listTouches(prospectId);
    expect(touches).toMatchObject([
      { kind: 'request-sent', channel: 'connection-note', text: 'Hi Ada', at: T0 },
    ]);
    expect(await open(prospectId)).toMatchObject([{ kind: 'follow-up', dueAt: T0 + 7 * DAY }]);
  });

  it('follows the cadence the user set', async () => {
    await saveSettings({ cadence: { firstFollowUpDays: 10, secondFollowUpDays: 5, reportBackDays: 20 } });
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    expect(await open(prospectId)).toMatchObject([{ kind: 'follow-up', dueAt: T0 + 10 * DAY }]);
  });

  it('tells the background to refresh its alarm and badge', async () => {
    const heard = vi.fn(() => undefined);
    fakeBrowser.runtime.onMessage.addListener(heard);
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    expect(heard).toHaveBeenCalledWith({ type: 'reminders-changed', payload: {} }, expect.anything());
  });
});

describe('the follow-up rhythm', () => {
  it('plans a second follow-up after the first one is done, and then suggests closing, not chasing', async () => {
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    const [first] = await open(prospectId);
    await completeReminder(first!.id!, T0 + 7 * DAY);
    expect(await open(prospectId)).toMatchObject([{ kind: 'follow-up', dueAt: T0 + 14 * DAY }]);
    const [second] = await open(prospectId);
    const { suggestion } = await markSent(
      prospectId,
      { kind: 'follow-up', channel: 'message', text: 'Gentle nudge' },
      T0 + 14 * DAY,
    );
    expect(await open(prospectId)).toEqual([]);
    expect((await db.reminders.get(second!.id!))?.doneAt).toBe(T0 + 14 * DAY);
    expect(suggestion).toMatchObject({ kind: 'close-as-no-reply', status: 'no-reply' });
    expect((await getProspect(prospectId))?.nextFollowUpAt).toBeUndefined();
  });

  it('stops the follow-ups when they reply', async () => {
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    const { prospect } = await recordTouch(prospectId, { kind: 'reply', at: T0 + 2 * DAY, text: 'Sure!' });
    expect(prospect.status).toBe('replied');
    expect(prospect.nextFollowUpAt).toBeUndefined();
    expect(await open(prospectId)).toEqual([]);
  });

  it('owes a thank-you within a day of a meeting and a report-back four weeks later', async () => {
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    await recordTouch(prospectId, { kind: 'reply', at: T0 + DAY });
    const { prospect } = await recordTouch(prospectId, { kind: 'meeting', at: T0 + 5 * DAY });
    expect(prospect.status).toBe('mentoring');
    expect((await open(prospectId)).map((r) => [r.kind, r.dueAt])).toEqual([
      ['thank-you', T0 + 6 * DAY],
      ['report-back', T0 + 33 * DAY],
    ]);
    await markSent(prospectId, { kind: 'thank-you', channel: 'message', text: 'Thank you' }, T0 + 5.5 * DAY);
    expect((await open(prospectId)).map((r) => r.kind)).toEqual(['report-back']);
  });

  it('gives a declined prospect no further reminders', async () => {
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    await changeStatus(prospectId, 'declined');
    expect(await open(prospectId)).toEqual([]);
    expect((await getProspect(prospectId))?.nextFollowUpAt).toBeUndefined();
  });

  it('moves a snoozed reminder and the prospect’s next follow-up with it', async () => {
    await markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0);
    const [r] = await open(prospectId);
    await snoozeReminder(r!.id!, T0 + 9 * DAY, T0 + 7 * DAY);
    expect((await getProspect(prospectId))?.nextFollowUpAt).toBe(T0 + 9 * DAY);
    await expect(snoozeReminder(r!.id!, T0, T0 + 7 * DAY)).rejects.toThrow(/future/);
  });
});

describe('nothing half-written', () => {
  it('keeps the store unchanged when a step of the write fails', async () => {
    const spy = vi.spyOn(db.reminders, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      markSent(prospectId, { kind: 'request', channel: 'message', text: 'Hi' }, T0),
    ).rejects.toThrow();
    spy.mockRestore();
    expect(await listTouches(prospectId)).toEqual([]);
    expect((await getProspect(prospectId))?.status).toBe('saved');
  });

  it('says plainly when the prospect is gone', async () => {
    await expect(recordTouch(9999, { kind: 'reply' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('status after a touch', () => {
  it.each([
    ['saved', 'request-sent', 'requested'],
    ['requested', 'follow-up-sent', 'requested'],
    ['requested', 'reply', 'replied'],
    ['mentoring', 'reply', 'mentoring'],
    ['accepted', 'meeting', 'mentoring'],
    ['mentoring', 'request-sent', 'mentoring'],
    ['replied', 'note', 'replied'],
  ] as const)('%s + %s -> %s', (from, kind, to) => {
    expect(statusAfter(from, kind)).toBe(to);
  });
});
