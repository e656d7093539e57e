// Each lint rule on short phrases a real user writes: where it must fire, where it must stay quiet,
// and which words it highlights. Plus the registry: every rule file is registered and explained.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DraftContext, lintDraft } from '@/lib/drafts/lint';
import { RULES, ruleInfo } from '@/lib/drafts/rules/index';
import { companyFromHeadline } from '@/lib/drafts/rules/same-company';
import { RULE_IDS } from '@/lib/drafts/types';
import { findingsOf, highlighted, message } from './findings';

describe('rule registry', () => {
  it('registers every rule file under lib/drafts/rules exactly once', () => {
    const dir = join(process.cwd(), 'lib/drafts/rules');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('covers all 17 rule ids of the contract', () => {
    // RULE_IDS is also what the pages check the background's answers against.
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(17);
  });

  it.each(RULES)('$id explains why it matters and how to fix it', (rule) => {
    expect(rule.why.length).toBeGreaterThan(30);
    expect(rule.why).not.toMatch(/\n/);
    expect(rule.fix.length).toBeGreaterThan(15);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.kinds).toContain('request');
    expect(ruleInfo(rule.id)).toBe(rule);
  });

  it('puts the suggested fix in every finding message', () => {
    const report = lintDraft('Hi [Name], can I pick your brain over coffee?', message);
    for (const f of report.findings) expect(f.message).toContain(ruleInfo(f.rule).fix);
  });
});

describe('pick-your-brain', () => {
  it.each([
    ['Could I pick your brain about pricing?', 'pick your brain'],
    ['would be great to pick ur brain sometime', 'pick ur brain'],
    ["I'd appreciate picking your brains on hiring.", 'picking your brains'],
    ['Open to a quick pick-your-brain session?', 'pick-your-brain'],
    ['Some brain-picking over tea?', 'brain-picking'],
    ["Could I pick Maya's brain on this?", "pick Maya's brain"],
    ['CAN I PICK YOUR BRAIN', 'PICK YOUR BRAIN'],
    ['Can I pick yr brain for a sec', 'pick yr brain'],
    // Scare quotes around the writer's own request are still the request.
    ['Could I “pick your brain” for 15 minutes?', 'pick your brain'],
    ['Could I pick your marketing brain for a bit?', 'pick your marketing brain'],
    ['Could I pick that big brain of yours?', 'pick that big brain'],
  ])('fires on %j and highlights the phrase', (text, phrase) => {
    expect(highlighted('pick-your-brain', text)).toEqual([phrase]);
  });

  it.each([
    'Your work on brain-computer interfaces is why I am writing.',
    'Which brain-machine interface vendor would you pick first?',
    'Help me pick the brain-computer interface kit for a class.',
    'I am not trying to pick your brain; I have one question.',
    'Rather than pick your brain over lunch, here is one question.',
    'How did you pick the best approach?',
    'How did you pick the best brain imaging tool?',
    // Quoting the phrase to talk about it is not asking it.
    'Your post on why “can I pick your brain?” emails go unanswered is why I write.',
    'I know "pick your brain" requests are annoying, so here is one question.',
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('pick-your-brain', text)).toEqual([]);
  });
});

