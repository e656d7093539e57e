/** What the popup says when it cannot read the page: one sentence on why, one on what to do. */
import type { CaptureOutcome } from './capture';

export type FailureReason = Extract<CaptureOutcome, { ok: false }>['reason'];

export interface FailureText {
  title: string;
  why: string;
  todo: string;
}

export const FAILURE_TEXT: Record<FailureReason, FailureText> = {
  'sign-in-wall': {
    title: 'Sign in to LinkedIn',
    why: 'LinkedIn is showing its sign-in page instead of the profile.',
    todo: 'Sign in to LinkedIn and reload the page, then click Askwell again.',
  },
  'not-rendered': {
    title: 'The profile is still loading',
    why: 'The page had not shown the person yet when Askwell looked.',
    todo: 'Wait until the profile is on screen, then try again.',
  },
  mismatch: {
    title: 'Reload the page',
    why: 'The page still shows the previous person after moving to this profile.',
    todo: 'Reload the page, then click Askwell again.',
  },
  'not-found': {
    title: 'Profile not found',
    why: 'This profile does not exist or is no longer available.',
    todo: 'Check the address, or add the person by hand below.',
  },
  'rate-limited': {
    title: 'LinkedIn paused this page',
    why: 'LinkedIn is showing a security check or has limited how many profiles you can view.',
    todo: 'Complete LinkedIn’s check or wait a while, reload the profile, then try again.',
  },
  'unsupported-page': {
    title: 'Not a profile page',
    why: 'Askwell reads LinkedIn and GitHub profiles, and this page is not one.',
    todo: 'Open the person’s profile and click Askwell again, or add them by hand below.',
  },
  'cannot-read': {
    title: 'Askwell cannot read this page',
    why: 'Browsers do not let extensions read their own pages, the extension store or files.',
    todo: 'Open the person’s profile in a tab and click Askwell again, or add them by hand below.',
  },
};
