import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProspectStatus, Reminder, TouchKind } from '@/lib/db/types';
import { PROSPECT_STATUSES, TOUCH_KINDS } from '@/lib/db/types';
import { type PlanInput, planReminders, type ReminderPlan, type TouchLike } from '@/lib/followups/plan';
import { DAY_MS, HOUR_MS } from '@/lib/followups/time';
import type { Cadence } from '@/lib/settings-types';

const PID = 42;
const T0 = Date.parse('2026-03-02T09:15:00Z');
const day = (n: number) => T0 + n * DAY_MS;
const touch = (kind: TouchKind, at: number): TouchLike => ({ kind, at, prospectId: PID });

/** Writes a plan back the way the store would, giving new reminders ids. */
function apply(plan: ReminderPlan, nextId: { n: number }): Reminder[] {
  return plan.reminders.map((r) => (r.id === undefined ? { ...r, id: nextId.n++ } : r));
}

function open(plan: ReminderPlan, kind?: Reminder['kind']): Reminder[] {
  return plan.reminders.filter((r) => r.doneAt === undefined && (kind === undefined || r.kind === kind));
}

function base(overrides: Partial<PlanInput> = {}): PlanInput {
  return { prospectId: PID, status: 'requested', touches: [], reminders: [], ...overrides };
}

describe('follow-ups after a request', () => {
  it('suggests one gentle follow-up seven days after the request', () => {
    const plan = planReminders(base({ touches: [touch('request-sent', day(0))] }));
    expect(open(plan)).toEqual([{ prospectId: PID, kind: 'follow-up', dueAt: day(7) }]);
    expect(plan.added).toHaveLength(1);
    expect(plan.nextFollowUpAt).toBe(day(7));
    expect(plan.suggestion).toBeUndefined();
  });

  it('uses the configured wait before the first follow-up', () => {
    const cadence: Cadence = { firstFollowUpDays: 10, secondFollowUpDays: 5, reportBackDays: 28 };
    const plan = planReminders(base({ cadence, touches: [touch('request-sent', day(0))] }));
    expect(plan.nextFollowUpAt).toBe(day(10));
  });

  it('counts the wait in elapsed days, so a daylight-saving change does not move it', () => {
    // Sent on a Wednesday in Berlin before the clocks go forward; due exactly 7 × 24 h later.
    const sent = Date.parse('2026-03-25T10:00:00+01:00');
    const plan = planReminders(base({ touches: [touch('request-sent', sent)] }));
    expect(plan.nextFollowUpAt).toBe(sent + 7 * DAY_MS);
    expect(plan.nextFollowUpAt).toBe(Date.parse('2026-04-01T11:00:00+02:00'));
  });

  it('marks the first follow-up done when it is sent and plans the second a week after it', () => {
    const ids = { n: 1 };
    const first = planReminders(base({ touches: [touch('request-sent', day(0))] }));
    const reminders = apply(first, ids);
    // Sent a day early: the reminder still counts as done.
    const touches = [touch('request-sent', day(0)), touch('follow-up-sent', day(6))];
    const second = planReminders(base({ touches, reminders }));
    expect(second.updated).toEqual([
      { id: 1, prospectId: PID, kind: 'follow-up', dueAt: day(7), doneAt: day(6) },
    ]);
    expect(open(second)).toEqual([{ prospectId: PID, kind: 'follow-up', dueAt: day(13) }]);
    expect(second.removedIds).toEqual([]);
    expect(second.nextFollowUpAt).toBe(day(13));
  });

  it('never plans more than two follow-ups and then suggests closing as "no reply"', () => {
    const touches = [
      touch('request-sent', day(0)),
      touch('follow-up-sent', day(7)),
      touch('follow-up-sent', day(14)),
    ];
    const plan = planReminders(base({ touches }));
    expect(open(plan, 'follow-up')).toEqual([]);
    expect(plan.nextFollowUpAt).toBeUndefined();
    expect(plan.suggestion).toEqual({
      kind: 'close-as-no-reply',
      status: 'no-reply',
      followUpsSent: 2,
      from: day(21),
    });
  });

  it('still plans nothing more after a third follow-up the user sent anyway', () => {
    const touches = [0, 7, 14, 20].map((d, i) => touch(i === 0 ? 'request-sent' : 'follow-up-sent', day(d)));
    const plan = planReminders(base({ touches }));
    expect(open(plan)).toEqual([]);
    expect(plan.suggestion?.followUpsSent).toBe(3);
  });

  it('stops the follow-ups when they reply, and deletes the open reminder', () => {
    const reminders: Reminder[] = [{ id: 9, prospectId: PID, kind: 'follow-up', dueAt: day(7) }];
    const touches = [touch('request-sent', day(0)), touch('reply', day(3))];
    const plan = planReminders(base({ touches, reminders, status: 'replied' }));
    expect(plan.removedIds).toEqual([9]);
    expect(plan.reminders).toEqual([]);
    expect(plan.nextFollowUpAt).toBeUndefined();
    expect(plan.suggestion).toBeUndefined();
  });

  it('stops them after the second follow-up too, without calling the unsent one done', () => {
    const reminders: Reminder[] = [
      { id: 1, prospectId: PID, kind: 'follow-up', dueAt: day(7), doneAt: day(7) },
      { id: 2, prospectId: PID, kind: 'follow-up', dueAt: day(14) },
    ];
    const touches = [touch('request-sent', day(0)), touch('follow-up-sent', day(7)), touch('reply', day(9))];
    const plan = planReminders(base({ touches, reminders }));
    expect(plan.removedIds).toEqual([2]);
    expect(plan.reminders).toEqual([reminders[0]]);
  });

  it.each<ProspectStatus>(['replied', 'accepted', 'mentoring'])(
    'stops them when the status says they answered (%s), even without a logged reply',
    (status) => {
      const plan = planReminders(base({ status, touches: [touch('request-sent', day(0))] }));
      expect(open(plan)).toEqual([]);
    },
  );

  it('treats a meeting after the request as an answer', () => {
    const plan = planReminders(base({ touches: [touch('request-sent', day(0)), touch('meeting', day(4))] }));
    expect(open(plan, 'follow-up')).toEqual([]);
  });

  it('follows up on a new request even if they answered an earlier one', () => {
    const touches = [touch('request-sent', day(0)), touch('reply', day(2)), touch('request-sent', day(30))];
    const plan = planReminders(base({ touches }));
    expect(open(plan, 'follow-up').map((r) => r.dueAt)).toEqual([day(37)]);
  });

  it('plans nothing before a request was sent', () => {
    const plan = planReminders(base({ status: 'drafting', touches: [touch('note', day(0))] }));
    expect(plan.reminders).toEqual([]);
    expect(plan.nextFollowUpAt).toBeUndefined();
  });
});

