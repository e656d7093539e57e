import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ComposerComponentProps } from '@/components/sidepanel/ComposerView';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { PENDING_PROSPECT_KEY } from '@/lib/background/notification-click';
import { markSent, recordTouch } from '@/lib/conversation';
import { getProspect, saveCapturedProfile, updateProspect } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { listTouches } from '@/lib/db/touches';
import { saveSettings } from '@/lib/settings';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from '../../db/helpers';

const DAY = 86_400_000;
const TZ = 'Europe/Lisbon';

beforeEach(resetStore);

const list = () => screen.findByRole('list', { name: 'Prospects' });
const row = async (name: string) => within(await list()).findByText(name);
const names = async () =>
  within(await list())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.sp-row-name')?.textContent);

async function openDetail(name: string) {
  fireEvent.click(await row(name));
  return screen.findByRole('heading', { name, level: 2 });
}

describe('the side panel', () => {
  it('lists saved prospects, and one saved elsewhere appears without a reload', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    render(<SidePanelApp timeZone={TZ} />);
    await row('Ada Okafor');
    // The popup saves through the same store: the panel hears the write and reads that one prospect.
    await saveCapturedProfile(gitHubSnapshot());
    await waitFor(async () => expect(await names()).toEqual(['Ada Okafor', 'Rui Tanaka']));
    await waitFor(() => expect(document.querySelector('.sp-count')?.textContent).toBe('2 prospects'));
  });

  it('opens a prospect, and goes back to the list with focus on their row', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    render(<SidePanelApp timeZone={TZ} />);
    const heading = await openDetail('Ada Okafor');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(within(screen.getByRole('article')).getByText('Staff engineer, distributed systems')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to prospects' }));
    await waitFor(() => expect((document.activeElement as HTMLElement).textContent).toContain('Ada Okafor'));
  });

  it('keeps a hand edit of a captured field when the profile is captured again', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    render(<SidePanelApp timeZone={TZ} />);
    await openDetail('Ada Okafor');
    fireEvent.input(await screen.findByLabelText('Headline'), { target: { value: 'Storage mentor' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'storage, lisbon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Edited by you: a new capture keeps this.');

    await saveCapturedProfile(linkedInSnapshot({ headline: 'Principal engineer', location: 'Porto' }));
    const stored = await getProspect(ada.id!);
    expect(stored?.headline).toBe('Storage mentor');
    expect(stored?.location).toBe('Porto');
    expect(stored?.tags).toEqual(['storage', 'lisbon']);
    await waitFor(() => expect((screen.getByLabelText('Location') as HTMLInputElement).value).toBe('Porto'));
    expect((screen.getByLabelText('Headline') as HTMLInputElement).value).toBe('Storage mentor');
  });

  it('logs a reply by hand, and the follow-up reminder goes', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await markSent(
      ada.id!,
      { kind: 'request', channel: 'connection-note', text: 'Hi Ada' },
      Date.now() - 8 * DAY,
    );
    render(<SidePanelApp timeZone={TZ} />);
    // Due yesterday: "Today" offers the follow-up draft.
    const today = await screen.findByRole('region', { name: 'Today' });
    await within(today).findByRole('button', { name: 'Draft follow-up to Ada Okafor' });

    await openDetail('Ada Okafor');
    const reminders = await screen.findByRole('list', { name: 'Open reminders' });
    expect(within(reminders).getByText('Follow-up')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What happened'), { target: { value: 'reply' } });
    fireEvent.input(screen.getByLabelText('Details (optional)'), { target: { value: 'Happy to help' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to timeline' }));

    await waitFor(() => expect(screen.queryByRole('list', { name: 'Open reminders' })).toBeNull());
    expect(
      within(screen.getByRole('list', { name: 'Timeline, newest first' })).getByText('Happy to help'),
    ).toBeTruthy();
    expect((await getProspect(ada.id!))?.status).toBe('replied');
    expect((await listReminders(ada.id!)).filter((r) => r.doneAt === undefined)).toEqual([]);
    await waitFor(() => expect(within(today).queryByText('Ada Okafor')).toBeNull());
  });

  it('marks a reminder done and snoozes one, through the conversation rules', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await recordTouch(ada.id!, { kind: 'meeting', at: Date.now() - 60 * 60 * 1000 });
    render(<SidePanelApp timeZone={TZ} />);
    await openDetail('Ada Okafor');
    const reminders = await screen.findByRole('list', { name: 'Open reminders' });
    expect([...reminders.querySelectorAll('strong')].map((s) => s.textContent)).toEqual([
      'Thank-you',
      'Report-back',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Mark thank-you done' }));
    await waitFor(async () =>
      expect((await listTouches(ada.id!)).map((t) => t.kind)).toContain('thank-you-sent'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze or reschedule report-back' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next week' }));
    await waitFor(async () => {
      const open = (await listReminders(ada.id!)).filter((r) => r.doneAt === undefined);
      expect(open.map((r) => r.kind)).toEqual(['report-back']);
      expect(open[0]?.snoozedUntil).toBeGreaterThan(Date.now() + 6 * DAY);
    });
  });

  it('warns when they work at my own company, whatever the legal form or case', async () => {
    await saveSettings({ me: { company: 'LUMEN GRID Ltd.' } });
    await saveCapturedProfile(linkedInSnapshot());
    render(<SidePanelApp timeZone={TZ} />);
    await openDetail('Ada Okafor');
    expect(await screen.findByText('Same company as you.')).toBeTruthy();
  });

  it('records how I know them and the fit checklist', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    render(<SidePanelApp timeZone={TZ} />);
    await openDetail('Ada Okafor');
    fireEvent.click(await screen.findByLabelText('Knows my subject'));
    await waitFor(async () => expect((await getProspect(ada.id!))?.fit.knowsSubject).toBe(true));
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'referral' } });
    fireEvent.input(await screen.findByLabelText('Who referred them'), { target: { value: 'Berta Lind' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await getProspect(ada.id!))?.source).toEqual({ kind: 'referral', referrer: 'Berta Lind' }),
    );
  });

  it('deletes a prospect and brings them back, timeline included, with Undo', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await updateProspect(ada.id!, { notes: 'Met at the storage meetup' });
    await recordTouch(ada.id!, { kind: 'note', text: 'Read her blog' });
    render(<SidePanelApp timeZone={TZ} />);
    await openDetail('Ada Okafor');
    fireEvent.click(screen.getByRole('button', { name: 'Delete prospect' }));
    await screen.findByText('Ada Okafor deleted.');
    await waitFor(async () => expect(await getProspect(ada.id!)).toBeUndefined());
    await screen.findByRole('heading', { name: 'No prospects yet' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    await waitFor(async () => expect(await names()).toEqual(['Ada Okafor']));
    expect((await getProspect(ada.id!))?.notes).toBe('Met at the storage meetup');
    expect((await listTouches(ada.id!)).map((t) => t.text)).toEqual(['Read her blog']);
  });

  it('opens on the prospect a notification click asked for', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await fakeBrowser.storage.session.set({ [PENDING_PROSPECT_KEY]: { prospectId: ada.id, at: Date.now() } });
    render(<SidePanelApp timeZone={TZ} />);
    expect(await screen.findByRole('heading', { name: 'Ada Okafor', level: 2 })).toBeTruthy();
  });

  it('opens the composer with the right kind from Today and from the detail view', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi Ada' }, Date.now() - 8 * DAY);
    const seen: ComposerComponentProps[] = [];
    const Composer = (props: ComposerComponentProps) => {
      seen.push(props);
      return <h2>{`Composer: ${props.kind} to ${props.prospect.fullName}`}</h2>;
    };
    render(<SidePanelApp timeZone={TZ} composer={Composer} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Draft follow-up to Ada Okafor' }));
    await screen.findByRole('heading', { name: 'Composer: follow-up to Ada Okafor' });
    expect(seen.at(-1)?.settings.cadence.firstFollowUpDays).toBe(7);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));

    await openDetail('Ada Okafor');
    fireEvent.click(screen.getByRole('button', { name: 'Draft meeting agenda' }));
    await screen.findByRole('heading', { name: 'Composer: agenda to Ada Okafor' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Ada Okafor', level: 2 });
  });

  it('drafts the follow-up in the shared composer and records it as sent', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi Ada' }, Date.now() - 8 * DAY);
    render(<SidePanelApp timeZone={TZ} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Draft follow-up to Ada Okafor' }));
    const message = (await screen.findByRole(
      'textbox',
      { name: 'Message' },
      { timeout: 5000 },
    )) as HTMLTextAreaElement;
    fireEvent.input(message, {
      target: { value: 'Hi Ada, a gentle nudge on my question about storage engines.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await screen.findByText('Marked as sent. Askwell will remind you if a follow-up is due.');
    await list();
    expect((await listTouches(ada.id!)).map((t) => t.kind)).toEqual(['request-sent', 'follow-up-sent']);
    // The second (last) follow-up is planned a week after this one.
    const open = (await listReminders(ada.id!)).filter((r) => r.doneAt === undefined);
    expect(open).toHaveLength(1);
    expect(open[0]!.dueAt).toBeGreaterThan(Date.now() + 6 * DAY);
  });
});
