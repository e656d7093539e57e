import { describe, expect, it, vi } from 'vitest';
import { guardMessage, listen, type RuntimeLike, type SenderInfo, send } from '@/lib/messaging';

const self = { id: 'askwell-id', origin: 'chrome-extension://askwell-id' };
const fromPopup: SenderInfo = { id: 'askwell-id', url: 'chrome-extension://askwell-id/popup.html' };

describe('message guard', () => {
  it('accepts a well-formed message from one of Askwell’s own pages', () => {
    const r = guardMessage({ type: 'show-prospect', payload: { prospectId: 3 } }, fromPopup, self);
    expect(r).toEqual({ ok: true, message: { type: 'show-prospect', payload: { prospectId: 3 } } });
  });

  it('accepts the origin Chrome reports even without a url', () => {
    const r = guardMessage(
      { type: 'reminders-changed', payload: {} },
      { id: 'askwell-id', origin: self.origin },
      self,
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    ['another extension', { id: 'evil-id', url: 'chrome-extension://evil-id/x.html' }, 'foreign-extension'],
    ['a web page (externally connected)', { url: 'https://evil.example/' }, 'foreign-extension'],
    [
      'a content script in a web page',
      { id: 'askwell-id', url: 'https://www.linkedin.com/in/x/' },
      'not-extension-page',
    ],
    [
      'a sender with a forged id but a web origin',
      { id: 'askwell-id', origin: 'https://evil.example' },
      'not-extension-page',
    ],
    ['a sender with no url at all', { id: 'askwell-id' }, 'not-extension-page'],
    [
      'a look-alike origin',
      { id: 'askwell-id', url: 'chrome-extension://askwell-id.evil/popup.html' },
      'not-extension-page',
    ],
  ])('rejects a message from %s', (_label, sender, reason) => {
    const r = guardMessage({ type: 'reminders-changed', payload: {} }, sender as SenderInfo, self);
    expect(r).toEqual({ ok: false, reason });
  });

  it.each([
    ['not an object', 'reminders-changed', 'bad-shape'],
    ['null', null, 'bad-shape'],
    ['an array', ['show-prospect', 1], 'bad-shape'],
    ['an unknown type', { type: 'delete-everything', payload: {} }, 'unknown-type'],
    ['a prototype key as type', { type: '__proto__', payload: {} }, 'unknown-type'],
    ['a payload of the wrong type', { type: 'show-prospect', payload: { prospectId: '3' } }, 'bad-shape'],
    ['a negative id', { type: 'show-prospect', payload: { prospectId: -1 } }, 'bad-shape'],
    ['extra payload keys', { type: 'reminders-changed', payload: { wipe: true } }, 'bad-shape'],
    ['a missing payload', { type: 'show-prospect' }, 'bad-shape'],
  ])('rejects %s', (_label, raw, reason) => {
    expect(guardMessage(raw, fromPopup, self)).toEqual({ ok: false, reason });
  });

  it('accepts the popup’s "store changed" naming the tables it wrote', () => {
    const raw = { type: 'store-changed', payload: { tables: ['prospects', 'touches', 'reminders'] } };
    expect(guardMessage(raw, fromPopup, self)).toEqual({ ok: true, message: raw });
  });

  it.each([
    ['an unknown table', { tables: ['prospects', 'settings'] }],
    ['no table', { tables: [] }],
    ['more tables than there are', { tables: ['prospects', 'touches', 'drafts', 'reminders', 'prospects'] }],
    ['a table that is not a string', { tables: [1] }],
    ['tables that are not a list', { tables: 'prospects' }],
    ['extra payload keys', { tables: ['prospects'], ids: [1] }],
    ['no payload keys', {}],
  ])('rejects a "store changed" with %s', (_label, payload) => {
    expect(guardMessage({ type: 'store-changed', payload }, fromPopup, self)).toEqual({
      ok: false,
      reason: 'bad-shape',
    });
  });

  it('rejects a "store changed" from a content script or another extension', () => {
    const raw = { type: 'store-changed', payload: { tables: ['prospects'] } };
    expect(guardMessage(raw, { id: 'askwell-id', url: 'https://www.linkedin.com/in/x/' }, self)).toEqual({
      ok: false,
      reason: 'not-extension-page',
    });
    expect(guardMessage(raw, { id: 'evil-id', url: 'chrome-extension://evil-id/x.html' }, self)).toEqual({
      ok: false,
      reason: 'foreign-extension',
    });
  });
});

function fakeRuntime() {
  const listeners: ((m: unknown, s: SenderInfo) => Promise<unknown> | undefined)[] = [];
  const runtime: RuntimeLike = {
    id: 'askwell-id',
    getURL: (p: string) => `chrome-extension://askwell-id${p}`,
    sendMessage: vi.fn(async () => undefined),
    onMessage: {
      addListener: (cb) => listeners.push(cb),
      removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1),
    },
  };
  return { runtime, listeners };
}

describe('listen', () => {
  it('runs the handler only for accepted messages, and answers with its result', async () => {
    const { runtime, listeners } = fakeRuntime();
    const handler = vi.fn(() => ({ shown: true }));
    const stop = listen(runtime, { 'show-prospect': handler });
    const deliver = listeners[0];
    if (!deliver) throw new Error('no listener');

    expect(
      deliver(
        { type: 'show-prospect', payload: { prospectId: 1 } },
        { id: 'askwell-id', url: 'https://evil.example/' },
      ),
    ).toBeUndefined();
    expect(deliver({ type: 'show-prospect', payload: { prospectId: 'x' } }, fromPopup)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();

    await expect(deliver({ type: 'show-prospect', payload: { prospectId: 7 } }, fromPopup)).resolves.toEqual({
      shown: true,
    });
    expect(handler).toHaveBeenCalledWith({ prospectId: 7 });

    stop();
    expect(listeners).toHaveLength(0);
  });

  it('leaves messages it has no handler for to other parts', () => {
    const { runtime, listeners } = fakeRuntime();
    listen(runtime, {});
    expect(listeners[0]?.({ type: 'reminders-changed', payload: {} }, fromPopup)).toBeUndefined();
  });
});

describe('send', () => {
  it('sends the typed envelope', async () => {
    const { runtime } = fakeRuntime();
    await send(runtime, 'show-prospect', { prospectId: 2 });
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'show-prospect', payload: { prospectId: 2 } });
  });

  it('treats "no part is listening" as no answer, but lets other errors through', async () => {
    const runtime = {
      sendMessage: vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    };
    await expect(send(runtime, 'reminders-changed', {})).resolves.toBeUndefined();
    runtime.sendMessage.mockRejectedValueOnce(new Error('Message length exceeded maximum allowed length.'));
    await expect(send(runtime, 'reminders-changed', {})).rejects.toThrow(/length/);
  });
});
