// The linter's third red-team pass: wordings the corpus did not have, each of which failed before
// its fix. Fires: the rule must fire and highlight exactly these words. Quiet: it must not fire.
import { describe, expect, it } from 'vitest';
import { generateDrafts, SHORTENING_ORDER } from '@/lib/drafts/generate';
import { characterCount } from '@/lib/drafts/limits';
import { type DraftContext, lintDraft, type RuleId } from '@/lib/drafts/lint';
import { findingsOf, highlighted, message } from './findings';

const W = 'Your talk at SREcon on paging budgets is why I am writing. ';
const Q = 'How did you set the first budget? A 15-minute call or a short written reply would be plenty.';
const E = ' No worries if not.';

describe('red-team 3: phrases that must fire', () => {
  it.each<[RuleId, string, string[]]>([
    ['pick-your-brain', 'Hoping to pick ya brain on hiring.', ['pick ya brain']],
    ['pick-your-brain', 'Pickin your brain for 10 mins would be great.', ['Pickin your brain']],
    ['pick-your-brain', 'Might I pick your brilliant mind?', ['pick your brilliant mind']],
    ['meal-invite', 'How did you start? I would be happy to pay for lunch.', ['pay for lunch']],
    ['meal-invite', 'Coffee? My treat.', ['Coffee?', 'My treat']],
    ['meal-invite', 'Lunch next week? I know a good place.', ['Lunch next week?']],
    ['meal-invite', 'Could we meet at a café near your office for 20 minutes?', ['meet at a café']],
    ['be-my-mentor', 'Are you open to taking on a mentee?', ['taking on a mentee']],
    ['be-my-mentor', 'Are you taking on any mentees this year?', ['taking on any mentees']],
    ['be-my-mentor', 'Would you have room for a new mentee?', ['room for a new mentee']],
    ['be-my-mentor', 'I need a mentor and I think you would be great.', ['I need a mentor']],
    ['be-my-mentor', 'Could we set up a monthly mentoring session?', ['set up a monthly mentoring']],
    ['job-ask', 'If a role opens up on your team, would you keep me in mind?', ['If a role opens']],
    ['job-ask', 'Could you put me forward for the platform role?', ['put me forward']],
    ['job-ask', "I'd love to work for you.", ['love to work for you']],
    ['job-ask', 'Is there any chance of a job at your company?', ['chance of a job']],
    [
      'flattery',
      'You are hands down the best PM I have ever come across.',
      ['the best PM I have ever come across'],
    ],
    ['flattery', 'Truly the GOAT of product.', ['GOAT']],
    ['unasked-attachment', 'Enclosed is my portfolio.', ['Enclosed is']],
    ['unasked-attachment', 'Attached: my CV and cover letter.', ['Attached: my CV']],
    ['unasked-attachment', "I'm sending my CV along so you have the context.", ['sending my CV']],
    ['placeholder-left', 'I loved your talk at ((event)).', ['((event))']],
    ['placeholder-left', 'I loved your talk at EVENT_NAME.', ['EVENT_NAME']],
    ['placeholder-left', 'I loved your talk at [ ].', ['[ ]']],
    ['placeholder-left', 'I loved your talk at __EVENT__.', ['__EVENT__']],
    ['be-my-mentor', 'It would be an honour to have you as my mentor.', ['have you as my mentor']],
    ['be-my-mentor', 'Could I count you as one of my mentors?', ['count you as one of my mentors']],
    ['be-my-mentor', 'I would love to learn from you as my mentor.', ['learn from you as my mentor']],
    [
      'be-my-mentor',
      'Would you be interested in mentoring someone like me?',
      ['Would you be interested in mentoring someone like me'],
    ],
    ['job-ask', 'Would you be willing to be a reference for me?', ['be a reference']],
    ['job-ask', 'Is Lumen hiring SREs at the moment?', ['Is Lumen hiring']],
    ['job-ask', 'Could you tell me if you have a place for me on your team?', ['place for me on your']],
    ['job-ask', 'Could you share my details with HR?', ['share my details with HR']],
    ['job-ask', 'Are you looking for anyone on your team?', ['Are you looking for anyone']],
    ['job-ask', 'Would you be able to help me get hired at Lumen?', ['help me get hired']],
    [
      'over-apology',
      "I'm sorry to intrude. How did you start? Please excuse my forwardness.",
      ['sorry', 'excuse my forwardness'],
    ],
    ['unasked-attachment', 'How did you start? I attach my resume for reference.', ['I attach my resume']],
    [
      'unasked-attachment',
      'How did you start? Sending over my resume and portfolio.',
      ['Sending over my resume'],
    ],
    [
      'flattery',
      "You're an icon in the field and truly an inspiration.",
      ["You're an icon", 'an inspiration'],
    ],
    ['flattery', 'You are a true titan of the industry.', ['You are a true titan']],
    ['flattery', "You're a unicorn among SREs.", ["You're a unicorn"]],
    ['flattery', 'Your legendary keynote was something else.', ['Your legendary']],
  ])('%s on %j', (rule, text, words) => {
    expect(highlighted(rule, text)).toEqual(words);
  });

  it.each<[RuleId, string]>([
    [
      'no-specific-ask',
      `${W}Would you mind if I sent over some questions? A 15-minute call would be plenty.${E}`,
    ],
    ['no-specific-ask', `${W}Would love your perspective on things. A 15-minute call would be plenty.${E}`],
    ['no-easy-out', `${W}${Q} If not, I will try again next week.`],
    ['no-easy-out', `${W}${Q} If not, I'll follow up on Monday.`],
    ['no-easy-out', `${W}${Q} If you are busy, I will send a reminder next week.`],
    [
      'no-specific-ask',
      `${W}Keen to hear your thoughts on SRE in general. A 15-minute call would be plenty.${E}`,
    ],
  ])('%s on %j', (rule, text) => {
    expect(findingsOf(rule, text)).toHaveLength(1);
  });

  it('does not take my sending my CV for asking them to pass it on', () => {
    expect(findingsOf('job-ask', "I'm sending my CV along so you have the context.")).toEqual([]);
  });
});