describe('after a meeting', () => {
  it('owes a thank-you within a day and a report-back four weeks later', () => {
    const plan = planReminders(base({ status: 'accepted', touches: [touch('meeting', day(10))] }));
    const thankYou = open(plan, 'thank-you')[0];
    expect(thankYou?.dueAt).toBeGreaterThanOrEqual(day(10));
    expect(thankYou?.dueAt).toBeLessThanOrEqual(day(10) + DAY_MS);
    expect(open(plan, 'report-back').map((r) => r.dueAt)).toEqual([day(38)]);
    expect(plan.nextFollowUpAt).toBe(thankYou?.dueAt);
  });

  it('uses the configured report-back wait', () => {
    const cadence: Cadence = { firstFollowUpDays: 7, secondFollowUpDays: 7, reportBackDays: 14 };
    const plan = planReminders(base({ cadence, status: 'mentoring', touches: [touch('meeting', day(0))] }));
    expect(open(plan, 'report-back').map((r) => r.dueAt)).toEqual([day(14)]);
  });

  it('clears the thank-you when it is sent and the report-back when the update is sent', () => {
    const ids = { n: 1 };
    const meeting = touch('meeting', day(0));
    let reminders = apply(planReminders(base({ status: 'accepted', touches: [meeting] })), ids);
    const thanked = [meeting, touch('thank-you-sent', day(0) + 5 * HOUR_MS)];
    const afterThanks = planReminders(base({ status: 'accepted', touches: thanked, reminders }));
    expect(afterThanks.updated.map((r) => [r.kind, r.doneAt])).toEqual([['thank-you', day(0) + 5 * HOUR_MS]]);
    expect(open(afterThanks).map((r) => r.kind)).toEqual(['report-back']);

    reminders = apply(afterThanks, ids);
    const updated = [...thanked, touch('update-sent', day(20))];
    const afterUpdate = planReminders(base({ status: 'accepted', touches: updated, reminders }));
    expect(open(afterUpdate)).toEqual([]);
    expect(afterUpdate.reminders.map((r) => [r.kind, r.doneAt])).toEqual([
      ['thank-you', day(0) + 5 * HOUR_MS],
      ['report-back', day(20)],
    ]);
    expect(afterUpdate.nextFollowUpAt).toBeUndefined();
  });

  it('plans for the latest meeting and drops an unsent thank-you for an earlier one', () => {
    const reminders: Reminder[] = [
      { id: 1, prospectId: PID, kind: 'thank-you', dueAt: day(1) },
      { id: 2, prospectId: PID, kind: 'report-back', dueAt: day(28) },
    ];
    const touches = [touch('meeting', day(0)), touch('meeting', day(14))];
    const plan = planReminders(base({ status: 'mentoring', touches, reminders }));
    expect(plan.removedIds.sort()).toEqual([1, 2]);
    expect(open(plan).map((r) => [r.kind, r.dueAt])).toEqual([
      ['thank-you', day(15)],
      ['report-back', day(42)],
    ]);
  });
});

