import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson, importJson } from '@/lib/backup';
import { db, type Prospect } from '@/lib/db';
import { listDrafts, saveDraft } from '@/lib/db/drafts';
import { StoreError } from '@/lib/db/errors';
import {
  createProspect,
  deleteProspect,
  findProspectByUrl,
  getProspect,
  listProspects,
  listProspectsByStatus,
  listProspectsByTag,
  listTags,
  restoreProspect,
  saveCapturedProfile,
  setFit,
  setNotes,
  setSource,
  setStatus,
  setTags,
  updateProspect,
} from '@/lib/db/prospects';
import { addReminder, listReminders } from '@/lib/db/reminders';
import { addTouch, listTouches } from '@/lib/db/touches';
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from './helpers';

beforeEach(resetStore);
afterEach(() => vi.useRealTimers());

const at = (iso: string) => vi.setSystemTime(new Date(iso));

describe('saving a captured profile', () => {
  it('saves a new person with the store’s defaults and returns them with an id', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-03-01T09:00:00Z');
    const saved = await saveCapturedProfile(linkedInSnapshot());
    expect(saved.id).toBeGreaterThan(0);
    expect(saved).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/ada-okafor/',
      fullName: 'Ada Okafor',
      status: 'saved',
      tags: [],
      notes: '',
      editedFields: [],
      fit: { knowsSubject: false, hasDoneIt: false, hasTime: false, communicatesWell: false },
      createdAt: Date.parse('2026-03-01T09:00:00Z'),
      capturedAt: Date.parse('2026-03-01T09:00:00Z'),
    });
    expect(await listProspects()).toEqual([saved]);
  });

  it('matches another URL form of the same person instead of adding a duplicate', async () => {
    const first = await saveCapturedProfile(linkedInSnapshot());
    const again = await saveCapturedProfile(
      linkedInSnapshot({ profileUrl: 'https://de.linkedin.com/in/Ada-Okafor/details/experience/?trk=abc#x' }),
    );
    expect(again.id).toBe(first.id);
    expect(await db.prospects.count()).toBe(1);
  });

  it('updates captured fields on re-capture but keeps what the user edited by hand', async () => {
    const first = await saveCapturedProfile(linkedInSnapshot());
    await updateProspect(first.id!, { headline: 'My own summary of Ada' });
    await setStatus(first.id!, 'requested');
    await setTags(first.id!, ['storage', 'lisbon']);
    await setNotes(first.id!, 'Met at a meetup.');
    await addTouch({ prospectId: first.id!, kind: 'request-sent', channel: 'connection-note', at: 1000 });
    await addReminder({ prospectId: first.id!, kind: 'follow-up', dueAt: 5000 });

    const again = await saveCapturedProfile(
      linkedInSnapshot({
        headline: 'Principal engineer',
        company: 'Northwind Storage',
        title: 'Principal Engineer',
      }),
    );
    expect(again.headline).toBe('My own summary of Ada');
    expect(again.company).toBe('Northwind Storage');
    expect(again.title).toBe('Principal Engineer');
    expect(again.editedFields).toEqual(['headline']);
    expect(again).toMatchObject({
      status: 'requested',
      tags: ['storage', 'lisbon'],
      notes: 'Met at a meetup.',
    });
    expect(again.lastTouchAt).toBe(1000);
    expect(again.nextFollowUpAt).toBe(5000);
    expect(await listTouches(first.id!)).toHaveLength(1);
    expect(await listReminders(first.id!)).toHaveLength(1);
  });

  it('keeps what an earlier capture found when the page shows less this time', async () => {
    const first = await saveCapturedProfile(linkedInSnapshot());
    const again = await saveCapturedProfile(
      linkedInSnapshot({ about: undefined, experience: [], location: '  ', headline: 'New headline' }),
    );
    expect(again.id).toBe(first.id);
    expect(again.about).toBe(first.about);
    expect(again.experience).toEqual(first.experience);
    expect(again.location).toBe(first.location);
    expect(again.headline).toBe('New headline');
  });

  it('refuses a capture without a name or with a URL that is not a web address', async () => {
    await expect(saveCapturedProfile(linkedInSnapshot({ fullName: '  ' }))).rejects.toMatchObject({
      kind: 'invalid',
    });
    await expect(
      saveCapturedProfile(linkedInSnapshot({ profileUrl: 'javascript:alert(1)' })),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await db.prospects.count()).toBe(0);
  });

  it('keeps only what the data model has, so that a capture from a newer or buggy reader still backs up', async () => {
    // A snapshot as a content script of another version might send it: fields this store does not
    // know, values of the wrong type, no network.
    const odd = {
      ...linkedInSnapshot(),
      network: undefined,
      headline: 42,
      pronouns: 'she/her',
      experience: [
        { title: 'Staff Engineer', company: 'Lumen Grid', description: 'Storage', logo: { src: 'x' } },
        { company: 'Former Co' },
        'not an entry',
      ],
      education: [{ school: 'Universidade do Porto', grade: 'A' }, { degree: 'no school' }],
    } as unknown as ProfileSnapshot;
    const saved = await saveCapturedProfile(odd);
    expect(saved.network).toBe('linkedin');
    expect(saved.headline).toBeUndefined();
    expect(saved).not.toHaveProperty('pronouns');
    expect(saved.experience).toEqual([
      { title: 'Staff Engineer', company: 'Lumen Grid' },
      { title: '', company: 'Former Co' },
    ]);
    expect(saved.education).toEqual([
      { school: 'Universidade do Porto' },
      { school: '', degree: 'no school' },
    ]);
    expect(await db.prospects.get(saved.id!)).toEqual(saved);

    // The same on a re-capture, and the backup of it imports.
    const again = await saveCapturedProfile({ ...odd, title: ['x'] } as unknown as ProfileSnapshot);
    expect(again.title).toBe('Staff Engineer');
    const backup = await exportJson();
    await resetStore();
    expect(await importJson(backup)).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });

  it('merges a capture into a record written without the edit list, by older code or straight to the database', async () => {
    const { editedFields: _none, ...record } = {
      ...(await saveCapturedProfile(linkedInSnapshot())),
      notes: 'Met at a meetup',
    };
    await db.prospects.put(record as Prospect);
    const again = await saveCapturedProfile(linkedInSnapshot({ headline: 'New headline', about: undefined }));
    expect(again).toMatchObject({ headline: 'New headline', notes: 'Met at a meetup', editedFields: [] });
    expect(again.about).toBe(linkedInSnapshot().about);
    expect(await db.prospects.get(again.id!)).toEqual(again);
  });

  it('drops a photo URL that an image element should not load', async () => {
    const saved = await saveCapturedProfile(linkedInSnapshot({ photoUrl: 'javascript:alert(1)' }));
    expect(saved.photoUrl).toBeUndefined();
  });

  it('saves two captures of the same person made at once as one prospect', async () => {
    const results = await Promise.all([
      saveCapturedProfile(linkedInSnapshot()),
      saveCapturedProfile(linkedInSnapshot({ profileUrl: 'https://linkedin.com/in/ADA-OKAFOR' })),
      saveCapturedProfile(linkedInSnapshot({ profileUrl: 'https://m.linkedin.com/in/ada-okafor/' })),
    ]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.prospects.count()).toBe(1);
  });

  it('saves every URL form of one LinkedIn member and one GitHub user as one prospect each', async () => {
    const linkedIn = [
      'https://www.linkedin.com/in/ada-okafor/',
      'https://de.linkedin.com/in/Ada-Okafor?originalSubdomain=de',
      'https://m.linkedin.com/in/ada-okafor',
      'https://www.linkedin.com/m/in/ada-okafor/',
      'https://www.linkedin.com/mwlite/in/ada-okafor',
      'https://www.linkedin.com/in/ada-okafor/details/experience/?trk=x#top',
      'https://www.linkedin.com/in/ada%2Dokafor///',
      'linkedin.com/in/ADA-OKAFOR',
    ];
    for (const profileUrl of linkedIn) await saveCapturedProfile(linkedInSnapshot({ profileUrl }));
    for (const profileUrl of [
      'https://github.com/QuillMaker',
      'https://www.github.com/quillmaker/?tab=stars',
    ])
      await saveCapturedProfile(gitHubSnapshot({ profileUrl }));
    expect((await listProspects()).map((p) => p.profileUrl).sort()).toEqual([
      'https://github.com/quillmaker',
      'https://www.linkedin.com/in/ada-okafor/',
    ]);
  });

  it('keeps two people apart whose old-style LinkedIn URLs differ only in the query', async () => {
    await saveCapturedProfile(
      linkedInSnapshot({
        profileUrl: 'https://www.linkedin.com/profile/view?id=AAA111',
        fullName: 'Ada Okafor',
      }),
    );
    await saveCapturedProfile(
      linkedInSnapshot({
        profileUrl: 'https://www.linkedin.com/profile/view?id=BBB222',
        fullName: 'Bo Lindqvist',
      }),
    );
    expect((await listProspects()).map((p) => p.fullName)).toEqual(['Ada Okafor', 'Bo Lindqvist']);
  });
});