describe('red-team 3: near-misses that must stay quiet', () => {
  it.each<[RuleId, string]>([
    ['pick-your-brain', "I know you get a lot of 'can I pick your brain' messages, so here is one question."],
    ['pick-your-brain', 'Your post on why pick-your-brain requests fail made me rewrite this note.'],
    ['pick-your-brain', 'Your talk on brain-picking culture in startups was spot on.'],
    ['pick-your-brain', 'Would you pick Brain.js or TensorFlow.js for a browser prototype?'],
    ['job-ask', 'Your post on running referral interviews fairly was great.'],
    ['job-ask', 'How did you structure the intro to your onboarding docs?'],
    ['placeholder-left', `Hi Dana, your post on the <details> element was great. ${Q}`],
    ['placeholder-left', `Hi Dana, your post on TODO-driven development was great. ${Q}`],
    ['placeholder-left', `Hi Dana, your talk on the Array<string> vs string[] debate was great. ${Q}`],
    ['placeholder-left', 'Agenda:\n- [ ] Where I am\n- [x] Where I need to be'],
    ['no-why-you', `Priya Nair said you were the person to ask about usage pricing. ${Q}${E}`],
    ['multiple-asks', `${W}How did you set the first budget? What day suits you?${E}`],
    ['no-easy-out', `${W}${Q} If it is a bad time, just ignore this.`],
    ['no-easy-out', `${W}${Q} A "no" is a perfectly good answer.`],
    ['no-easy-out', `${W}${Q} And no offence taken if you say no.`],
    ['no-easy-out', `${W}${Q} Please don’t feel any obligation.`],
    ['no-easy-out', `${W}${Q} Whenever suits, and only if it suits.`],
    ['no-easy-out', `${W}${Q} Entirely up to you.`],
    ['no-easy-out', `${W}${Q} Ignoring this is fine too.`],
    ['multiple-asks', `${W}How did you set the first budget? (Was it per team or per service?)${E}`],
    ['multiple-asks', `${W}Did you set the first budget per team? Or per service? ${Q.slice(34)}${E}`],
    ['multiple-asks', `${W}${Q} In other words, what number did you start with?${E}`],
    ['multiple-asks', `${W}${Q} Specifically, what did you do when a team blew through it?${E}`],
    ['multiple-asks', `${W}${Q} Could you let me know either way?${E}`],
    ['multiple-asks', `${W}${Q} Could you let me know which works?${E}`],
    ['flattery', `${W}Your post on the legendary 2019 outage at Lumen was useful. ${Q}${E}`],
    ['flattery', `${W}How do you hire for world-class SRE on a startup budget?${E}`],
    ['flattery', `${W}Your post on the iconic Bell Labs papers was a great read. ${Q}${E}`],
    ['flattery', `${W}How did you handle the "rockstar" engineer who refused on-call?${E}`],
    ['flattery', `${W}Our team calls it the "hero pager" problem. ${Q}${E}`],
    ['placeholder-left', `Hi Dana, you wrote "we [the SRE team] own the pager". ${Q}${E}`],
    ['be-my-mentor', `${W}How would you find a mentor for a first-time manager?${E}`],
    [
      'meal-invite',
      `${W}Did you run the on-call retro over lunch or async? A 15-minute call would be plenty.${E}`,
    ],
    [
      'pick-your-brain',
      `${W}Your post on mind maps is great: which would you pick, mind maps or outlines?${E}`,
    ],
    ['no-time-box', `${W}How did you set the first budget? Even a one-word answer helps.${E}`],
    ['no-time-box', `${W}How did you set the first budget? A quick yes/no would do.${E}`],
    ['no-time-box', `${W}How did you set the first budget? A short voice memo would be great.${E}`],
    ['no-why-you', `Hi Dana, our mutual friend Tom Reyes said you would know. ${Q}${E}`],
    ['no-why-you', `Hi Dana, as the author of The Pager Book, you have seen this. ${Q}${E}`],
    ['no-why-you', `Hi Dana, Tom Reyes recommended I reach out. ${Q}${E}`],
    [
      'over-apology',
      `${W}How do you write an apology to customers after an outage?${E} Sorry for the cold note.`,
    ],
    ['over-apology', `${W}Your post “Sorry, the pager is on fire” was great. ${Q} Sorry for the cold note.`],
    ['be-my-mentor', `${W}Would you recommend peer mentoring or a formal mentor for a new lead?${E}`],
    ['be-my-mentor', `${W}Should I ask my manager to be my mentor, or look outside?${E}`],
    ['job-ask', `${W}What do you look for in a referral from your own team?${E}`],
    ['job-ask', `${W}I just got a job offer as an SRE lead. ${Q}${E}`],
    ['job-ask', `${W}I'm weighing two job offers. ${Q}${E}`],
    ['job-ask', `${W}Should I apply for staff roles now, or wait a year?${E}`],
    ['no-specific-ask', `${W}I would love to know if you track pages per person or per service.${E}`],
    ['no-easy-out', `${W}${Q} If this lands at a bad time, please just let it go.`],
    ['no-easy-out', `${W}${Q} Happy to take no for an answer.`],
    ['no-easy-out', `${W}${Q} I won’t be offended if you pass.`],
    ['no-easy-out', `${W}${Q} And if you would prefer to decline, that is fine.`],
    ['placeholder-left', `Hi Dana, your talk at DevOpsDays [slides here: ex.org/s] was great. ${Q}${E}`],
    ['placeholder-left', `Hi Dana, your talk on the XXX-large cluster was great. ${Q}${E}`],
    ['placeholder-left', `Hi Dana, your post (the one with the [REDACTED] logs) was great. ${Q}${E}`],
  ])('%s on %j', (rule, text) => {
    expect(findingsOf(rule, text)).toEqual([]);
  });
});