describe('meal-invite', () => {
  it.each([
    ['Would you like to grab a coffee next week?', 'grab a coffee'],
    ['Could I buy you lunch?', 'buy you lunch'],
    ['Happy to chat over coffee.', 'over coffee'],
    ['Would you like to grab coffee or lunch?', 'grab coffee'],
    ['Are you up for a coffee chat?', 'up for a coffee chat'],
    ['Maybe drinks sometime?', 'drinks sometime'],
    ['Let me buy you a coffee!', 'buy you a coffee'],
    ['Are you free for dinner on Friday?', 'free for dinner'],
    ['Would you join me for brunch?', 'join me for brunch'],
    ['Open to a quick virtual coffee?', 'to a quick virtual coffee'],
    ["Coffee's on me.", "Coffee's on me"],
    ['Could I take you out to dinner?', 'take you out to dinner'],
    ['Fancy a pint after the meetup?', 'Fancy a pint'],
    ['We could meet for breakfast.', 'meet for breakfast'],
    ['I would love to grab lunch and learn from you.', 'grab lunch'],
    ['Would you have time for a coffee chat?', 'coffee chat'],
    ["I'd love to take you to lunch.", 'take you to lunch'],
    ['Could we get lunch sometime?', 'get lunch sometime'],
    ['Fancy a cuppa one afternoon?', 'Fancy a cuppa'],
    ['How about a coffee on Thursday?', 'How about a coffee'],
    ['Would you be free to meet for a quick chai?', 'meet for a quick chai'],
    ["Let's do a glass of wine when you're in Lisbon.", 'do a glass of wine'],
    ['Up for a fika next week?', 'Up for a fika'],
    ['Could I treat you to a flat white?', 'treat you to a flat white'],
    ["We should have lunch when you're next in town.", 'have lunch'],
  ])('fires on %j', (text, phrase) => {
    const spans = highlighted('meal-invite', text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toContain(phrase);
  });

  it.each([
    'Your paper on coffee supply chains is why I am writing.',
    'I run a coffee roasting business in Porto.',
    'I have a coffee roasting business and one question.',
    'Your lunch-and-learn talk on feature flags helped us.',
    'Your research on school lunch programmes is why I write.',
    'We import from three coffee cooperatives.',
    'I am not asking you out for coffee; one question is enough.',
    'The coffee industry is new to me.',
    'How did you get the coffee shop chain to pay on time?',
    'I drink far too much coffee while reading your posts.',
    'I read your post on API pricing over coffee this morning.',
    'I was having lunch when I saw your thread on hiring.',
    'I handle logistics for Drinks Direct, a small wholesaler.',
    'Your post at https://example.org/blog/coffee-chat-etiquette is why I write.',
    'Your post at www.example.org/grab-a-coffee-2 was great.',
    'Your article on fika breaks and team cohesion is why I write.',
    'How about coffee supply chains: did traceability pay off?',
    'Your study on chai consumption among students is why I write.',
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('meal-invite', text)).toEqual([]);
  });
});

describe('be-my-mentor', () => {
  it.each([
    ['Will you be my mentor?', 'be my mentor'],
    ['Would you mentor me?', 'Would you mentor'],
    ['Could you be my mentor?', 'be my mentor'],
    ['Would you be willing to mentor me this year?', 'Would you be willing to mentor'],
    ['Would you consider mentoring me?', 'Would you consider mentoring'],
    ['I hope you could be a mentor to me.', 'be a mentor to me'],
    ['Would you be open to a mentorship?', 'Would you be open to a mentorship'],
    ['I am seeking your mentorship.', 'seeking your mentorship'],
    ['Could you take me on as a mentee?', 'take me on as a mentee'],
    ['Could you become my career mentor?', 'become my career mentor'],
    ['Would you consider being my mentor?', 'being my mentor'],
    ['Are you open to mentoring me?', 'mentoring me'],
    ["I'm looking for a mentor and I think you'd be perfect.", 'looking for a mentor'],
    ["You'd make a great mentor for someone like me.", "You'd make a great mentor"],
    ['Would you consider taking me under your wing?', 'taking me under your wing'],
    ['I am seeking a mentor in product management.', 'seeking a mentor'],
    ['I have been hoping to find a mentor like you.', 'hoping to find a mentor'],
    ['I would be so grateful for your mentorship.', 'would be so grateful for your mentorship'],
    ["I'd love your mentorship as I take this step.", "I'd love your mentorship"],
    [
      'Would you be open to an ongoing monthly mentoring relationship?',
      'Would you be open to an ongoing monthly mentoring',
    ],
    ["I hope you don't mind me asking you to mentor me.", 'mentor me'],
  ])('fires on %j', (text, phrase) => {
    const spans = highlighted('be-my-mentor', text);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.some((s) => s.includes(phrase) || phrase.includes(s))).toBe(true);
  });

  it.each([
    "I'm not asking you to be my mentor, just one question.",
    'Your post on how you mentor first-time managers is why I write.',
    'My previous mentor suggested I write to you.',
    'How do you mentor new engineers on your team?',
    'Thank you for being my mentor last year.',
    'Your post on why "Will you be my mentor?" rarely works is why I write.',
    'Could you share what made your mentorship pairings work?',
    'Would you change anything about the mentorship programme you started?',
    "I'm not looking for a mentor, just one answer.",
    'Could you share how you mentor new leads to give blunt feedback?',
    'Would you tell me what you look for when you mentor designers?',
    'I appreciated your mentorship on the launch last year.',
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('be-my-mentor', text)).toEqual([]);
  });

  it('does not mistake a thank-you for mentoring for a request', () => {
    expect(
      findingsOf('be-my-mentor', 'Thank you for mentoring me this year.', {
        channel: 'message',
        kind: 'thank-you',
      }),
    ).toEqual([]);
  });
});

