/**
 * Captures once the page is ready: an app that is still rendering (or still showing the previous
 * person after an in-app navigation) is watched with a MutationObserver, disconnected afterwards,
 * and read again, for at most `timeoutMs` in all. Reads only; changes nothing on the page.
 */
import { readNetworkProfile } from './index';
import type { CaptureResult } from './types';

export interface WaitOptions {
  /** The whole wait, first read included (default 2 s). */
  timeoutMs?: number;
}

/** How long the page must stay quiet after a change before it is read again. */
const SETTLE_MS = 40;

/** Worth another look after the page changes: it may still be rendering or navigating. */
function transient(result: CaptureResult): boolean {
  return !result.ok && (result.reason === 'not-rendered' || result.reason === 'mismatch');
}

/** Resolves after the next burst of changes to the page, or at the deadline, whichever is first. */
function nextChange(doc: Document, msLeft: number): Promise<void> {
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(deadline);
      clearTimeout(settle);
      resolve();
    };
    const deadline = setTimeout(done, msLeft);
    const Observer = (doc.defaultView ?? globalThis).MutationObserver;
    if (!Observer) return;
    observer = new Observer(() => {
      clearTimeout(settle);
      settle = setTimeout(done, SETTLE_MS);
    });
    observer.observe(doc.documentElement ?? doc, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}

export async function captureWhenReady(
  doc: Document,
  currentUrl: () => string,
  { timeoutMs = 2000 }: WaitOptions = {},
): Promise<CaptureResult> {
  const start = Date.now();
  let result = readNetworkProfile(doc, currentUrl());
  while (transient(result)) {
    const left = timeoutMs - (Date.now() - start);
    if (left <= 0) break;
    await nextChange(doc, left);
    result = readNetworkProfile(doc, currentUrl());
  }
  return result;
}
