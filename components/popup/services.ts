/**
 * The popup's edges: the browser calls it makes (which tab, run the capture script, open the side
 * panel) and the chunks it loads later, behind one interface that component tests replace.
 */

import type { ComponentType } from 'preact';
import type { WxtBrowser } from 'wxt/browser';
import type { ComposerActions, ComposerProps } from '@/components/composer/Composer';
import type { DraftEngine } from '@/lib/drafts/engine';
import { openProspectPanel } from '@/lib/panel';
import {
  CAPTURE_SCRIPTS,
  type CaptureMode,
  type CaptureOutcome,
  parseCaptureResult,
  requestedTabId,
  type TargetTab,
} from './capture';

export type PopupStore = typeof import('./store');
/** The composer's chunk, with the engine and the writes the popup gives it. */
export interface ComposerModule {
  Composer: ComponentType<ComposerProps>;
  engine: DraftEngine;
  actions: ComposerActions;
}

export interface PopupServices {
  /** The tab the popup is about. */
  target(): Promise<TargetTab>;
  /** The tab's id when it is known without asking the browser (a test's `?tab=`). */
  knownTabId?(): number | undefined;
  /** Runs a capture script in the tab and returns its checked answer; never rejects. */
  capture(tabId: number, mode: CaptureMode): Promise<CaptureOutcome>;
  /** Opens the prospect list. Call it synchronously inside the click, before any await. */
  openPanel(windowId: number | undefined): Promise<void>;
  /** Closes the popup (after the side panel opened). */
  close(): void;
  store(): Promise<PopupStore>;
  composer(): Promise<ComposerModule>;
  now(): number;
  timeZone(): string;
}

/**
 * The browser's own promise-based API (Chrome MV3, Firefox): the popup's first screen makes only
 * two calls and does not need the polyfill's weight for them.
 */
function nativeBrowser(): WxtBrowser {
  const g = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as WxtBrowser;
}

/**
 * Resolves once the page's first contentful paint has happened (the frame with the person, or the
 * "Reading the page…" shell), or after `fallbackMs` where paints are not reported (a hidden page);
 * never rejects. The popup loads its later chunks then: loading the store and the composer while
 * that frame is on its way delayed it (measured in the toolbar popup, interleaved: the name painted
 * at a median 88 ms against 108 ms, sooner in 43 of 50 opens).
 */
export function afterFirstPaint(fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const timer = setTimeout(() => {
      observer?.disconnect();
      resolve();
    }, fallbackMs);
    if (typeof PerformanceObserver === 'undefined') return;
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      clearTimeout(timer);
      observer?.disconnect();
      // After the task that reported the paint, not inside it.
      setTimeout(resolve, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** The real browser, for the built popup. */
export function browserServices(): PopupServices {
  const browser = nativeBrowser();
  const painted = afterFirstPaint();
  return {
    knownTabId: () => requestedTabId(location.search),
    async target() {
      const requested = requestedTabId(location.search);
      if (requested !== undefined) {
        const tab = await browser.tabs.get(requested).catch(() => undefined);
        return { tabId: requested, windowId: tab?.windowId, url: tab?.url };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return { tabId: tab?.id, windowId: tab?.windowId, url: tab?.url };
    },
    async capture(tabId, mode) {
      try {
        const [frame] = await browser.scripting.executeScript({
          target: { tabId },
          files: [CAPTURE_SCRIPTS[mode]],
        });
        return parseCaptureResult(frame?.result);
      } catch {
        // Browser pages, the extension store and PDFs refuse scripts; so does a tab that closed.
        return { ok: false, reason: 'cannot-read' };
      }
    },
    openPanel: (windowId) => openProspectPanel(windowId),
    close: () => window.close(),
    store: () => painted.then(() => import('./store')),
    composer: () =>
      painted
        .then(() => import('./composer'))
        .then((m) => ({ Composer: m.Composer, ...m.popupComposerParts(browser.runtime) })),
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

/** What the popup starts before its first render, so that nothing waits for a frame to begin. */
export interface PopupStart {
  target: Promise<TargetTab>;
  capture: Promise<CaptureOutcome>;
}

/**
 * Starts the capture at once. The store (Dexie) is not loaded here: compiling it while the capture
 * runs would delay the name on screen; the popup loads it once the capture has answered.
 */
export function startPopup(services: PopupServices): PopupStart {
  const target = services
    .target()
    .catch((): TargetTab => ({ tabId: undefined, windowId: undefined, url: undefined }));
  const known = services.knownTabId?.();
  // With the tab known, the capture starts in this very call, before anything is rendered.
  const capture =
    known !== undefined
      ? services.capture(known, 'profile')
      : target.then(
          (t): Promise<CaptureOutcome> =>
            t.tabId === undefined
              ? Promise.resolve({ ok: false, reason: 'cannot-read' })
              : services.capture(t.tabId, 'profile'),
        );
  return { target, capture };
}

/**
 * Resolves when the capture has answered, or after `waitMs`, whichever is first; never rejects.
 * The popup renders then: its first frame shows the person rather than a "Reading the page…" shell
 * that the next frame replaces, and a page still rendering (up to 2 s) gets the shell after `waitMs`.
 */
export function firstScreenReady(start: PopupStart, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    start.capture.then(done, done);
  });
}
