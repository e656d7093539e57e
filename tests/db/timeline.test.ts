import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, inTransaction } from '@/lib/db';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '@/lib/db/drafts';
import { getProspect, saveCapturedProfile, setStatus } from '@/lib/db/prospects';
import {
  addReminder,
  completeReminder,
  deleteReminder,
  listDueFollowUps,
  listReminders,
  nextReminderDueAt,
  replaceReminders,
  rescheduleReminder,
  snoozeReminder,
} from '@/lib/db/reminders';
import { addTouch, deleteTouch, listTouches } from '@/lib/db/touches';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from './helpers';

beforeEach(resetStore);
afterEach(() => vi.useRealTimers());

const DAY = 86_400_000;

async function ada() {
  return (await saveCapturedProfile(linkedInSnapshot())).id!;
}

describe('the timeline of touches', () => {
  it('lists touches oldest first and keeps the last-touch time of the prospect', async () => {
    const id = await ada();
    await addTouch({ prospectId: id, kind: 'reply', at: 300, text: 'Happy to help!' });
    await addTouch({ prospectId: id, kind: 'request-sent', channel: 'connection-note', at: 100 });
    expect((await listTouches(id)).map((t) => t.kind)).toEqual(['request-sent', 'reply']);
    expect((await getProspect(id))?.lastTouchAt).toBe(300);
  });

  it('recomputes the last touch when one recorded by mistake is removed', async () => {
    const id = await ada();
    await addTouch({ prospectId: id, kind: 'request-sent', at: 100 });
    const { touch } = await addTouch({ prospectId: id, kind: 'reply', at: 300 });
    await deleteTouch(touch.id!);
    expect((await getProspect(id))?.lastTouchAt).toBe(100);
    const [only] = await listTouches(id);
    await deleteTouch(only!.id!);
    expect((await getProspect(id))?.lastTouchAt).toBeUndefined();
  });

  it('"mark as sent" records the touch, the status and the follow-up reminder together', async () => {
    const id = await ada();
    const { prospect } = await addTouch(
      { prospectId: id, kind: 'request-sent', channel: 'connection-note', at: 1000 },
      { status: 'requested', reminders: [{ kind: 'follow-up', dueAt: 1000 + 7 * DAY }] },
    );
    expect(prospect).toMatchObject({
      status: 'requested',
      lastTouchAt: 1000,
      nextFollowUpAt: 1000 + 7 * DAY,
    });
    expect(await getProspect(id)).toEqual(prospect);
    expect(await listReminders(id)).toMatchObject([
      { kind: 'follow-up', dueAt: 1000 + 7 * DAY, prospectId: id },
    ]);
  });

  it('refuses a touch for a prospect that is gone, writing nothing', async () => {
    await expect(addTouch({ prospectId: 42, kind: 'note', at: 1 })).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await db.touches.count()).toBe(0);
  });
});

