// When the popup renders its first screen (as soon as the capture answers, or after the wait), and
// when it loads its later chunks (once the first screen is painted).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureOutcome, TargetTab } from '@/components/popup/capture';
import { afterFirstPaint, firstScreenReady, type PopupStart } from '@/components/popup/services';

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

/** Whether `p` has settled once the timers due now have run (fake timers). */
async function isSettled(p: Promise<void>): Promise<boolean> {
  let settled = false;
  p.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('firstScreenReady', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

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

describe('afterFirstPaint', () => {
  type Listener = (list: { getEntriesByName(name: string): unknown[] }) => void;
  let listeners: Listener[];
  let disconnected: number;

  /** A browser that reports paints: the test says which entries arrive, and when. */
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'element'];
    constructor(private readonly listener: Listener) {}
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      listeners.push(this.listener);
    }
    disconnect() {
      disconnected++;
    }
  }
  const report = (...names: string[]) => {
    for (const listener of listeners) listener({ getEntriesByName: (n) => names.filter((x) => x === n) });
  };

  beforeEach(() => {
    vi.useFakeTimers();
    listeners = [];
    disconnected = 0;
    vi.stubGlobal('PerformanceObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not an earlier empty paint', async () => {
    const painted = afterFirstPaint(300);
    report('first-paint');
    expect(await isSettled(painted)).toBe(false);
    report('first-paint', 'first-contentful-paint');
    expect(await isSettled(painted)).toBe(true);
    expect(disconnected).toBe(1);
  });

  it('does not hold the later chunks back forever on a page that is never painted', async () => {
    const painted = afterFirstPaint(300);
    await vi.advanceTimersByTimeAsync(299);
    expect(await isSettled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isSettled(painted)).toBe(true);
  });

  it('falls back to the wait where the browser reports no paints', async () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakeObserver {
        static override supportedEntryTypes = ['element'];
      },
    );
    const painted = afterFirstPaint(50);
    expect(listeners).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(await isSettled(painted)).toBe(true);
  });
});
