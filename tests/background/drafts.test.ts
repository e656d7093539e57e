// The background answers the popup's drafting requests with exactly what the side panel's own
// engine computes, and only to Askwell's own pages with well-formed requests.
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundHandle, startBackground } from '@/lib/background/start';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import type { DraftInputs } from '@/lib/drafts/generate';
import type { DraftContext } from '@/lib/drafts/lint';
import { localDraftEngine } from '@/lib/drafts/local-engine';
import { MAX_DRAFT_CHARS, MAX_FIELD_CHARS } from '@/lib/drafts/protocol';
import type { RuntimeLike } from '@/lib/messaging';
import { memorySource, NOW } from './fixtures';

const id = fakeBrowser.runtime.id;
const fromPopup = { id, url: `chrome-extension://${id}/popup.html` };
const fromContentScript = { id, url: 'https://www.linkedin.com/in/someone/' };
const fromOtherExtension = { id: 'other-id', url: 'chrome-extension://other-id/page.html' };

const CONTEXT: DraftContext = {
  channel: 'connection-note',
  noteLimit: 200,
  kind: 'request',
  prospect: { fullName: 'Maya Lindqvist', company: 'Fjordline Systems', headline: 'Principal engineer' },
  me: { company: 'Fjordline Systems' },
};
const TEXT = 'Hi Maya, could I pick your brain over coffee? I also work at Fjordline Systems.';
const INPUTS: DraftInputs = {
  kind: 'request',
  channel: 'message',
  noteLimit: 200,
  prospect: { fullName: 'Maya Lindqvist', company: 'Fjordline Systems', title: 'Principal Engineer' },
  me: { name: 'Sam Okoro', role: 'backend engineer' },
  whyYou: [
    { id: 'current-role:0', source: 'current-role', label: 'x', text: 'your work as Principal Engineer' },
  ],
  ask: 'How did you get product leads to back the migration?',
  timeBox: '15 minutes on a call',
  options: [],
};

let bg: BackgroundHandle | undefined;
afterEach(() => bg?.stop());

function start() {
  bg = startBackground(browser, memorySource([]).source, { now: () => NOW, drafts: localDraftEngine });
}

/** What the background's listeners answer to one message from `sender` (undefined: no answer). */
async function answer(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await Promise.all(answers)).find((a) => a !== undefined);
}

/** The popup's engine, its messages delivered to the background's listeners as from the popup. */
const popupRuntime: Pick<RuntimeLike, 'sendMessage'> = { sendMessage: (m) => answer(m, fromPopup) };

describe('the background drafting engine', () => {
  it('lints a draft for the popup exactly as the side panel’s engine does, rule text included', async () => {
    start();
    const remote = await backgroundDraftEngine(popupRuntime).lint(TEXT, CONTEXT);
    const local = await localDraftEngine.lint(TEXT, CONTEXT);
    expect(remote).toEqual(local);
    expect(remote.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['pick-your-brain', 'meal-invite']),
    );
    expect(remote.findings.find((f) => f.rule === 'pick-your-brain')?.title).toBe('Pick your brain');
  });

  it('generates the versions for the popup exactly as the side panel’s engine does', async () => {
    start();
    const remote = await backgroundDraftEngine(popupRuntime).generate(INPUTS);
    expect(remote).toEqual(await localDraftEngine.generate(INPUTS));
    expect(remote.ok && remote.variants.length).toBe(3);
    const missing = await backgroundDraftEngine(popupRuntime).generate({ ...INPUTS, ask: undefined });
    expect(missing).toEqual(await localDraftEngine.generate({ ...INPUTS, ask: undefined }));
    expect(missing.ok).toBe(false);
  });

  it('lints and drafts with the long texts a user may paste or a page may hold (100 KB)', async () => {
    start();
    const engine = backgroundDraftEngine(popupRuntime);
    const long = `Hi Maya, ${'I have been reading your posts on migrations. '.repeat(2_200)}`;
    expect(long.length).toBeGreaterThan(100_000);
    const report = await engine.lint(long, { ...CONTEXT, channel: 'message' });
    expect(report.findings.map((f) => f.rule)).toContain('too-long');
    const named = await engine.generate({
      ...INPUTS,
      prospect: { ...INPUTS.prospect, headline: 'x'.repeat(100_000) },
    });
    expect(named.ok).toBe(true);
  });

  it('does not answer a content script or another extension', async () => {
    start();
    const message = { type: 'draft-lint', payload: { text: TEXT, context: CONTEXT } };
    expect(await answer(message, fromPopup)).toBeDefined();
    expect(await answer(message, fromContentScript)).toBeUndefined();
    expect(await answer(message, fromOtherExtension)).toBeUndefined();
    expect(
      await answer({ type: 'draft-generate', payload: { inputs: INPUTS } }, fromContentScript),
    ).toBeUndefined();
  });

  it.each([
    ['a draft longer than the protocol allows', { text: 'x'.repeat(MAX_DRAFT_CHARS + 1), context: CONTEXT }],
    ['an unknown channel', { text: TEXT, context: { ...CONTEXT, channel: 'fax' } }],
    ['an unknown kind', { text: TEXT, context: { ...CONTEXT, kind: 'threat' } }],
    ['a note limit LinkedIn does not have', { text: TEXT, context: { ...CONTEXT, noteLimit: 250 } }],
    ['an extra key', { text: TEXT, context: CONTEXT, html: '<b>' }],
    ['no text', { context: CONTEXT }],
  ])('does not answer a lint request with %s', async (_label, payload) => {
    start();
    expect(await answer({ type: 'draft-lint', payload }, fromPopup)).toBeUndefined();
  });

  it.each([
    ['an overlong ask', { ...INPUTS, ask: 'x'.repeat(MAX_FIELD_CHARS + 1) }],
    ['an extra key', { ...INPUTS, script: 'alert(1)' }],
    [
      'a why-you fact of an unknown source',
      { ...INPUTS, whyYou: [{ id: 'a', source: 'guess', label: 'a', text: 'a' }] },
    ],
    ['a prospect without a name', { ...INPUTS, prospect: {} }],
  ])('does not answer a generate request with %s', async (_label, inputs) => {
    start();
    expect(await answer({ type: 'draft-generate', payload: { inputs } }, fromPopup)).toBeUndefined();
  });

  it('answers nothing about drafts when started without an engine', async () => {
    bg = startBackground(browser, memorySource([]).source, { now: () => NOW });
    expect(
      await answer({ type: 'draft-lint', payload: { text: TEXT, context: CONTEXT } }, fromPopup),
    ).toBeUndefined();
  });
});