describe('job-ask', () => {
  it.each([
    ['Are you hiring?', 'Are you hiring'],
    ['Could you refer me?', 'refer me'],
    ['A referral would mean a lot.', 'referral'],
    ['Could you introduce me to your hiring manager?', 'introduce me to'],
    ['Could you put me in touch with your recruiter?', 'put me in touch with'],
    ['Do you have any open roles on your team?', 'any open roles'],
    ["I'm looking for a job in fintech.", 'looking for a job'],
    ['Could you help me get a job at your company?', 'help me get a job'],
    ['Please consider me for the analyst role.', 'consider me for'],
    ['Keep me in mind for any openings.', 'Keep me in mind for'],
    ['If your team is hiring, I would love to hear.', 'If your team is hiring'],
    ['An intro to someone on your recruiting team would help.', 'An intro to someone'],
    ['Could you intro me to the hiring team?', 'intro me to'],
    ["I'd love to join your team one day.", 'love to join your team'],
    ['Does your team have any openings?', 'any openings'],
    ['Can you pass my CV to HR?', 'pass my CV to'],
    ["Any chance you're hiring?", "chance you're hiring"],
    ["If you're hiring, I'd love to apply.", "If you're hiring"],
    ["Do you know anyone who's hiring junior devs?", "know anyone who's hiring"],
    ["I'm currently open to new opportunities.", 'open to new opportunities'],
    ["I'm job hunting at the moment.", 'job hunting'],
    ['Could you pass my name along to the hiring manager?', 'pass my name along'],
    ["I'd love to be considered for the role.", 'be considered for'],
    ['Could you vouch for me with the recruiter?', 'vouch for me'],
    ['Can you help me get my foot in the door at Stripe?', 'get my foot in the door'],
    ['Any referrals would be appreciated.', 'Any referrals'],
    ['Could you recommend me to your manager?', 'recommend me'],
    ["I hope it's not too much to ask for a referral.", 'referral'],
    ["Hope you don't mind me asking for a referral.", 'referral'],
    ['Please let me know if there is any opening for a fresher.', 'any opening'],
    ['Is there any scope for me in your organisation?', 'any scope for me'],
    ['Could you share my profile with your recruiter?', 'share my profile with your recruiter'],
    ["I'd love to be part of your team one day.", 'love to be part of your team'],
    ["I've attached my CV in case you're hiring juniors.", "case you're hiring"],
  ])('fires on %j', (text, phrase) => {
    expect(highlighted('job-ask', text)).toContain(phrase);
  });

  it.each([
    "I'm not asking for a job.",
    'I am not looking for a referral.',
    "I'm not asking for a job, a referral or an introduction, only for your view.",
    'How did you land your first PM job?',
    'Your role models as a new manager interest me.',
    'My role at Acme is changing.',
    'How did you hire your first engineer?',
    'Rather than a referral, I would value your view.',
    "I'm not after a referral, just your view.",
    'How did you get your team to work with the data group?',
    'A referral is not what I am after; one question is.',
    'Could you recommend me a book on compilers?',
    'Your post on redesigning the employee referral program is why I write.',
    'Our referrals have dried up since the reorg.',
    'I have two open roles to fill this quarter.',
    'How did you get your foot in the door in VC?',
    'Should I apply for a PM role now or wait a year?',
    'Any opening keynote advice for a first-time speaker?',
    "I'm happy to share my profile with you if useful.",
    'You did a great job on the migration guide.',
    'In your talk you referred to the two-pizza rule.',
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('job-ask', text)).toEqual([]);
  });

  it('keeps a later request in a sentence that starts with a negation', () => {
    expect(highlighted('job-ask', "I'm not sure if you're hiring, but could you refer me?")).toEqual([
      'refer me',
    ]);
  });
});

const WHY = 'Your talk at QCon on event sourcing is why I am writing.';
const TIME = 'A 15-minute call or a short written reply would be plenty.';
const OUT = 'No worries if not.';

