/** Flags a draft longer than the channel's hard limit (connection note 200 or 300, InMail 1,900, message 8,000). */
import { channelLimit, characterCount, overflowStart } from '../limits';
import { ALL_KINDS, type Rule } from '../rule';

const CHANNEL_NAMES = {
  'connection-note': 'a connection note',
  inmail: 'an InMail',
  message: 'a message',
  email: 'an email',
} as const;

export const overLimit: Rule = {
  id: 'over-limit',
  severity: 'error',
  title: 'Over the character limit',
  why: 'LinkedIn cuts or refuses text past the limit, so the ask and the easy out at the end are lost.',
  fix: 'Cut the niceties first, then shorten the reason and the introduction; keep the why-you, the ask and the time box.',
  kinds: ALL_KINDS,
  check(draft) {
    const { channel, noteLimit } = draft.context;
    const limit = channelLimit(channel, noteLimit);
    if (limit === null) return [];
    const count = characterCount(draft.doc.raw);
    if (count <= limit) return [];
    const start = overflowStart(draft.doc.raw, limit) ?? draft.doc.raw.length;
    return [
      {
        start,
        end: draft.doc.raw.length,
        detail: `${count} characters: ${CHANNEL_NAMES[channel]} takes at most ${limit >= 1000 ? `${Math.floor(limit / 1000)},${String(limit % 1000).padStart(3, '0')}` : limit} (${count - limit} over).`,
      },
    ];
  },
};