describe('listing and finding prospects', () => {
  it('lists everyone by name and finds a person by any URL form', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    await saveCapturedProfile(gitHubSnapshot());
    await createProspect({ fullName: 'Berta Lind', profileUrl: 'https://example.org/berta' });
    expect((await listProspects()).map((p) => p.fullName)).toEqual([
      'Ada Okafor',
      'Berta Lind',
      'Rui Tanaka',
    ]);
    expect((await findProspectByUrl('https://GitHub.com/QuillMaker/repo'))?.fullName).toBe('Rui Tanaka');
    expect(await findProspectByUrl('https://github.com/someone-else')).toBeUndefined();
    expect(await findProspectByUrl('not a url at all')).toBeUndefined();
  });

  it('filters by status and tag, and lists the tags in use', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const rui = await saveCapturedProfile(gitHubSnapshot());
    await setStatus(ada.id!, 'requested');
    await setTags(ada.id!, ['storage', 'lisbon']);
    await setTags(rui.id!, ['storage', 'parsers']);
    expect((await listProspectsByStatus('requested')).map((p) => p.id)).toEqual([ada.id]);
    expect((await listProspectsByTag('storage')).map((p) => p.id).sort()).toEqual([ada.id, rui.id].sort());
    expect(await listTags()).toEqual(['lisbon', 'parsers', 'storage']);
  });
});

