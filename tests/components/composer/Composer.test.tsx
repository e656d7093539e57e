// The composer as a user meets it: pick a reason, ask, see versions, edit with live findings, copy, mark sent.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from '@/components/composer/Composer';
import { db } from '@/lib/db';
import { listDrafts } from '@/lib/db/drafts';
import { getProspect, saveCapturedProfile } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { listTouches } from '@/lib/db/touches';
import type { Prospect } from '@/lib/db/types';
import { saveSettings } from '@/lib/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-types';
import { resetStore } from '../../db/helpers';
import { maya } from '../popup/helpers';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  setupDone: true,
  me: { name: 'Sam Okoro', role: 'backend engineer', company: 'Acme', goal: 'lead a platform team' },
};
const ASK = 'How did you get product leads to back the migration?';

let prospect: Prospect;
let clipboard: string[];

beforeEach(async () => {
  await resetStore();
  await saveSettings(SETTINGS);
  prospect = await saveCapturedProfile(maya());
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (t: string) => void clipboard.push(t)) },
  });
});
afterEach(() => {
  vi.useRealTimers();
});

function renderComposer(props: Partial<ComposerProps> = {}) {
  return render(<Composer prospect={prospect} kind="request" settings={SETTINGS} {...props} />);
}

const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const findings = () => within(screen.getByRole('list', { name: 'Findings' }));

/** Picks the first why-you fact and types the ask: enough for the generator. */
function giveInputs() {
  fireEvent.click(screen.getByRole('checkbox', { name: 'Principal Engineer at Fjordline Systems' }));
  type(screen.getByRole('textbox', { name: 'Your one question' }), ASK);
}