describe('red-team 3: ranges, limits and long drafts', () => {
  const note: DraftContext = { channel: 'connection-note' };
  const fill = (n: number) => 'a'.repeat(n);

  it('highlights the words, not the emoji that open the sentence', () => {
    const text = '👋🏽 Hi Dana! 🎉🎉 Can I pick your brain over coffee? [Name]';
    const report = lintDraft(text, message);
    const words = Object.fromEntries(
      report.findings.filter((f) => f.start !== undefined).map((f) => [f.rule, text.slice(f.start, f.end)]),
    );
    expect(words).toMatchObject({
      'pick-your-brain': 'pick your brain',
      'meal-invite': 'over coffee',
      'placeholder-left': '[Name]',
      'no-specific-ask': 'Can I pick your brain over coffee?',
    });
  });

  // Counted as LinkedIn's <textarea maxlength> counts: UTF-16 units (see characterCount). The
  // highlight of the overflow starts at a whole character, never inside one.
  it.each([
    ['a thumbs-up whose skin tone crosses the limit', `${fill(197)}👍🏽`, 197],
    ['a letter whose combining accent crosses the limit', `${fill(199)}e\u0301`, 199],
    ['a flag whose second half crosses the limit', `${fill(198)}🇵🇹`, 198],
  ])('starts the over-limit highlight at %s', (_label, text, start) => {
    const over = findingsOf('over-limit', text, note);
    expect(over).toHaveLength(1);
    expect(over[0]?.start).toBe(start);
    expect(over[0]?.end).toBe(text.length);
  });

  it('counts a letter and its combining accent as two characters, as maxlength does', () => {
    expect(findingsOf('over-limit', 'e\u0301'.repeat(100), note)).toEqual([]);
    expect(findingsOf('over-limit', `${'e\u0301'.repeat(100)}a`, note)).toHaveLength(1);
  });

  it('leaves the greeting out of a sentence highlight', () => {
    const text = "Hi, I'd love to pick your brain over coffee sometime!";
    expect(highlighted('no-specific-ask', text)).toEqual([
      "I'd love to pick your brain over coffee sometime!",
    ]);
    expect(highlighted('no-time-box', text)).toEqual(["I'd love to pick your brain over coffee sometime!"]);
    const second =
      'Hi Sam — your post on SLOs is why I write. How did you pick the first one? And could you review my draft?';
    expect(highlighted('multiple-asks', second)).toEqual(['And could you review my draft?']);
    expect(highlighted('no-time-box', 'Hey Sam, how did you pick the first SLO?')).toEqual([
      'how did you pick the first SLO?',
    ]);
  });

  it('does not end a sentence at a macro or aside such as select! before lower case', () => {
    const text = 'Your post on async Rust is why I write. Do you still use select! in new code?';
    expect(highlighted('no-time-box', text)).toEqual(['Do you still use select! in new code?']);
  });

  it('scores an empty or whitespace-only draft 0, with no ranges', () => {
    for (const text of ['', '   \n\t ', '\u200b', '🙂']) {
      const report = lintDraft(text, message);
      expect(report.score).toBe(0);
      for (const f of report.findings) expect(f.start).toBeUndefined();
    }
  });

  // Each of these took from 0.3 to 5.6 seconds before: a search from every match to the start or
  // end of a draft with no line break, or a look-ahead to the end of the line.
  it.each([
    ['task boxes', '[x] '],
    ['attachment labels', 'Attached: '],
    ['opening brackets', '['],
    ['quoted coffee', 'Could we "grab coffee" sometime? '],
  ])('lints 50,000 characters of %s quickly', (_label, unit) => {
    const text = unit.repeat(Math.ceil(50000 / unit.length)).slice(0, 50000);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const report = lintDraft(text, { channel: 'email' });
      best = Math.min(best, performance.now() - t0);
      for (const f of report.findings)
        if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(text.length);
    }
    expect(best).toBeLessThan(250);
  });
});

