// When the popup renders its first screen: as soon as the capture answers, or after the wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureOutcome, TargetTab } from '@/components/popup/capture';
import { firstScreenReady, type PopupStart } from '@/components/popup/services';

const TARGET: Promise<TargetTab> = Promise.resolve({ tabId: 1, windowId: 1, url: undefined });

/** A start whose capture the test settles by hand. */
function pending() {
  let settle!: { answer: (c: CaptureOutcome) => void; fail: (e: Error) => void };
  const capture = new Promise<CaptureOutcome>((answer, fail) => {
    settle = { answer, fail };
  });
  const start: PopupStart = { target: TARGET, capture };
  return { start, ...settle };
}

describe('firstScreenReady', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const isSettled = async (p: Promise<void>) => {
    let settled = false;
    p.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    return settled;
  };

  it('is ready the moment the capture answers, well before the wait is over', async () => {
    const { start, answer } = pending();
    const ready = firstScreenReady(start, 100);
    await vi.advanceTimersByTimeAsync(30);
    expect(await isSettled(ready)).toBe(false);
    answer({ ok: false, reason: 'unsupported-page' });
    expect(await isSettled(ready)).toBe(true);
  });

  it('does not keep the popup blank for a page that takes long to read', async () => {
    const { start } = pending();
    const ready = firstScreenReady(start, 100);
    await vi.advanceTimersByTimeAsync(99);
    expect(await isSettled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isSettled(ready)).toBe(true);
  });

  it('is ready, not failed, when the capture fails', async () => {
    const { start, fail } = pending();
    const ready = firstScreenReady(start, 100);
    fail(new Error('The tab was closed.'));
    await expect(ready).resolves.toBeUndefined();
  });
});