describe('no-specific-ask', () => {
  it.each([
    [`${WHY} I'd love to connect. ${TIME} ${OUT}`],
    [`${WHY} Would you be open to a quick chat? ${OUT}`],
    [`${WHY} Let me know if you have any advice. ${OUT}`],
    [`${WHY} Hope to hear from you. ${OUT}`],
    [`${WHY} Would you have 15 minutes for a call? ${OUT}`],
    // The "re" of "we're" and the "around" of "if you're around" are not "re: <topic>".
    [`${WHY} We're both in fintech, so would you be open to a quick chat? ${OUT}`],
    [`${WHY} If you're around next week, would you be up for a quick chat? ${OUT}`],
    // A question with nothing in it but "would you be up for it" asks for nothing in particular.
    [`${WHY} Would you be up for it? ${OUT}`],
    [`${WHY} Interested? ${OUT}`],
    [`${WHY} Could we set up some time to discuss my career? ${OUT}`],
    [`${WHY} Can I ask you a few questions sometime? ${OUT}`],
    [`${WHY} Would you be willing to share your thoughts and experiences? ${OUT}`],
    [`${WHY} Could we hop on a call to go over your journey? ${OUT}`],
    [`${WHY} Do you have time next week? ${OUT}`],
    [`${WHY} Are you free on Friday? ${OUT}`],
  ])('fires on %j', (text) => {
    expect(findingsOf('no-specific-ask', text)).toHaveLength(1);
  });

  it.each([
    `${WHY} How did you get product to back the migration? ${TIME} ${OUT}`,
    `${WHY} I'd value your view on whether to split the write model first. ${TIME} ${OUT}`,
    `${WHY} My one question: should we migrate the billing service first? ${OUT}`,
    `${WHY} Could you share how you sequenced the migration? ${OUT}`,
    `${WHY} Would you have 15 minutes to talk about how you handled the reorg? ${OUT}`,
    `${WHY} I'm curious which team you migrated first. ${TIME} ${OUT}`,
    `${WHY} Is there one book you would recommend for someone making this switch? ${OUT}`,
    `${WHY} Any chance you'd have 20 minutes for a call about onboarding new managers? ${OUT}`,
    `${WHY} I'd appreciate any tips on negotiating a first PM offer. ${TIME} ${OUT}`,
    `${WHY} If you have 15 minutes, I'd love to hear what you would do in my position. ${OUT}`,
    `${WHY} Would 15 minutes next week work to talk through your approach to pricing? ${OUT}`,
    `${WHY} Re: pricing, would you charge per seat at our size? ${OUT}`,
    `${WHY} Could we talk for 15 minutes around pricing our first paid tier? ${OUT}`,
    `${WHY} Curious how you got product leads to back the migration. ${TIME} ${OUT}`,
    `${WHY} Keen to hear which service you migrated first. ${TIME} ${OUT}`,
    `${WHY} It'd be great to hear whether you split the write model first. ${TIME} ${OUT}`,
    `${WHY} Did you keep the old API? ${TIME} ${OUT}`,
    // Wrong (job-ask says so), but concrete, like "introduce me to".
    `${WHY} Could you connect me with your CTO? ${OUT}`,
    `${WHY} Could you share your thoughts on per-seat pricing? ${TIME} ${OUT}`,
    `${WHY} Would you say per-editor pricing only works above a certain team size? ${TIME} ${OUT}`,
    `${WHY} Could we discuss your move from support to engineering? ${TIME} ${OUT}`,
    `${WHY} Did the migration take more time than you planned? ${TIME} ${OUT}`,
    `${WHY} Is a free tier worth it for developer tools? ${TIME} ${OUT}`,
    `${WHY} Did a four-day week hurt your on-call? ${TIME} ${OUT}`,
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('no-specific-ask', text)).toEqual([]);
  });

  it('highlights the vague ask', () => {
    const text = `${WHY} Would you be open to a quick chat? ${OUT}`;
    expect(highlighted('no-specific-ask', text)).toEqual(['Would you be open to a quick chat?']);
  });
});

describe('no-time-box', () => {
  const ask = `${WHY} How did you sequence the migration?`;
  it.each([
    '15 minutes on a call would be plenty.',
    'Would a 20-min call work?',
    'Half an hour would be plenty.',
    'A short written reply would be wonderful.',
    'I have two questions.',
    'Would 15–20 minutes suit you?',
    'Could you spare 10min?',
    'A couple of lines in reply would help.',
    'It is one quick question.',
    'Fifteen minutes on the phone would be generous.',
    'A two-line reply is plenty.',
    'A single email would do.',
    'Max 20 minutes, promise.',
    'A few lines by email would help.',
    'A half-hour call would be plenty.',
    'A line or two would be plenty.',
    'Even a two-sentence reply would help.',
    'Twelve minutes would be plenty.',
    'A forty-minute call at most.',
    'Seven minutes, I promise.',
  ])('is satisfied by %j', (bound) => {
    expect(findingsOf('no-time-box', `${ask} ${bound} ${OUT}`)).toEqual([]);
  });

  it.each([
    `${ask} ${OUT}`,
    `${ask} A quick call would be great. ${OUT}`,
    `${ask} Whenever suits you. ${OUT}`,
  ])('fires on %j', (text) => {
    expect(findingsOf('no-time-box', text)).toHaveLength(1);
  });
});