describe('adding a person by hand', () => {
  it('creates a prospect from a name and a URL, with its network', async () => {
    const p = await createProspect({ fullName: ' Berta Lind ', profileUrl: 'github.com/BertaL' });
    expect(p).toMatchObject({
      fullName: 'Berta Lind',
      profileUrl: 'https://github.com/bertal',
      network: 'github',
    });
    expect(await getProspect(p.id!)).toEqual(p);
  });

  it('says so when the person is already in the list', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    const error = await createProspect({ fullName: 'Ada', profileUrl: 'linkedin.com/in/ada-okafor' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('duplicate');
    expect(error.message).toMatch(/already in your prospect list/);
    expect(await db.prospects.count()).toBe(1);
  });

  it('refuses an empty name or a bad URL in plain words', async () => {
    await expect(createProspect({ fullName: '', profileUrl: 'https://example.org/x' })).rejects.toThrow(
      /needs a name/,
    );
    await expect(createProspect({ fullName: 'X', profileUrl: 'ftp://example.org' })).rejects.toThrow(
      /web address/,
    );
  });
});

describe('editing a prospect', () => {
  it('remembers a hand edit of a captured field, and only when the value changes', async () => {
    const p = await saveCapturedProfile(linkedInSnapshot());
    const same = await updateProspect(p.id!, { company: 'Lumen Grid' });
    expect(same.editedFields).toEqual([]);
    const edited = await updateProspect(p.id!, { company: 'Lumen Grid Labs', location: undefined });
    expect(edited.company).toBe('Lumen Grid Labs');
    expect(edited.location).toBeUndefined();
    expect(edited.editedFields).toEqual(['company', 'location']);
  });

  it('sets status, notes, how I know them and the fit checklist without touching captured fields', async () => {
    const p = await saveCapturedProfile(linkedInSnapshot());
    await setStatus(p.id!, 'mentoring');
    await setNotes(p.id!, 'Line one\nLine two 🎉');
    await setSource(p.id!, { kind: 'referral', referrer: 'Chidi' });
    await setFit(p.id!, { hasTime: true });
    const after = await setFit(p.id!, { knowsSubject: true });
    expect(after).toMatchObject({
      status: 'mentoring',
      notes: 'Line one\nLine two 🎉',
      source: { kind: 'referral', referrer: 'Chidi' },
      fit: { knowsSubject: true, hasDoneIt: false, hasTime: true, communicatesWell: false },
      editedFields: [],
    });
    expect((await setSource(p.id!, undefined)).source).toBeUndefined();
  });

  it('cleans tags: trimmed, no empties, no duplicates in another case', async () => {
    const p = await saveCapturedProfile(linkedInSnapshot());
    expect((await setTags(p.id!, [' storage ', '', 'Storage', 'lisbon  city'])).tags).toEqual([
      'storage',
      'lisbon city',
    ]);
  });

  it('refuses to give a prospect the URL of another one', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await saveCapturedProfile(gitHubSnapshot());
    await expect(
      updateProspect(ada.id!, { profileUrl: 'https://github.com/QuillMaker' }),
    ).rejects.toMatchObject({
      kind: 'duplicate',
    });
    expect((await getProspect(ada.id!))?.profileUrl).toBe('https://www.linkedin.com/in/ada-okafor/');
  });

  it('says the prospect is gone when it was deleted meanwhile', async () => {
    await expect(setStatus(999, 'paused')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('deleting with undo', () => {
  it('deletes a prospect with its timeline, drafts and reminders, and undo restores them exactly', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const rui = await saveCapturedProfile(gitHubSnapshot());
    await addTouch({ prospectId: ada.id!, kind: 'request-sent', channel: 'message', at: 10, text: 'Hi Ada' });
    await saveDraft({
      prospectId: ada.id!,
      channel: 'message',
      kind: 'follow-up',
      text: 'Following up',
      score: 80,
    });
    await addReminder({ prospectId: ada.id!, kind: 'follow-up', dueAt: 99 });
    await addTouch({ prospectId: rui.id!, kind: 'note', at: 11 });
    const before = {
      prospect: await getProspect(ada.id!),
      touches: await listTouches(ada.id!),
      drafts: await listDrafts(ada.id!),
      reminders: await listReminders(ada.id!),
    };

    const deleted = await deleteProspect(ada.id!);
    expect(await getProspect(ada.id!)).toBeUndefined();
    expect(await db.touches.where('prospectId').equals(ada.id!).count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
    expect(await listTouches(rui.id!)).toHaveLength(1);

    await restoreProspect(deleted);
    expect({
      prospect: await getProspect(ada.id!),
      touches: await listTouches(ada.id!),
      drafts: await listDrafts(ada.id!),
      reminders: await listReminders(ada.id!),
    }).toStrictEqual(before);
  });

  it('cannot undo once the person was saved again, and says why', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const deleted = await deleteProspect(ada.id!);
    await saveCapturedProfile(linkedInSnapshot());
    await expect(restoreProspect(deleted)).rejects.toThrow(/saved again/);
    expect(await db.prospects.count()).toBe(1);
  });
});