describe('drafts', () => {
  it('saves a new draft, then updates it in place keeping its creation time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    const id = await ada();
    const draft = await saveDraft({
      prospectId: id,
      channel: 'connection-note',
      kind: 'request',
      text: 'Hi Ada',
      score: 70,
    });
    vi.setSystemTime(2000);
    const edited = await saveDraft({ ...draft, text: 'Hi Ada, a short question', score: 85 });
    expect(edited).toEqual({ ...draft, text: 'Hi Ada, a short question', score: 85, updatedAt: 2000 });
    expect(await listDrafts(id)).toEqual([edited]);
    expect(await getDraft(draft.id!)).toEqual(edited);
  });

  it('lists the most recently edited draft first and deletes one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const id = await ada();
    vi.setSystemTime(1000);
    const a = await saveDraft({ prospectId: id, channel: 'email', kind: 'request', text: 'A', score: 1 });
    vi.setSystemTime(2000);
    const b = await saveDraft({ prospectId: id, channel: 'message', kind: 'request', text: 'B', score: 2 });
    expect((await listDrafts(id)).map((d) => d.id)).toEqual([b.id, a.id]);
    await deleteDraft(b.id!);
    expect((await listDrafts(id)).map((d) => d.id)).toEqual([a.id]);
  });

  it('says a draft deleted in another page is gone instead of recreating it', async () => {
    const id = await ada();
    const d = await saveDraft({ prospectId: id, channel: 'email', kind: 'request', text: 'A', score: 1 });
    await deleteDraft(d.id!);
    await expect(saveDraft({ ...d, text: 'B' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('reminders and the next follow-up', () => {
  it('keeps the prospect’s next follow-up at the earliest open reminder through every change', async () => {
    const id = await ada();
    const first = await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 100 });
    const second = await addReminder({ prospectId: id, kind: 'thank-you', dueAt: 200 });
    expect((await getProspect(id))?.nextFollowUpAt).toBe(100);

    await snoozeReminder(first.id!, 300);
    expect((await getProspect(id))?.nextFollowUpAt).toBe(200);

    await completeReminder(second.id!, 150);
    expect((await getProspect(id))?.nextFollowUpAt).toBe(300);

    // Moved earlier than planned: due sooner, with the planned time kept underneath.
    await rescheduleReminder(first.id!, 50);
    expect(await listReminders(id)).toMatchObject([
      { id: first.id, dueAt: 100, snoozedUntil: 50 },
      { id: second.id, doneAt: 150 },
    ]);
    expect((await getProspect(id))?.nextFollowUpAt).toBe(50);

    await deleteReminder(first.id!);
    expect((await getProspect(id))?.nextFollowUpAt).toBeUndefined();
  });

  it('replaces the open reminders with the planner’s list and keeps done ones as history', async () => {
    const id = await ada();
    const done = await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 100 });
    await completeReminder(done.id!, 120);
    await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 500 });
    const after = await replaceReminders(id, [
      { kind: 'thank-you', dueAt: 900 },
      { kind: 'report-back', dueAt: 2000 },
    ]);
    expect(after.map((r) => [r.kind, r.dueAt, r.doneAt])).toEqual([
      ['follow-up', 100, 120],
      ['thank-you', 900, undefined],
      ['report-back', 2000, undefined],
    ]);
    expect((await getProspect(id))?.nextFollowUpAt).toBe(900);
    await replaceReminders(id, []);
    expect((await getProspect(id))?.nextFollowUpAt).toBeUndefined();
    expect(await listReminders(id)).toHaveLength(1);
  });

  it('lists the follow-ups due now, most overdue first, skipping done, snoozed and future ones', async () => {
    const now = 10 * DAY;
    const a = await ada();
    const r = (await saveCapturedProfile(gitHubSnapshot())).id!;
    const overdue = await addReminder({ prospectId: a, kind: 'follow-up', dueAt: now - 3 * DAY });
    await addReminder({ prospectId: a, kind: 'report-back', dueAt: now + DAY });
    const dueNow = await addReminder({ prospectId: r, kind: 'thank-you', dueAt: now });
    const snoozed = await addReminder({ prospectId: r, kind: 'follow-up', dueAt: now - DAY });
    await snoozeReminder(snoozed.id!, now + DAY);
    const done = await addReminder({
      prospectId: r,
      kind: 'custom',
      note: 'Send the article',
      dueAt: now - 5 * DAY,
    });
    await completeReminder(done.id!, now - 4 * DAY);

    const due = await listDueFollowUps(now);
    expect(due.map((d) => [d.reminder.id, d.prospect.fullName, d.dueAt])).toEqual([
      [overdue.id, 'Ada Okafor', now - 3 * DAY],
      [dueNow.id, 'Rui Tanaka', now],
    ]);
    expect(await listDueFollowUps(now + 2 * DAY)).toHaveLength(4);
    expect(await nextReminderDueAt()).toBe(now - 3 * DAY);
  });

  it('still lists a due reminder whose person carries no next follow-up (e.g. from an old backup)', async () => {
    const id = await ada();
    await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 100 });
    await db.prospects.update(id, { nextFollowUpAt: undefined });
    expect((await listDueFollowUps(200)).map((d) => d.prospect.id)).toEqual([id]);
  });

  it('keeps done reminders out of the due index', async () => {
    const id = await ada();
    const r = await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 100 });
    expect(r.openDueAt).toBe(100);
    const done = await completeReminder(r.id!, 150);
    expect(done.openDueAt).toBeUndefined();
    expect(await db.reminders.where('openDueAt').belowOrEqual(Number.MAX_SAFE_INTEGER).count()).toBe(0);
    expect((await snoozeReminder(r.id!, 900)).openDueAt).toBeUndefined();
    await expect(rescheduleReminder(r.id!, 300)).rejects.toThrow();
    expect(await db.reminders.where('openDueAt').belowOrEqual(Number.MAX_SAFE_INTEGER).count()).toBe(0);
  });

  it('makes a reminder moved earlier due sooner', async () => {
    const id = await ada();
    const rem = await addReminder({ prospectId: id, kind: 'follow-up', dueAt: 500 });
    await rescheduleReminder(rem.id!, 100);
    expect((await listDueFollowUps(200)).map((d) => d.reminder.id)).toEqual([rem.id]);
  });
});

describe('several writes as one', () => {
  it('inTransaction makes a sequence of store calls all-or-nothing', async () => {
    const id = await ada();
    await expect(
      inTransaction(async () => {
        await setStatus(id, 'declined');
        await addTouch({ prospectId: id, kind: 'reply', at: 5, text: 'Sorry, no time' });
        throw new Error('the UI changed its mind');
      }),
    ).rejects.toThrow();
    expect((await getProspect(id))?.status).toBe('saved');
    expect(await listTouches(id)).toEqual([]);
  });
});
