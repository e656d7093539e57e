// A small store of invented people covering what a backup must carry exactly.

import { db } from '@/lib/db';
import { saveDraft } from '@/lib/db/drafts';
import {
  createProspect,
  saveCapturedProfile,
  setFit,
  setNotes,
  setSource,
  setStatus,
  setTags,
  updateProspect,
} from '@/lib/db/prospects';
import { addReminder, completeReminder, snoozeReminder } from '@/lib/db/reminders';
import { addTouch } from '@/lib/db/touches';
import { gitHubSnapshot, linkedInSnapshot } from '../db/helpers';

export async function seedStore() {
  const ada = await saveCapturedProfile(linkedInSnapshot());
  await updateProspect(ada.id!, { headline: 'Builds storage engines — “durable” ones' });
  await setStatus(ada.id!, 'requested');
  await setTags(ada.id!, ['storage', 'lisbon', '日本語']);
  await setNotes(ada.id!, 'Line one\r\nLine two, "quoted"\n=SUM(A1) 🎉👩🏽‍💻');
  await setSource(ada.id!, { kind: 'referral', referrer: 'Chidi Eze' });
  await setFit(ada.id!, { knowsSubject: true, communicatesWell: true });
  await addTouch({
    prospectId: ada.id!,
    kind: 'request-sent',
    channel: 'connection-note',
    at: 1_772_355_600_000,
    text: 'Hi Ada,\nOne question?',
  });
  await saveDraft({
    prospectId: ada.id!,
    channel: 'message',
    kind: 'follow-up',
    text: 'Gentle follow-up ✉️',
    score: 81.5,
  });
  const due = await addReminder({ prospectId: ada.id!, kind: 'follow-up', dueAt: 1_772_960_400_000 });
  await snoozeReminder(due.id!, 1_773_000_000_000);

  const rui = await saveCapturedProfile(gitHubSnapshot());
  const thanks = await addReminder({ prospectId: rui.id!, kind: 'thank-you', dueAt: 1_772_486_400_000 });
  await completeReminder(thanks.id!, 1_772_410_000_000);
  await addReminder({
    prospectId: rui.id!,
    kind: 'custom',
    dueAt: 1_774_819_200_000,
    note: 'Send the article\tlink',
  });

  const zoe = await createProspect({
    fullName: 'Zoë Ångström-Ñúñez',
    profileUrl: 'https://blog.example.org/about',
  });
  await setNotes(zoe.id!, '-2 +3 @here');
  await setStatus(zoe.id!, 'mentoring');
  return { ada, rui, zoe };
}

export async function everything() {
  return {
    prospects: await db.prospects.toArray(),
    touches: await db.touches.toArray(),
    drafts: await db.drafts.toArray(),
    reminders: await db.reminders.toArray(),
  };
}
