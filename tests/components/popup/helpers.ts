// Shared by the popup's component tests: a fake browser edge around the real store and composer.
import { vi } from 'vitest';
// Loaded up front: transforming the composer on its first dynamic import takes longer than a
// findBy* waits, which says nothing about the popup.
import '@/components/composer/Composer';
import '@/components/popup/store';
import '@/components/popup/views';
import type { CaptureMode, CaptureOutcome, TargetTab } from '@/components/popup/capture';
import type { PopupServices } from '@/components/popup/services';
import { markSent } from '@/lib/conversation';
import { saveDraft } from '@/lib/db/drafts';
import { localDraftEngine } from '@/lib/drafts/local-engine';
import type { ProfileSnapshot } from '@/lib/profiles/types';

/** 2026-03-10 12:00 UTC: a fixed clock for due dates and "3 days ago". */
export const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;

/** An invented LinkedIn member, as the capture script returns her. */
export function maya(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    network: 'linkedin',
    profileUrl: 'https://www.linkedin.com/in/maya-lindqvist/',
    fullName: 'Maya Lindqvist',
    headline: 'Principal engineer · platform migrations',
    title: 'Principal Engineer',
    company: 'Fjordline Systems',
    location: 'Gothenburg, Sweden',
    about:
      'I led the move of our billing platform to event sourcing without a day of downtime. I write about migrations that product teams can live with.',
    experience: [
      { title: 'Principal Engineer', company: 'Fjordline Systems', dateRange: 'Mar 2020 – Present' },
      { title: 'Senior Engineer', company: 'Harbor Pay', dateRange: 'Jan 2015 – Feb 2020' },
    ],
    education: [],
    ...overrides,
  };
}

export interface FakeServices extends PopupServices {
  capture: ReturnType<typeof vi.fn<(tabId: number, mode: CaptureMode) => Promise<CaptureOutcome>>>;
  openPanel: ReturnType<typeof vi.fn<(windowId: number | undefined) => Promise<void>>>;
  close: ReturnType<typeof vi.fn<() => void>>;
}

/**
 * The popup's browser edge, faked: `outcomes` are what the capture script answers, one per call
 * (the last repeats); a function answers per mode. Store and composer are the real modules.
 */
export function fakeServices(
  outcomes: CaptureOutcome[] | ((mode: CaptureMode) => Promise<CaptureOutcome>),
  target: Partial<TargetTab> = {},
): FakeServices {
  let call = 0;
  return {
    target: async () => ({
      tabId: 7,
      windowId: 3,
      url: 'https://www.linkedin.com/in/maya-lindqvist/',
      ...target,
    }),
    capture: vi.fn(async (_tabId: number, mode: CaptureMode) => {
      if (typeof outcomes === 'function') return outcomes(mode);
      const outcome = outcomes[Math.min(call, outcomes.length - 1)];
      call++;
      if (!outcome) throw new Error('no capture outcome given');
      return outcome;
    }),
    openPanel: vi.fn(async () => undefined),
    close: vi.fn(),
    store: () => import('@/components/popup/store'),
    // The side panel's engine stands in for the background's (its messages are tested elsewhere).
    composer: async () => ({
      Composer: (await import('@/components/composer/Composer')).Composer,
      engine: localDraftEngine,
      actions: { saveDraft, markSent },
    }),
    now: () => NOW,
    timeZone: () => 'UTC',
  };
}