describe('no-why-you', () => {
  const rest = `How did you sequence the migration? ${TIME} ${OUT}`;
  it.each([
    'Your talk at QCon on event sourcing is why I am writing.',
    'I read your post on write models.',
    'You moved from support to engineering at Basecamp.',
    'I saw you speak at the Lisbon meetup.',
    'As someone who migrated a bank to event sourcing, you know this well.',
    "You've been writing about event sourcing for years.",
    'Your time at Monzo is why I ask you.',
    'Your book on domain-driven design changed how I model.',
    'You’ve grown the meetup to 400 people.',
    'You led the payments migration at Adyen.',
    'I loved your breakdown of the Figma pricing change.',
    'Your analysis of the 2023 layoffs data is why I write.',
    'Your teardown of the Notion onboarding flow is why I write.',
    'Your migration of the monolith to Go is why I ask you.',
    'Your comments in the Rust RFC thread on async traits helped me.',
    'Your YouTube channel on woodworking got me started.',
    'You were on the panel at SXSW about climate tech.',
    'Your answer on Stack Overflow about Postgres locks saved my week.',
    'I noticed you transitioned from law to UX.',
    'I listened to you on the Changelog talking about onboarding.',
    'Your PR to the Rust compiler on borrow checking taught me a lot.',
    'You were interviewed on the Changelog about Kafka.',
    'I read your Kaggle notebook on churn.',
    'You co-wrote the Postgres logical replication docs.',
    "You're the maintainer of Pydantic.",
    'My manager Tom recommended I reach out to you.',
    'Tom suggested I talk to you about this.',
  ])('is satisfied by %j', (reason) => {
    expect(findingsOf('no-why-you', `Hi Maya, ${reason} ${rest}`)).toEqual([]);
  });

  it.each([
    'I came across your profile.',
    'Your impressive career inspires me.',
    'I admire your work at Klarna.',
    'Your experience is impressive.',
    'I recommended you to my boss.',
    'You seem to know a lot about Kafka.',
  ])('fires on generic praise %j', (generic) => {
    expect(findingsOf('no-why-you', `Hi Maya, ${generic} ${rest}`)).toHaveLength(1);
  });

  it('counts a mention of their company next to "you"', () => {
    const text = `Hi Maya, how you scaled support at Basecamp is why I write. ${rest}`;
    expect(findingsOf('no-why-you', text, { channel: 'message', prospect: { company: 'Basecamp' } })).toEqual(
      [],
    );
  });

  it('is not asked of a follow-up or a thank-you', () => {
    const text = `Hi Maya, a gentle nudge on my question about how you sequenced the migration. ${TIME} ${OUT}`;
    expect(findingsOf('no-why-you', text, { channel: 'message', kind: 'follow-up' })).toEqual([]);
  });
});

describe('no-easy-out', () => {
  const base = `${WHY} How did you sequence the migration? ${TIME}`;
  it.each([
    'No worries if not.',
    "If you're too busy, I understand.",
    'Feel free to ignore this.',
    'Totally understand if the timing is wrong.',
    'No pressure at all.',
    "If now isn't a good time, that's fine.",
    'If you’re too busy, no problem.',
    "I'd understand a no.",
    'Either way, thanks for the talk.',
    'If you can’t, I completely understand.',
    'No reply needed if you are busy.',
    "Don't worry if you can't.",
    'Totally fine if you cannot.',
    'Fine to say no.',
    'Only if you have the time.',
    'Zero pressure to answer.',
    'Ignore if busy 🙂',
    "Don't feel you have to reply.",
    "If you'd prefer not to, that's fine.",
    'If busy, no need to reply.',
    'No issues at all.',
    "If you're not up for it, all good.",
  ])('is satisfied by %j', (out) => {
    expect(findingsOf('no-easy-out', `${base} ${out}`)).toEqual([]);
  });

  it('fires when nothing makes saying no easy', () => {
    expect(findingsOf('no-easy-out', `${base} Thanks, Sam`)).toHaveLength(1);
  });
});

