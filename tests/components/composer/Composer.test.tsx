// The composer as a user meets it: pick a reason, ask, see versions, edit with live findings, copy, mark sent.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from '@/components/composer/Composer';
import { markSent } from '@/lib/conversation';
import { db } from '@/lib/db';
import { listDrafts, saveDraft } from '@/lib/db/drafts';
import { getProspect, saveCapturedProfile } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { listTouches } from '@/lib/db/touches';
import type { Prospect } from '@/lib/db/types';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import type { DraftEngine, ExplainedLintReport } from '@/lib/drafts/engine';
import { localDraftEngine } from '@/lib/drafts/local-engine';
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

/** Lets the engine's answers (promises, even from the local engine) reach the screen. */
async function settle() {
  for (let i = 0; i < 3; i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
}

async function renderComposer(props: Partial<ComposerProps> = {}) {
  const rendered = render(
    <Composer
      engine={localDraftEngine}
      actions={{ saveDraft, markSent }}
      prospect={prospect}
      kind="request"
      settings={SETTINGS}
      {...props}
    />,
  );
  await settle();
  return rendered;
}

const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const type = async (el: HTMLElement, value: string) => {
  fireEvent.input(el, { target: { value } });
  await settle();
};
const click = async (el: HTMLElement) => {
  fireEvent.click(el);
  await settle();
};
const findings = () => within(screen.getByRole('list', { name: 'Findings' }));

/** Picks the first why-you fact and types the ask: enough for the generator. */
async function giveInputs() {
  await click(screen.getByRole('checkbox', { name: 'Principal Engineer at Fjordline Systems' }));
  await type(screen.getByRole('textbox', { name: 'Your one question' }), ASK);
}

describe('the composer', () => {
  it('says what it still needs before it can draft, and leaves the message empty', async () => {
    await renderComposer();
    expect(screen.getByText(/Pick one thing they did from their profile/)).toBeTruthy();
    expect(screen.getByText('What is the one question you want answered?')).toBeTruthy();
    expect(message().value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Score: 0 of 100. Nothing written yet.');
  });

  it('drafts three versions from a picked fact and the ask, each a respectful request that fits', async () => {
    await renderComposer({ channel: 'message' });
    await giveInputs();
    const versions = screen.getAllByRole('radio', { name: /^Version/ });
    expect(versions).toHaveLength(3);
    const texts: string[] = [];
    for (const v of versions) {
      await click(v);
      texts.push(message().value);
      expect(message().value).toContain('Principal Engineer');
      expect(message().value.toLowerCase()).toContain('product leads to back the migration');
      const score = Number(/Score: (\d+)/.exec(screen.getByRole('status').textContent ?? '')?.[1]);
      expect(score).toBeGreaterThanOrEqual(80);
      expect(screen.getByText(/of 8000 characters/).textContent).not.toMatch(/over the limit/);
    }
    expect(new Set(texts).size).toBe(3);
  });

  it('shows a finding, highlighted in the text, when "pick your brain" is typed, and drops it when fixed', async () => {
    await renderComposer();
    await giveInputs();
    // Typed at the start: lib/drafts reads "Fine to say no." at the note's end as the abbreviation
    // "No." and misses a "pick your brain" right after it (reported to the drafts module).
    const good = message().value;
    expect(screen.queryByText('Pick your brain')).toBeNull();

    await type(message(), `Could I pick your brain? ${good}`);
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

    await type(message(), good);
    expect(screen.queryByText('Pick your brain')).toBeNull();
    expect(document.querySelector('.ui-hl-backdrop mark')).toBeNull();
  });

  it('keeps the user’s edits when the inputs change, until a version is chosen again', async () => {
    await renderComposer();
    await giveInputs();
    await type(message(), 'My own words.');
    await type(screen.getByRole('textbox', { name: 'Time box' }), '10 minutes on a call');
    expect(message().value).toBe('My own words.');
    expect(screen.getByText(/You edited the message/)).toBeTruthy();
    await click(screen.getByRole('radio', { name: 'Version 2' }));
    expect(message().value).toContain('10 minutes');
  });

  it('counts characters and words against the channel, and the limit follows the channel and the note limit', async () => {
    const { unmount } = await renderComposer();
    await type(message(), 'Hello there, Maya.');
    expect(screen.getByText('18 of 200 characters, 3 words')).toBeTruthy();
    await type(message(), 'x'.repeat(230));
    expect(screen.getByText('230 of 200 characters, 1 word: 30 over the limit')).toBeTruthy();
    expect(findings().getByText('Over the character limit')).toBeTruthy();

    await click(screen.getByRole('tab', { name: 'InMail' }));
    expect(screen.getByText('230 of 1900 characters, 1 word')).toBeTruthy();
    await click(screen.getByRole('tab', { name: 'Email' }));
    expect(screen.getByText('230 characters, 1 word')).toBeTruthy();
    unmount();

    await renderComposer({ settings: { ...SETTINGS, noteLimit: 300 } });
    await type(message(), 'x'.repeat(230));
    expect(screen.getByText('230 of 300 characters, 1 word')).toBeTruthy();
  });

  it('asks for a topic and shows a subject line on InMail and email', async () => {
    await renderComposer({ channel: 'email' });
    expect(screen.getByRole('tab', { name: 'Email', selected: true })).toBeTruthy();
    await type(screen.getByRole('textbox', { name: 'Topic' }), 'platform migrations');
    await giveInputs();
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).not.toBe('');
  });

  it('copies the message inside the click and keeps the draft', async () => {
    await renderComposer();
    await giveInputs();
    const text = message().value;
    await click(screen.getByRole('button', { name: 'Copy' }));
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(text);
    expect(await screen.findByText(/Copied/)).toBeTruthy();
    expect(clipboard).toEqual([text]);
    await waitFor(async () => expect(await listDrafts(prospect.id!)).toHaveLength(1));
    // A second copy updates the same draft instead of adding one.
    await type(message(), `${text} Thanks again.`);
    await click(screen.getByRole('button', { name: 'Copy' }));
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
    await renderComposer();
    await type(message(), 'Hello');
    await click(screen.getByRole('button', { name: 'Copy' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Ctrl\+C/);
  });

  it('marks the request as sent: touch, status requested, follow-up by the cadence, draft saved', async () => {
    const onSent = vi.fn();
    await renderComposer({ onSent });
    await giveInputs();
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
    await renderComposer();
    await giveInputs();
    await click(screen.getByRole('button', { name: 'Mark as sent' }));
    await screen.findByText(/Marked as sent/);
    const [touch] = await listTouches(prospect.id!);
    const [reminder] = await listReminders(prospect.id!);
    expect((reminder?.dueAt ?? 0) - (touch?.at ?? 0)).toBe(10 * 24 * 60 * 60 * 1000);
  });

  it('refuses to mark an empty message as sent, and writes nothing', async () => {
    await renderComposer();
    await click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Write the message first/);
    expect(await db.touches.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('cannot mark a message to an unsaved person as sent, and says why', async () => {
    const { id: _id, ...unsaved } = prospect;
    await renderComposer({ prospect: unsaved });
    expect(screen.getByRole('button', { name: 'Mark as sent' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Save the prospect first/)).toBeTruthy();
  });

  it('has exactly one status element: the score', async () => {
    await renderComposer();
    await giveInputs();
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('asks for the user’s name and role when the settings lack them, and reports them', async () => {
    const onMeChange = vi.fn();
    await renderComposer({
      settings: { ...SETTINGS, me: { name: '', role: '', company: '', goal: '' } },
      channel: 'message',
      onMeChange,
    });
    expect(screen.getByText('Add your name, to sign the message.')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: 'Your name' });
    await type(name, 'Sam Okoro');
    fireEvent.blur(name);
    expect(onMeChange).toHaveBeenCalledWith({ name: 'Sam Okoro', role: '' });
    await type(screen.getByRole('textbox', { name: 'Your role' }), 'backend engineer');
    await giveInputs();
    expect(message().value).toContain('Sam');
  });

  it('asks the questions of each kind of draft', async () => {
    const { unmount } = await renderComposer({ kind: 'thank-you' });
    expect(screen.getByRole('heading', { name: 'Draft a thank-you' })).toBeTruthy();
    await type(
      screen.getByRole('textbox', { name: 'What you are taking away' }),
      'to migrate one bounded context first',
    );
    await type(
      screen.getByRole('textbox', { name: 'Your next step' }),
      'pick the context with the fewest writers',
    );
    expect(message().value).toMatch(/thank/i);
    expect(screen.queryByRole('group', { name: 'Why them' })).toBeNull();
    unmount();
    await renderComposer({ kind: 'report-back' });
    expect(screen.getByRole('textbox', { name: 'Their advice' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'What you did with it' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'How it turned out' })).toBeTruthy();
  });

  it('continues a saved draft with its channel and text', async () => {
    await renderComposer({
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

  it('moves focus to its heading when it opens', async () => {
    await renderComposer();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Draft a request' }));
  });

  it('renders markup from the profile as text in the reasons to pick', async () => {
    prospect = { ...prospect, title: '<img src=x onerror=alert(1)>', company: 'Fjordline' };
    await renderComposer();
    expect(screen.getByRole('checkbox', { name: '<img src=x onerror=alert(1)> at Fjordline' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

/** An engine whose lint answers arrive when the test says, in any order; generate answers at once. */
function manualEngine() {
  const asked: { text: string; answer: (r: ExplainedLintReport) => void }[] = [];
  const engine: DraftEngine = {
    lint: (text) => new Promise((resolve) => asked.push({ text, answer: resolve })),
    generate: (inputs) => localDraftEngine.generate(inputs),
  };
  const question = (text: string) => {
    const q = asked.findLast((a) => a.text === text);
    if (!q) throw new Error('not asked');
    return q;
  };
  return { engine, question };
}

const score = () => screen.getByRole('status').textContent;

describe('the composer with an engine elsewhere (the popup’s background)', () => {
  it('never lets a slower answer to older text replace the answer to newer text', async () => {
    const { engine, question } = manualEngine();
    await renderComposer({ engine });
    await type(message(), 'Could I pick your brain?');
    await type(message(), 'Could I ask one question?');
    expect(score()).toBe('Scoring…');
    await act(async () => question('Could I ask one question?').answer({ score: 88, findings: [] }));
    await settle();
    expect(score()).toBe('Score: 88 of 100. No findings.');
    // The answer about the first text arrives late: it is dropped.
    const old = await localDraftEngine.lint('Could I pick your brain?', { channel: 'connection-note' });
    await act(async () => question('Could I pick your brain?').answer(old));
    await settle();
    expect(score()).toBe('Score: 88 of 100. No findings.');
    expect(screen.queryByText('Pick your brain')).toBeNull();
    expect(document.querySelector('.ui-hl-backdrop mark')).toBeNull();
  });

  it('keeps showing the last score and findings until the next answer arrives', async () => {
    const { engine, question } = manualEngine();
    await renderComposer({ engine });
    await type(message(), 'Could I pick your brain?');
    const report = await localDraftEngine.lint('Could I pick your brain?', { channel: 'connection-note' });
    await act(async () => question('Could I pick your brain?').answer(report));
    await settle();
    const shown = score();
    expect(shown).toMatch(/^Score: \d+ of 100\. \d+ findings?\.$/);
    expect(findings().getByText('Pick your brain')).toBeTruthy();
    await type(message(), 'Could I pick your brain? Thanks');
    expect(score()).toBe(shown);
    expect(findings().getByText('Pick your brain')).toBeTruthy();
  });

  it('says so when the engine cannot answer, and the message can still be edited, copied and marked as sent', async () => {
    const failing: DraftEngine = {
      lint: () => Promise.reject(new Error('worker gone')),
      generate: () => Promise.reject(new Error('worker gone')),
    };
    const onSent = vi.fn();
    await renderComposer({ engine: failing, onSent });
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not check or draft this message/);
    await type(message(), 'Hi Maya, one question about your migration, if you have 15 minutes.');
    expect(score()).toBe('Score: not available.');
    await click(screen.getByRole('button', { name: 'Copy' }));
    expect(clipboard).toEqual(['Hi Maya, one question about your migration, if you have 15 minutes.']);
    await click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(await listTouches(prospect.id!)).toHaveLength(1);
  });

  it('shows an engine error, not a crash, when the background answers in the wrong shape', async () => {
    const badAnswers = backgroundDraftEngine({
      sendMessage: async (m) =>
        (m as { type: string }).type === 'draft-lint'
          ? { score: 'high', findings: [{ rule: 'pick-your-brain' }] }
          : { ok: true, variants: [{ text: 5 }] },
    });
    await renderComposer({ engine: badAnswers, channel: 'message' });
    await giveInputs();
    await type(message(), 'Could I pick your brain?');
    expect(screen.getByRole('alert').textContent).toMatch(/could not check or draft this message/);
    expect(score()).toBe('Score: not available.');
    expect(screen.queryAllByRole('radio', { name: /^Version/ })).toHaveLength(0);
    expect(message().value).toBe('Could I pick your brain?');
  });

  it('keeps saying the engine failed when an older answer arrives after the newest question failed', async () => {
    const asked: { text: string; answer: (r: ExplainedLintReport) => void; fail: (e: Error) => void }[] = [];
    const engine: DraftEngine = {
      lint: (text) => new Promise((answer, fail) => asked.push({ text, answer, fail })),
      generate: (inputs) => localDraftEngine.generate(inputs),
    };
    await renderComposer({ engine, channel: 'message' });
    await type(message(), 'Could I pick your brain?');
    await type(message(), 'Could I ask one question?');
    // The worker restarts: the question about the text on screen fails...
    await act(async () =>
      asked.findLast((a) => a.text === 'Could I ask one question?')?.fail(new Error('gone')),
    );
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/could not check or draft this message/);
    // ...and then the slow answer about the earlier text arrives.
    const old = await localDraftEngine.lint('Could I pick your brain?', { channel: 'message' });
    await act(async () => asked.findLast((a) => a.text === 'Could I pick your brain?')?.answer(old));
    await settle();
    // The text on screen was never checked: the banner stays.
    expect(screen.getByRole('alert').textContent).toMatch(/could not check or draft this message/);
  });

  it('clears the engine error and drafts once the engine answers again', async () => {
    let down = true;
    const engine: DraftEngine = {
      lint: (text, context) =>
        down ? Promise.reject(new Error('worker gone')) : localDraftEngine.lint(text, context),
      generate: (inputs) =>
        down ? Promise.reject(new Error('worker gone')) : localDraftEngine.generate(inputs),
    };
    await renderComposer({ engine, channel: 'message' });
    await giveInputs();
    expect(screen.getByRole('alert').textContent).toMatch(/could not check or draft this message/);
    // The background worker is back; the user goes on typing the message.
    down = false;
    await type(message(), 'Could I pick your brain?');
    expect(score()).toMatch(/^Score: \d+ of 100/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('radio', { name: /^Version/ })).toHaveLength(3);
  });

  it('lints and drafts through the background’s messages as it does in the side panel', async () => {
    const { listen } = await import('@/lib/messaging');
    const { draftHandlers } = await import('@/lib/background/drafts');
    const listeners: ((m: unknown, s: object) => Promise<unknown> | undefined)[] = [];
    const self = 'chrome-extension://askwell-id';
    listen(
      {
        id: 'askwell-id',
        getURL: (p) => `${self}${p}`,
        sendMessage: async () => undefined,
        onMessage: { addListener: (l) => listeners.push(l), removeListener: () => undefined },
      },
      draftHandlers(localDraftEngine),
    );
    const engine = backgroundDraftEngine({
      sendMessage: (m) =>
        listeners[0]?.(m, { id: 'askwell-id', url: `${self}/popup.html` }) ?? Promise.resolve(),
    });
    await renderComposer({ engine, channel: 'message' });
    await giveInputs();
    expect(screen.getAllByRole('radio', { name: /^Version/ })).toHaveLength(3);
    await type(message(), `Could I pick your brain? ${message().value}`);
    expect(findings().getByText('Pick your brain')).toBeTruthy();
    expect(score()).toMatch(/finding/);
  });
});