describe('closed prospects', () => {
  it.each<ProspectStatus>(['declined', 'no-reply', 'paused'])(
    'gives a prospect marked %s no further reminders, but keeps custom and done ones',
    (status) => {
      const reminders: Reminder[] = [
        { id: 1, prospectId: PID, kind: 'follow-up', dueAt: day(7), doneAt: day(7) },
        { id: 2, prospectId: PID, kind: 'follow-up', dueAt: day(14) },
        { id: 3, prospectId: PID, kind: 'thank-you', dueAt: day(3) },
        { id: 4, prospectId: PID, kind: 'custom', dueAt: day(30), note: 'Send the article' },
      ];
      const touches = [
        touch('request-sent', day(0)),
        touch('follow-up-sent', day(7)),
        touch('meeting', day(2)),
      ];
      const plan = planReminders(base({ status, touches, reminders }));
      expect(plan.removedIds.sort()).toEqual([2, 3]);
      expect(plan.added).toEqual([]);
      expect(plan.reminders.map((r) => r.id)).toEqual([1, 4]);
      expect(plan.nextFollowUpAt).toBe(day(30));
      expect(plan.suggestion).toBeUndefined();
    },
  );
});

describe('re-planning', () => {
  it('keeps the same reminder, with its id and snooze, when a touch changes nothing for it', () => {
    const snoozed: Reminder = {
      id: 7,
      prospectId: PID,
      kind: 'follow-up',
      dueAt: day(7),
      snoozedUntil: day(9),
    };
    const touches = [touch('request-sent', day(0)), touch('note', day(5))];
    const plan = planReminders(base({ touches, reminders: [snoozed] }));
    expect(plan.reminders).toEqual([snoozed]);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([]);
    expect(plan.removedIds).toEqual([]);
    expect(plan.nextFollowUpAt).toBe(day(9));
  });

  it('keeps a reminder the user marked done as done instead of planning it again', () => {
    const done: Reminder = { id: 7, prospectId: PID, kind: 'follow-up', dueAt: day(7), doneAt: day(8) };
    const plan = planReminders(base({ touches: [touch('request-sent', day(0))], reminders: [done] }));
    expect(plan.reminders).toEqual([done]);
    expect(plan.added).toEqual([]);
    expect(plan.nextFollowUpAt).toBeUndefined();
  });

  it('never touches custom reminders and counts them for the next follow-up', () => {
    const custom: Reminder = {
      id: 3,
      prospectId: PID,
      kind: 'custom',
      dueAt: day(2),
      note: 'Read their talk',
    };
    const plan = planReminders(base({ touches: [touch('request-sent', day(0))], reminders: [custom] }));
    expect(plan.reminders[0]).toBe(custom);
    expect(plan.nextFollowUpAt).toBe(day(2));
  });

  it('deletes duplicates of a planned reminder', () => {
    const reminders: Reminder[] = [
      { id: 1, prospectId: PID, kind: 'follow-up', dueAt: day(7) },
      { id: 2, prospectId: PID, kind: 'follow-up', dueAt: day(7) },
    ];
    const plan = planReminders(base({ touches: [touch('request-sent', day(0))], reminders }));
    expect(plan.reminders.map((r) => r.id)).toEqual([1]);
    expect(plan.removedIds).toEqual([2]);
  });

  it('takes the prospect from the touches when no prospectId is given', () => {
    const plan = planReminders({
      status: 'requested',
      touches: [touch('request-sent', day(0))],
      reminders: [],
    });
    expect(plan.added[0]?.prospectId).toBe(PID);
  });

  it('does not depend on the order the touches are given in', () => {
    const touches = [touch('follow-up-sent', day(8)), touch('request-sent', day(0))];
    expect(planReminders(base({ touches })).nextFollowUpAt).toBe(day(15));
  });

  it('is stable: planning again right after writing the plan changes nothing', () => {
    const touchArb = fc.record({
      kind: fc.constantFrom(...TOUCH_KINDS),
      at: fc.integer({ min: 0, max: 90 }).map((d) => day(d)),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...PROSPECT_STATUSES),
        fc.array(touchArb, { maxLength: 12 }),
        fc.array(touchArb, { maxLength: 4 }),
        (status, firstTouches, laterTouches) => {
          const ids = { n: 1 };
          const t1 = firstTouches.map((t) => ({ ...t, prospectId: PID }));
          const written = apply(planReminders(base({ status, touches: t1 })), ids);
          const t2 = [...t1, ...laterTouches.map((t) => ({ ...t, prospectId: PID }))];
          const replanned = apply(planReminders(base({ status, touches: t2, reminders: written })), ids);
          const again = planReminders(base({ status, touches: t2, reminders: replanned }));
          expect(again.added).toEqual([]);
          expect(again.updated).toEqual([]);
          expect(again.removedIds).toEqual([]);
          // The rules' promises hold for any timeline.
          const openKinds = again.reminders.filter((r) => r.doneAt === undefined).map((r) => r.kind);
          for (const kind of ['follow-up', 'thank-you', 'report-back'] as const) {
            expect(openKinds.filter((k) => k === kind).length).toBeLessThanOrEqual(1);
          }
          if (['declined', 'no-reply', 'paused'].includes(status)) expect(openKinds).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('bad input', () => {
  it.each([
    [{ firstFollowUpDays: 0, secondFollowUpDays: 7, reportBackDays: 28 }, /firstFollowUpDays/],
    [{ firstFollowUpDays: 7, secondFollowUpDays: Number.NaN, reportBackDays: 28 }, /secondFollowUpDays/],
    [{ firstFollowUpDays: 7, secondFollowUpDays: 7, reportBackDays: -1 }, /reportBackDays/],
  ])('rejects a cadence that is not a positive number of days', (cadence, message) => {
    expect(() => planReminders(base({ cadence, touches: [touch('request-sent', day(0))] }))).toThrow(message);
  });

  it('rejects a touch without a valid time', () => {
    expect(() => planReminders(base({ touches: [touch('request-sent', Number.NaN)] }))).toThrow(/valid time/);
  });

  it('rejects reminders that belong to another prospect', () => {
    const reminders: Reminder[] = [{ id: 1, prospectId: 7, kind: 'custom', dueAt: day(1) }];
    expect(() => planReminders(base({ reminders }))).toThrow(/another prospect/);
  });

  it('asks for the prospect when it has to add a reminder and cannot tell whose', () => {
    const input: PlanInput = {
      status: 'requested',
      touches: [{ kind: 'request-sent', at: day(0) }],
      reminders: [],
    };
    expect(() => planReminders(input)).toThrow(/prospectId/);
  });
});