describe('multiple-asks', () => {
  it('fires on two separate questions and highlights the extra one', () => {
    const text = `${WHY} How did you sequence the migration? What would you do differently today? ${TIME} ${OUT}`;
    expect(highlighted('multiple-asks', text)).toEqual(['What would you do differently today?']);
  });

  it('fires on requests chained in one sentence', () => {
    const text = `${WHY} Could you tell me how you sequenced it and also share your slides? ${TIME} ${OUT}`;
    expect(findingsOf('multiple-asks', text)).toHaveLength(1);
  });

  it.each([
    `${WHY} How did you sequence the migration? Would 15 minutes or a short reply work for you? ${OUT}`,
    `${WHY} I have two quick questions. Did you migrate billing first? Did you keep the old API? ${OUT}`,
    `${WHY} I'd love your view on whether to migrate billing first. ${TIME} ${OUT}`,
    `Ever wondered why nobody reads the incident review? ${WHY} Would you cut the timeline section? ${TIME} ${OUT}`,
    `Your post on why “can I ask a quick question?” messages annoy you is why I write. Would you cut the timeline section? ${TIME} ${OUT}`,
    `${WHY} How did you sequence the migration? ${TIME} Does that make sense? ${OUT}`,
    `${WHY} How did you sequence the migration? ${TIME} Sound good? ${OUT}`,
    `${WHY} How did you sequence the migration? Would that work? ${TIME} ${OUT}`,
    `${WHY} How did you sequence the migration? ${TIME} I'd love to adopt your approach. ${OUT}`,
  ])('stays quiet on one ask plus logistics, or announced questions: %j', (text) => {
    expect(findingsOf('multiple-asks', text)).toEqual([]);
  });
});

describe('over-limit', () => {
  const note: DraftContext = { channel: 'connection-note' };
  const fill = (n: number) => 'a'.repeat(n);

  it.each([
    [{ channel: 'connection-note' } as DraftContext, 200],
    [{ channel: 'connection-note', noteLimit: 200 } as DraftContext, 200],
    [{ channel: 'connection-note', noteLimit: 300 } as DraftContext, 300],
    [{ channel: 'inmail' } as DraftContext, 1900],
    [{ channel: 'message' } as DraftContext, 8000],
  ])('allows exactly the limit and no more (%j: %i)', (context, limit) => {
    expect(findingsOf('over-limit', fill(limit), context)).toEqual([]);
    const over = findingsOf('over-limit', fill(limit + 1), context);
    expect(over).toHaveLength(1);
    expect(over[0]?.start).toBe(limit);
    expect(over[0]?.end).toBe(limit + 1);
  });

  it('sets no hard limit on email', () => {
    expect(findingsOf('over-limit', fill(20000), { channel: 'email' })).toEqual([]);
  });

  it('counts an emoji as two characters, as the note box does', () => {
    expect(findingsOf('over-limit', `${fill(198)}😀`, note)).toEqual([]);
    const over = findingsOf('over-limit', `${fill(199)}😀`, note);
    expect(over).toHaveLength(1);
    // The highlight starts at the emoji, never in the middle of it.
    expect(over[0]?.start).toBe(199);
  });

  it('counts a Windows line break once', () => {
    expect(findingsOf('over-limit', `${fill(100)}\r\n${fill(99)}`, note)).toEqual([]);
  });

  it('says how far over the draft is', () => {
    expect(findingsOf('over-limit', fill(250), note)[0]?.message).toContain('250 characters');
  });
});

describe('too-long', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  it.each(['message', 'inmail', 'email'] as const)('fires above 150 words on %s', (channel) => {
    expect(findingsOf('too-long', words(150), { channel })).toEqual([]);
    const hit = findingsOf('too-long', words(151), { channel });
    expect(hit).toHaveLength(1);
    expect(words(151).slice(hit[0]?.start, hit[0]?.end)).toBe('word150');
  });

  it('leaves connection notes to the character limit and agendas alone', () => {
    expect(findingsOf('too-long', words(160), { channel: 'connection-note' })).toEqual([]);
    expect(findingsOf('too-long', words(160), { channel: 'email', kind: 'agenda' })).toEqual([]);
  });
});