describe('the composer', () => {
  it('says what it still needs before it can draft, and leaves the message empty', () => {
    renderComposer();
    expect(screen.getByText(/Pick one thing they did from their profile/)).toBeTruthy();
    expect(screen.getByText('What is the one question you want answered?')).toBeTruthy();
    expect(message().value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Score: 0 of 100. Nothing written yet.');
  });

  it('drafts three versions from a picked fact and the ask, each a respectful request that fits', () => {
    renderComposer({ channel: 'message' });
    giveInputs();
    const versions = screen.getAllByRole('radio', { name: /^Version/ });
    expect(versions).toHaveLength(3);
    const texts: string[] = [];
    for (const v of versions) {
      fireEvent.click(v);
      texts.push(message().value);
      expect(message().value).toContain('Principal Engineer');
      expect(message().value.toLowerCase()).toContain('product leads to back the migration');
      const score = Number(/Score: (\d+)/.exec(screen.getByRole('status').textContent ?? '')?.[1]);
      expect(score).toBeGreaterThanOrEqual(80);
      expect(screen.getByText(/of 8000 characters/).textContent).not.toMatch(/over the limit/);
    }
    expect(new Set(texts).size).toBe(3);
  });

  it('shows a finding, highlighted in the text, when "pick your brain" is typed, and drops it when fixed', () => {
    renderComposer();
    giveInputs();
    // Typed at the start: lib/drafts reads "Fine to say no." at the note's end as the abbreviation
    // "No." and misses a "pick your brain" right after it (reported to the drafts module).
    const good = message().value;
    expect(screen.queryByText('Pick your brain')).toBeNull();

    type(message(), `Could I pick your brain? ${good}`);
    expect(findings().getByText('Pick your brain')).toBeTruthy();
    const mark = document.querySelector('.ui-hl-backdrop mark');
    expect(mark?.textContent).toBe('pick your brain');
    expect(message().value.slice(8, 23)).toBe('pick your brain');
    expect(mark?.getAttribute('title')).toBe('Pick your brain');
    // The editor is described by the list of findings, so screen readers hear them too.
    const described = message().getAttribute('aria-describedby') ?? '';
    const list = screen.getByRole('list', { name: 'Findings' });
    expect(described.split(' ')).toContain(list.id);
    expect(screen.getByRole('status').textContent).toMatch(/finding/);

    type(message(), good);
    expect(screen.queryByText('Pick your brain')).toBeNull();
    expect(document.querySelector('.ui-hl-backdrop mark')).toBeNull();
  });

  it('keeps the user’s edits when the inputs change, until a version is chosen again', () => {
    renderComposer();
    giveInputs();
    type(message(), 'My own words.');
    type(screen.getByRole('textbox', { name: 'Time box' }), '10 minutes on a call');
    expect(message().value).toBe('My own words.');
    expect(screen.getByText(/You edited the message/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Version 2' }));
    expect(message().value).toContain('10 minutes');
  });

  it('counts characters and words against the channel, and the limit follows the channel and the note limit', () => {
    const { unmount } = renderComposer();
    type(message(), 'Hello there, Maya.');
    expect(screen.getByText('18 of 200 characters, 3 words')).toBeTruthy();
    type(message(), 'x'.repeat(230));
    expect(screen.getByText('230 of 200 characters, 1 word: 30 over the limit')).toBeTruthy();
    expect(findings().getByText('Over the character limit')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'InMail' }));
    expect(screen.getByText('230 of 1900 characters, 1 word')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Email' }));
    expect(screen.getByText('230 characters, 1 word')).toBeTruthy();
    unmount();

    renderComposer({ settings: { ...SETTINGS, noteLimit: 300 } });
    type(message(), 'x'.repeat(230));
    expect(screen.getByText('230 of 300 characters, 1 word')).toBeTruthy();
  });

  it('asks for a topic and shows a subject line on InMail and email', () => {
    renderComposer({ channel: 'email' });
    expect(screen.getByRole('tab', { name: 'Email', selected: true })).toBeTruthy();
    type(screen.getByRole('textbox', { name: 'Topic' }), 'platform migrations');
    giveInputs();
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).not.toBe('');
  });

  it('copies the message inside the click and keeps the draft', async () => {
    renderComposer();
    giveInputs();
    const text = message().value;
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(text);
    expect(await screen.findByText(/Copied/)).toBeTruthy();
    expect(clipboard).toEqual([text]);
    await waitFor(async () => expect(await listDrafts(prospect.id!)).toHaveLength(1));
    // A second copy updates the same draft instead of adding one.
    type(message(), `${text} Thanks again.`);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(async () =>
      expect((await listDrafts(prospect.id!))[0]?.text).toBe(`${text} Thanks again.`),
    );
    expect(await listDrafts(prospect.id!)).toHaveLength(1);
  });

  it('tells the user when the clipboard refuses, and how to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    renderComposer();
    type(message(), 'Hello');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Ctrl\+C/);
  });

  it('marks the request as sent: touch, status requested, follow-up by the cadence, draft saved', async () => {
    const onSent = vi.fn();
    renderComposer({ onSent });
    giveInputs();
    const text = message().value;
    const before = Date.now();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    });
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(await screen.findByText(/Marked as sent/)).toBeTruthy();
    const id = prospect.id!;
    expect((await getProspect(id))?.status).toBe('requested');
    const touches = await listTouches(id);
    expect(touches).toMatchObject([{ kind: 'request-sent', channel: 'connection-note', text }]);
    const reminders = await listReminders(id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.kind).toBe('follow-up');
    const due = reminders[0]?.dueAt ?? 0;
    expect(due - (touches[0]?.at ?? 0)).toBe(7 * 24 * 60 * 60 * 1000);
    expect(due).toBeGreaterThan(before);
    expect(await listDrafts(id)).toMatchObject([{ kind: 'request', channel: 'connection-note', text }]);
    expect(screen.getByRole('button', { name: 'Mark as sent' }).hasAttribute('disabled')).toBe(true);
  });

  it('follows the cadence in settings', async () => {
    await saveSettings({ cadence: { firstFollowUpDays: 10 } });
    renderComposer();
    giveInputs();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await screen.findByText(/Marked as sent/);
    const [touch] = await listTouches(prospect.id!);
    const [reminder] = await listReminders(prospect.id!);
    expect((reminder?.dueAt ?? 0) - (touch?.at ?? 0)).toBe(10 * 24 * 60 * 60 * 1000);
  });

  it('refuses to mark an empty message as sent, and writes nothing', async () => {
    renderComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Write the message first/);
    expect(await db.touches.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('cannot mark a message to an unsaved person as sent, and says why', () => {
    const { id: _id, ...unsaved } = prospect;
    renderComposer({ prospect: unsaved });
    expect(screen.getByRole('button', { name: 'Mark as sent' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Save the prospect first/)).toBeTruthy();
  });

  it('has exactly one status element: the score', () => {
    renderComposer();
    giveInputs();
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('asks for the user’s name and role when the settings lack them, and reports them', () => {
    const onMeChange = vi.fn();
    renderComposer({
      settings: { ...SETTINGS, me: { name: '', role: '', company: '', goal: '' } },
      channel: 'message',
      onMeChange,
    });
    expect(screen.getByText('Add your name, to sign the message.')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: 'Your name' });
    type(name, 'Sam Okoro');
    fireEvent.blur(name);
    expect(onMeChange).toHaveBeenCalledWith({ name: 'Sam Okoro', role: '' });
    type(screen.getByRole('textbox', { name: 'Your role' }), 'backend engineer');
    giveInputs();
    expect(message().value).toContain('Sam');
  });

  it('asks the questions of each kind of draft', () => {
    const { unmount } = renderComposer({ kind: 'thank-you' });
    expect(screen.getByRole('heading', { name: 'Draft a thank-you' })).toBeTruthy();
    type(
      screen.getByRole('textbox', { name: 'What you are taking away' }),
      'to migrate one bounded context first',
    );
    type(screen.getByRole('textbox', { name: 'Your next step' }), 'pick the context with the fewest writers');
    expect(message().value).toMatch(/thank/i);
    expect(screen.queryByRole('group', { name: 'Why them' })).toBeNull();
    unmount();
    renderComposer({ kind: 'report-back' });
    expect(screen.getByRole('textbox', { name: 'Their advice' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'What you did with it' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'How it turned out' })).toBeTruthy();
  });

  it('continues a saved draft with its channel and text', () => {
    renderComposer({
      draft: {
        id: 41,
        prospectId: prospect.id!,
        channel: 'inmail',
        kind: 'request',
        text: 'Draft kept from before.',
        score: 50,
        createdAt: 1,
        updatedAt: 1,
      },
    });
    expect(message().value).toBe('Draft kept from before.');
    expect(screen.getByRole('tab', { name: 'InMail', selected: true })).toBeTruthy();
  });

  it('moves focus to its heading when it opens', () => {
    renderComposer();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Draft a request' }));
  });

  it('renders markup from the profile as text in the reasons to pick', () => {
    prospect = { ...prospect, title: '<img src=x onerror=alert(1)>', company: 'Fjordline' };
    renderComposer();
    expect(screen.getByRole('checkbox', { name: '<img src=x onerror=alert(1)> at Fjordline' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
