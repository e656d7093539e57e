// The popup's engine trusts no answer it has not checked: a missing or malformed answer is an
// engine error, never a crash deep in the composer.
import { describe, expect, it } from 'vitest';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import { DraftEngineError } from '@/lib/drafts/engine';
import { localDraftEngine } from '@/lib/drafts/local-engine';

const CONTEXT = { channel: 'message' as const };
const engineAnswering = (answer: unknown) => backgroundDraftEngine({ sendMessage: async () => answer });
const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => 'answered',
    (e: unknown) => (e instanceof DraftEngineError ? e.reason : 'other error'),
  );

describe('the background engine, as the popup uses it', () => {
  it('sends the typed request and returns a well-formed answer', async () => {
    const sent: unknown[] = [];
    const good = await localDraftEngine.lint('Could I pick your brain?', CONTEXT);
    const engine = backgroundDraftEngine({
      sendMessage: async (m) => {
        sent.push(m);
        return good;
      },
    });
    expect(await engine.lint('Could I pick your brain?', CONTEXT)).toEqual(good);
    expect(sent).toEqual([
      { type: 'draft-lint', payload: { text: 'Could I pick your brain?', context: CONTEXT } },
    ]);
  });

  it.each([
    ['a score above 100', { score: 140, findings: [] }],
    [
      'a finding of an unknown rule',
      {
        score: 50,
        findings: [{ rule: 'x', severity: 'error', message: 'm', title: 't', why: 'w', fix: 'f' }],
      },
    ],
    [
      'a finding without its explanation',
      { score: 50, findings: [{ rule: 'job-ask', severity: 'error', message: 'm' }] },
    ],
    [
      'a negative offset',
      {
        score: 50,
        findings: [
          { rule: 'job-ask', severity: 'error', message: 'm', title: 't', why: 'w', fix: 'f', start: -3 },
        ],
      },
    ],
    ['a string', 'Score: 100'],
    ['extra keys', { score: 50, findings: [], html: '<img>' }],
  ])('treats a lint answer with %s as an engine error', async (_label, answer) => {
    expect(await reasonOf(engineAnswering(answer).lint('Hi', CONTEXT))).toBe('bad-answer');
  });

  it.each([
    ['no variants list', { ok: true }],
    ['an unknown failure', { ok: false, reason: 'tired' }],
    [
      'a variant without text',
      {
        ok: true,
        variants: [
          {
            style: 'reason-first',
            shortened: [],
            characters: 1,
            words: 1,
            report: { score: 1, findings: [] },
          },
        ],
      },
    ],
  ])('treats a generate answer with %s as an engine error', async (_label, answer) => {
    const inputs = {
      kind: 'request' as const,
      channel: 'message' as const,
      prospect: { fullName: 'A' },
      me: { name: 'B' },
    };
    expect(await reasonOf(engineAnswering(answer).generate(inputs))).toBe('bad-answer');
  });

  it('treats no answer (no background listening) and a failed send as engine errors', async () => {
    expect(await reasonOf(engineAnswering(undefined).lint('Hi', CONTEXT))).toBe('no-answer');
    const closed = backgroundDraftEngine({
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    expect(await reasonOf(closed.lint('Hi', CONTEXT))).toBe('no-answer');
    const broken = backgroundDraftEngine({
      sendMessage: async () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(await reasonOf(broken.lint('Hi', CONTEXT))).toBe('failed');
  });
});