// Complete drafts between the corpus's good and bad bands (a warning and an info, or two warnings):
// each finds exactly these rules, and scores between the two.
describe('red-team 3: middling complete drafts', () => {
  const contexts: Record<string, DraftContext> = {
    note300: { channel: 'connection-note', noteLimit: 300 },
    message,
    inmail: { channel: 'inmail' },
    email: { channel: 'email' },
  };
  it.each<[string, string, RuleId[]]>([
    [
      'note300',
      "Hi Marta, your RailsConf talk on zero-downtime migrations is why I'm writing. We're about to split a 900 GB table. Did you backfill in the app or in SQL? I've attached our migration plan for context. No worries if you can't.",
      ['unasked-attachment', 'no-time-box'],
    ],
    [
      'message',
      'Hi Felix, so sorry to bother you. You switched from teaching to frontend at 34, as your About section says. What would you learn first if you did it again? Apologies again for the cold message, and sorry if this is a silly question. No worries if not.',
      ['over-apology', 'no-time-box'],
    ],
    [
      'inmail',
      "Hi Tariq, I'm Laila. I'm a founder and I'm building an API startup. I've raised a seed round and I'm about to change my pricing. My co-founder and I disagree, and I think my instinct is right. I want to get my numbers right. How did you price the free tier? A short reply would be plenty. No worries if not.",
      ['self-focus', 'no-why-you'],
    ],
    [
      'inmail',
      "Hi Grace, your panel at Web Summit on hiring in Lisbon is why I'm writing. Did you hire a local lead first? What salary bands did you use? How long did the first hire take? A 15-minute call would be plenty.",
      ['no-easy-out', 'multiple-asks'],
    ],
    [
      'email',
      'Subject: Sorry for the cold email\n\nHi Jonas,\n\nSorry for the cold email. Your post on moving payments from Go to Rust was amazing, truly world-class. How long did it take before the team was fast in Rust? A short reply would be plenty. Apologies again, and no worries if not.\n\nElif',
      ['flattery', 'over-apology'],
    ],
  ])('%s: %j', (channel, text, rules) => {
    const report = lintDraft(text, contexts[channel] ?? message);
    expect([...new Set(report.findings.map((f) => f.rule))].sort()).toEqual([...rules].sort());
    expect(report.score).toBeGreaterThanOrEqual(60);
    expect(report.score).toBeLessThan(88);
  });
});