describe('placeholder-left', () => {
  it.each([
    ['Hi [Name], how are you?', '[Name]'],
    ['Your work at {{company}} is great.', '{{company}}'],
    ['Your talk on <TOPIC> was great.', '<TOPIC>'],
    ['Your talk at XXX was great.', 'XXX'],
    ['Your post on TODO was great.', 'TODO'],
    ['Hi FIRST_NAME, quick one.', 'FIRST_NAME'],
    ['Hi {first_name}, quick one.', '{first_name}'],
    ['See [insert link] for details.', '[insert link]'],
    ['Hi Name, quick one.', 'Hi Name'],
    ['My goal is ____ by June.', '____'],
    ['Dates TBD.', 'TBD'],
    ['Your talk at [X] was great.', '[X]'],
    ['My notes: https://example.org/{{slug}}', '{{slug}}'],
    ['Hi <Name>, quick one.', '<Name>'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template slot is the point of this case
    ['Hi ${name}, quick one.', '${name}'],
    ['Hi $FIRSTNAME, quick one.', '$FIRSTNAME'],
    ['I saw your work at $COMPANY_NAME.', '$COMPANY_NAME'],
    ['I came across your work at (company name).', '(company name)'],
    ["I'm a TODO at Acme.", 'TODO'],
  ])('fires on %j', (text, slot) => {
    expect(highlighted('placeholder-left', text)).toEqual([slot]);
  });

  it.each([
    'Your paper [1] is why I write.',
    'Your post ([notes](https://example.org/notes)) helped.',
    'Notes at <https://example.org/notes>.',
    'Reach me at <sam@example.org>.',
    'We made builds 3x faster.',
    'Xavier from the XL team said hi.',
    'My todo list is long.',
    'Your name came up in our retro.',
    'Our x-ray pipeline is slow.',
    'Your talk on typing Promise<T> return values helped.',
    'Agenda:\n- [x] Where I am\n- [ ] Goal for June',
    'You wrote that "less process is more [sic]" and it stuck with me.',
    'You wrote "ship the smallest thing [emphasis mine]".',
    'Your post on $PATH ordering in Nix shells helped.',
    'Your thread on $NVDA earnings is why I write.',
    'Your linter rule for stale TODO comments is great.',
    'Our launch date is still TBD, so timing is flexible.',
    'Your post on `<Suspense>` boundaries helped.',
    'You destructure with `const { data } = useQuery()` in the talk.',
    'Acme (the company, not the cartoon) hired me.',
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('placeholder-left', text)).toEqual([]);
  });
});

describe('same-company', () => {
  const text = `Hi Jo, your post on postmortems at Acme is why I write. ${TIME} ${OUT}`;
  it.each([
    ['Acme Inc.', 'ACME'],
    ['Acme, Inc', 'acme'],
    ['Globex GmbH', 'globex'],
    ['Initech, Ltd.', 'Initech Limited'],
    ['Müller AG', 'Muller'],
    ['Johnson & Johnson', 'Johnson and Johnson'],
  ])('fires when %j equals my %j', (theirs, mine) => {
    expect(
      findingsOf('same-company', text, {
        channel: 'message',
        prospect: { company: theirs },
        me: { company: mine },
      }),
    ).toHaveLength(1);
  });

  it('reads the company from the headline when none was captured', () => {
    const context: DraftContext = {
      channel: 'message',
      prospect: { headline: 'Staff Engineer at Acme Inc. | Speaker' },
      me: { company: 'Acme' },
    };
    expect(highlighted('same-company', text, context)).toEqual(['Acme']);
  });

  it.each([
    ['Former VP Engineering at Acme | Now advising seed-stage startups', undefined],
    ['Ex-Director at Acme · Board member', undefined],
    ['Advisor | Previously Head of Data at Acme', undefined],
    ['Former CTO at Initech | Principal Engineer at Acme', 'Acme'],
    ['VP Engineering at Acme (ex-Google)', 'Acme'],
    ['Head of Alumni Relations at Acme University', 'Acme University'],
  ])('reads the current company, not a former one, from %j', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });

  it.each([
    [{ company: 'Acme Corp' }, { company: 'Acme Robotics' }],
    [{ company: 'Stripe' }, { company: 'Stripe Partners LLC' }],
    [{ company: 'Acme' }, {}],
    [{}, { company: 'Acme' }],
    [{ company: 'Self-employed' }, { company: 'Self-Employed' }],
    [{ company: 'Freelance' }, { company: 'freelance' }],
    [{ company: 'Stealth Startup' }, { company: 'Stealth startup' }],
  ])('stays quiet for %j and me %j', (prospect, me) => {
    expect(findingsOf('same-company', text, { channel: 'message', prospect, me })).toEqual([]);
  });
});

describe('flattery', () => {
  it.each([
    "You're a legend in this field.",
    "I'm a huge fan of your work.",
    'Your amazing talk was incredible.',
    'You are the smartest person in data.',
    'Your world-class team is why I write.',
    'You are a true product guru.',
    "You're one of the true legends of design.",
    'You are an absolute hero for publishing this.',
    'You are an absolute inspiration and the best PM I have ever seen.',
    'Legend! Your talk was the best I have ever heard.',
  ])('fires on %j', (text) => {
    expect(findingsOf('flattery', text).length).toBeGreaterThan(0);
  });

  it.each([
    'Your brilliant talk on event sourcing helped.',
    'What is the best way to structure the migration?',
    'Your great post on hiring is why I write.',
  ])('allows one ordinary compliment: %j', (text) => {
    expect(findingsOf('flattery', text)).toEqual([]);
  });

  it.each([
    'Your post on ending hero culture in on-call is why I write.',
    'How did you get your on-call heroes to hand over?',
    'Your essay on ghostwriting for thought leaders made me laugh.',
    'You maintain the Ninja build files for our browser fork.',
    'Your guide on placing the legend inside the chart changed our dashboards.',
    'Do you ever drop the chart legend for small multiples?',
    'We moved our docs from Guru to Notion last year.',
  ])('stays quiet on a praise word used as a subject, not said of them: %j', (text) => {
    expect(findingsOf('flattery', text)).toEqual([]);
  });

  it('highlights each superlative', () => {
    expect(highlighted('flattery', 'Your amazing talk was incredible.')).toEqual(['amazing', 'incredible']);
  });
});

