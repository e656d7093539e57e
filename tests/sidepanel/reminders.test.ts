import { beforeEach, describe, expect, it } from 'vitest';
import { markSent, recordTouch } from '@/lib/conversation';
import { getProspect, saveCapturedProfile } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import * as rules from '@/lib/drafts/rules/same-company';
import { DEFAULT_SETTINGS } from '@/lib/settings-types';
import {
  dateInputValue,
  morningOf,
  replanOpenReminders,
  rescheduleReminder,
} from '@/lib/sidepanel/reminders';
import { sharedCompany } from '@/lib/sidepanel/same-company';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from '../db/helpers';

const DAY = 86_400_000;

beforeEach(resetStore);

const open = async (id: number) => (await listReminders(id)).filter((r) => r.doneAt === undefined);

describe('moving a reminder to another day', () => {
  it('keeps a later day as a snooze, so that the next touch still knows the reminder', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const sent = Date.now() - DAY;
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi' }, sent);
    const [followUp] = await open(ada.id!);
    const later = sent + 12 * DAY;
    await rescheduleReminder(followUp!.id!, later);
    expect(await open(ada.id!)).toMatchObject([{ dueAt: sent + 7 * DAY, snoozedUntil: later }]);
    expect((await getProspect(ada.id!))?.nextFollowUpAt).toBe(later);
    // A note re-plans the prospect: the moved follow-up stays moved.
    await recordTouch(ada.id!, { kind: 'note', text: 'Saw her talk' });
    expect(await open(ada.id!)).toMatchObject([{ snoozedUntil: later }]);
  });

  it('moves a reminder to an earlier day, and the move survives the next touch', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi' });
    const [followUp] = await open(ada.id!);
    const sooner = Date.now() + 2 * DAY;
    await rescheduleReminder(followUp!.id!, sooner);
    expect(await open(ada.id!)).toMatchObject([{ id: followUp!.id, snoozedUntil: sooner }]);
    expect((await getProspect(ada.id!))?.nextFollowUpAt).toBe(sooner);
    // A note re-plans the prospect; the reminder the user moved stays where they put it.
    await recordTouch(ada.id!, { kind: 'note', text: 'Saw their new post' });
    expect(await open(ada.id!)).toMatchObject([{ id: followUp!.id, snoozedUntil: sooner }]);
    expect((await getProspect(ada.id!))?.nextFollowUpAt).toBe(sooner);
  });

  it('refuses a reminder that is done or gone', async () => {
    await expect(rescheduleReminder(424242, Date.now() + DAY)).rejects.toThrow(/no longer open/);
  });

  it('turns a picked day into 09:00 that morning in the user’s time zone, and back', () => {
    expect(morningOf('2026-03-29', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 7));
    expect(morningOf('2026-03-28', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 28, 8));
    expect(dateInputValue(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dateInputValue(Date.UTC(2026, 2, 28, 23, 30), 'America/New_York')).toBe('2026-03-28');
    expect(() => morningOf('', 'UTC')).toThrow('Pick a date.');
  });
});

describe('re-planning after the cadence changed', () => {
  it('moves every open follow-up and report-back, and leaves closed prospects alone', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const rui = await saveCapturedProfile(gitHubSnapshot());
    const t = Date.now() - DAY;
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi' }, t);
    await recordTouch(rui.id!, { kind: 'meeting', at: t });
    const cadence = { firstFollowUpDays: 3, secondFollowUpDays: 5, reportBackDays: 14 };
    expect(await replanOpenReminders(cadence)).toBe(2);
    expect((await open(ada.id!)).map((r) => r.dueAt)).toEqual([t + 3 * DAY]);
    expect((await open(rui.id!)).map((r) => [r.kind, r.dueAt])).toEqual([
      ['thank-you', t + DAY],
      ['report-back', t + 14 * DAY],
    ]);
    expect((await getProspect(ada.id!))?.nextFollowUpAt).toBe(t + 3 * DAY);
    expect(await replanOpenReminders(DEFAULT_SETTINGS.cadence)).toBe(2);
    expect((await open(ada.id!)).map((r) => r.dueAt)).toEqual([t + 7 * DAY]);
  });
});

describe('the same-company warning', () => {
  it('compares company names without case, accents, punctuation or legal form', () => {
    expect(sharedCompany({ company: 'Lumen Grid' }, { company: 'LUMEN GRID Ltd.' }, rules)).toBe(
      'Lumen Grid',
    );
    expect(
      sharedCompany({ headline: 'Staff Engineer at Lumen Grid | Speaker' }, { company: 'lumen grid' }, rules),
    ).toBe('Lumen Grid');
    expect(sharedCompany({ company: 'Lumen' }, { company: 'Lumen Grid' }, rules)).toBeUndefined();
    expect(sharedCompany({ company: 'Lumen Grid' }, { company: '  ' }, rules)).toBeUndefined();
  });
});