describe('red-team 3: generator', () => {
  it('fits all three phrasings of a request a few characters over the free note limit', () => {
    const result = generateDrafts({
      kind: 'request',
      channel: 'connection-note',
      prospect: { fullName: 'Prof. Kwame Mensah', company: 'University of Ghana' },
      me: { name: 'Ama', role: "public-health master's student" },
      topic: 'telehealth surveys',
      whyYou: ['you ran the 2022 rural telehealth survey in the Volta region'],
      ask: 'which question wording got nurses to answer honestly',
      timeBox: 'a short written reply',
      commitment: 'send you the results',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Before, two of the three were a few characters over and silently dropped.
    expect(new Set(result.variants.map((v) => v.text)).size).toBe(3);
    for (const v of result.variants) {
      expect(characterCount(v.text)).toBeLessThanOrEqual(200);
      expect(v.report.score).toBeGreaterThanOrEqual(80);
      expect(v.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const order = v.shortened.map((s) => SHORTENING_ORDER.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe('red-team 3: their employer alone is no reason for choosing them', () => {
  const stripe: DraftContext = { channel: 'message', prospect: { fullName: 'Dana Ruiz', company: 'Stripe' } };
  it.each([
    `Hi Dana, I see you work at Stripe. ${Q}${E}`,
    `Hi Dana, you are at Stripe, so I thought I would ask. ${Q}${E}`,
    `Hi Dana, I would love to work at a company like Stripe one day, like you. ${Q}${E}`,
  ])('fires no-why-you on %j', (text) => {
    expect(findingsOf('no-why-you', text, stripe)).toHaveLength(1);
  });

  it.each([
    `Hi Dana, how you scaled on-call at Stripe is why I write. ${Q}${E}`,
    `Hi Dana, your move from Google to Stripe in 2021 is why I write. ${Q}${E}`,
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('no-why-you', text, stripe)).toEqual([]);
  });
});