describe('self-focus', () => {
  it('fires when I/me/my far outnumber you/your, on the most self-centred sentence', () => {
    const text =
      'I am a developer and I am stuck. I want to grow my career and I need advice. My goal is to lead. Could you help?';
    expect(highlighted('self-focus', text)).toEqual(['I want to grow my career and I need advice.']);
  });

  it.each([
    'I lead six people, I miss building, and my worry is that I have fallen behind. How did you get your skills back, and what would you read first if you were me?',
    'I am new here. I have one question.',
  ])('stays quiet on balanced or short drafts: %j', (text) => {
    expect(findingsOf('self-focus', text)).toEqual([]);
  });

  it('is not applied to a report-back, which is rightly about what I did', () => {
    const text =
      'I tried your advice. I cut my meetings, I wrote my plan, I shared it with my team and I measured my time.';
    expect(findingsOf('self-focus', text, { channel: 'message', kind: 'report-back' })).toEqual([]);
  });
});

describe('over-apology', () => {
  it.each([
    'Sorry for the cold message. Apologies if this is the wrong place.',
    'I apologise for writing. Sorry again!',
    'Forgive me for the intrusion, and sorry to bother you.',
    "I'm so sorry, and apologies for the long note.",
    'Sorry again!! Apologies.',
  ])('fires on %j', (text) => {
    expect(findingsOf('over-apology', text).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    'Sorry for the cold message.',
    "I'm sorry for bothering you.",
    'Sorry to bother you on a Friday.',
    'Sorry, I hate to bother you on a Friday.',
    'Your essay on why we over-apologise in emails made me rethink our guide. Would you add a rule on apologies?',
    "Sorry for the cold message. Your post about saying sorry less at work is why I'm writing.",
    'So sorry to hear about the layoffs at your company. Apologies for the cold message.',
    'I was sorry to see the project archived. Forgive me for the cold note.',
  ])('allows one apology: %j', (text) => {
    expect(findingsOf('over-apology', text)).toEqual([]);
  });
});

describe('unasked-attachment', () => {
  it.each([
    ["I've attached my CV.", "I've attached my CV"],
    ['Please find attached my portfolio.', 'Please find attached'],
    ['My resume is attached.', 'My resume is attached'],
    ['Resume: https://example.org/cv.pdf', 'Resume: https://example.org/cv.pdf'],
    ['Attached is my cover letter.', 'Attached is'],
    ['I am attaching my pitch deck for context.', 'I am attaching my pitch deck'],
    ['Attaching my resume for context.', 'Attaching my resume'],
    ['Sharing my CV below in case it helps.', 'Sharing my CV'],
    ['PFA my resume for your kind reference.', 'PFA'],
    ['Please find my CV attached.', 'Please find my CV attached'],
    ["I've attached a copy of my CV.", "I've attached a copy of my CV"],
    ['I have enclosed an updated version of my resume.', 'I have enclosed an updated version of my resume'],
    // In capitals and with accents: the rule's quick pre-check must not skip these.
    ['RÉSUMÉ ATTACHED.', 'RÉSUMÉ ATTACHED'],
    ['HERE IS MY COVER LETTER.', 'HERE IS MY COVER LETTER'],
    ['The deck is below.', 'The deck is below'],
    ['I uploaded my portfolio.', 'I uploaded my portfolio'],
  ])('fires on %j', (text, phrase) => {
    expect(highlighted('unasked-attachment', text)).toEqual([phrase]);
  });

  it.each([
    'Happy to send my CV if it would be useful.',
    "I haven't attached anything.",
    "As you asked, I've attached the one-page plan.",
    "I've attached the plan we discussed.",
    "I'm not attaching my CV; happy to send it if useful.",
    "I'm attached to the plan of testing annual pricing.",
    'I am quite attached to this document-first approach.',
    "I've included a planning question at the end.",
  ])('stays quiet on %j', (text) => {
    expect(findingsOf('unasked-attachment', text)).toEqual([]);
  });
});
