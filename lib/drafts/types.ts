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
