// How fast the respect linter runs on every keystroke, and how long the generator takes for a full set.
import { describe, expect, it } from 'vitest';
import { type DraftInputs, generateDrafts } from '@/lib/drafts/generate';
import { lintDraft } from '@/lib/drafts/lint';
import { CHANNELS, DRAFT_KINDS } from '@/lib/drafts/types';
import { measure, recordFigure } from './figures';

// A long, realistic InMail (invented people), trimmed to exactly 2,000 characters.
const PARAGRAPHS = [
  'Hi Beatriz,',
  "Your talk at LeadDev Lisbon on hiring the first ten engineers at a seed-stage startup is why I'm writing. I'm the technical co-founder of a four-person company that builds scheduling software for physiotherapy clinics, and we are about to hire for the first time.",
  'Some background, so you know where we are: twenty paying clinics, a small seed round, eighteen months of runway. My co-founder sells; I write most of the code, which makes hiring the bottleneck for everything we want to do this year. I have read your blog series and two books, tried a take-home exercise on a friend, and written a first job description, but I keep going back and forth on one decision.',
  'My one question: should the first hire be a senior generalist, or two mid-level engineers for the same budget? Fifteen minutes on a call, or a short written reply, would be more than enough. I will come prepared with a one-page summary of our plan, and I will tell you what we decided and how it worked out.',
  "I'm not asking for a job or a referral, only for your view. If you're too busy, I completely understand, and thank you for sharing so much of your experience publicly.",
  'Best regards,\nDuarte',
];
const base = PARAGRAPHS.join('\n\n');
const DRAFT = `${base}\n\n${base}`.slice(0, 2000);

// No sentence ends, repeated trigger words: the shape most likely to make a regex backtrack.
const PATHOLOGICAL = 'your you your coffee pick brain not a job referral I my me '.repeat(40).slice(0, 2000);

const INPUTS: Omit<DraftInputs, 'kind' | 'channel'> = {
  prospect: { fullName: 'Maya Chen', company: 'Northwind' },
  me: {
    name: 'Lena',
    role: 'backend developer at Acme',
    whereIAm: 'I lead four engineers',
    whereINeedToBe: 'I need to run a platform team',
  },
  topic: 'event sourcing',
  whyYou: ['your QCon talk on event sourcing'],
  ask: 'How did you win over product leads?',
  timeBox: '15 min or a short reply',
  commitment: 'come with a one-page summary',
  takeaway: 'start with one team',
  nextStep: 'book a kickoff with our data team',
  advice: 'start with one team',
  action: 'a pilot with the data team',
  outcome: 'deploys went from 2 days to 4 hours',
  options: ['error budgets', 'a new on-call rotation'],
  measure: 'pages per week',
};

describe('respect linter speed', () => {
  it('lints a 2,000-character draft in well under a millisecond (median)', async () => {
    expect(DRAFT.length).toBe(2000);
    const t = await measure(() => lintDraft(DRAFT, { channel: 'inmail' }), { iterations: 1000, warmup: 100 });
    recordFigure({ figure: 'lintDraft, 2,000-char draft, median', value: t.median, unit: 'ms', budget: 1 });
    recordFigure({ figure: 'lintDraft, 2,000-char draft, p95', value: t.p95, unit: 'ms' });
  });

  it('does not blow up on text built to make regexes backtrack', async () => {
    const t = await measure(() => lintDraft(PATHOLOGICAL, { channel: 'message' }), {
      iterations: 300,
      warmup: 30,
    });
    recordFigure({
      figure: 'lintDraft, 2,000-char adversarial text, median',
      value: t.median,
      unit: 'ms',
      budget: 5,
    });
  });
});

describe('draft generator speed', () => {
  it('drafts a full set of three linted variants quickly', async () => {
    const t = await measure(() => generateDrafts({ ...INPUTS, kind: 'request', channel: 'message' }), {
      iterations: 300,
      warmup: 30,
    });
    recordFigure({
      figure: 'generateDrafts, 3 request variants, median',
      value: t.median,
      unit: 'ms',
      budget: 10,
    });
  });

  it('drafts every kind on every channel (20 sets, 60 drafts)', async () => {
    const all = () => {
      for (const kind of DRAFT_KINDS)
        for (const channel of CHANNELS) generateDrafts({ ...INPUTS, kind, channel });
    };
    const t = await measure(all, { iterations: 50, warmup: 5 });
    recordFigure({ figure: 'generateDrafts, 5 kinds x 4 channels, median', value: t.median, unit: 'ms' });
  });
});
