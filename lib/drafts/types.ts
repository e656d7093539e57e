/** Words shared by the composer, the linter and the store: where a draft goes and what it is for. */

/** Where the user will paste the text. */
export type Channel = 'connection-note' | 'message' | 'inmail' | 'email';
export const CHANNELS: readonly Channel[] = ['connection-note', 'message', 'inmail', 'email'];

/** What the message is for, in the order a mentorship conversation goes. */
export type DraftKind = 'request' | 'follow-up' | 'thank-you' | 'report-back' | 'agenda';
export const DRAFT_KINDS: readonly DraftKind[] = [
  'request',
  'follow-up',
  'thank-you',
  'report-back',
  'agenda',
];

/** LinkedIn's connection-note limit: 200 characters on free accounts, 300 on Premium. */
export type NoteLimit = 200 | 300;

/**
 * The engine's vocabulary as values, not only types: the popup checks the background's answers
 * against them without loading the linter or the generator.
 */
export const RULE_IDS = [
  'pick-your-brain',
  'meal-invite',
  'be-my-mentor',
  'job-ask',
  'no-specific-ask',
  'no-time-box',
  'no-why-you',
  'no-easy-out',
  'multiple-asks',
  'over-limit',
  'too-long',
  'placeholder-left',
  'same-company',
  'flattery',
  'self-focus',
  'over-apology',
  'unasked-attachment',
] as const;

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The shortening steps, in the order a draft that does not fit its channel is shortened. */
export const SHORTENING_STEPS = [
  'drop-sign-off',
  'drop-greeting',
  'drop-second-why-you',
  'shorten-why-you',
  'shorten-intro',
  'drop-intro',
  // Last: the shortest way to say no is fine, so that a phrasing a few characters over still fits.
  'shorten-easy-out',
] as const;

export const VARIANT_STYLES = ['reason-first', 'question-first', 'story-first'] as const;

export const INPUT_FIELDS = [
  'prospect.fullName',
  'me.name',
  'me.role',
  'whyYou',
  'ask',
  'timeBox',
  'takeaway',
  'nextStep',
  'advice',
  'action',
  'outcome',
  'situation',
  'goal',
  'options',
  'measure',
] as const;

export const WHY_YOU_SOURCES = [
  'headline',
  'current-role',
  'past-role',
  'career-move',
  'about',
  'education',
  'typed',
] as const;
