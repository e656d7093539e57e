// The draft generator as the composer uses it: three different, respectful drafts per kind and
// channel from the user's own words, typed reports of what is missing, notes that fit or say so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DraftInputs,
  type DraftVariant,
  firstName,
  type GenerateResult,
  generateDrafts,
  SHORTENING_ORDER,
} from '@/lib/drafts/generate';
import { channelLimit, characterCount } from '@/lib/drafts/limits';
import { lintDraft } from '@/lib/drafts/lint';
import { CHANNELS, type Channel, DRAFT_KINDS, type DraftKind } from '@/lib/drafts/types';
import { listWhyYouFacts } from '@/lib/drafts/why-you';
import type { ProfileSnapshot } from '@/lib/profiles/types';

// An invented prospect, captured the way the profile readers deliver one.
const PRIYA: ProfileSnapshot = {
  network: 'linkedin',
  profileUrl: 'https://www.linkedin.com/in/priya-raman-example/',
  fullName: 'Dr. Priya Raman',
  headline: 'Head of Platform at Northwind Logistics | Speaker | Writing about internal developer platforms',
  title: 'Head of Platform',
  company: 'Northwind Logistics',
  about:
    'I build platform teams that product engineers actually want to use. Before that I spent six years as an SRE. I write a monthly newsletter on developer experience.',
  experience: [
    { title: 'Head of Platform', company: 'Northwind Logistics', dateRange: '2021 - Present' },
    { title: 'Staff SRE', company: 'Fabrikam', dateRange: '2015 - 2021' },
    { title: 'Systems Engineer', company: 'Contoso', dateRange: '2012 - 2015' },
  ],
  education: [{ school: 'University of Leeds', degree: 'MSc Computer Science' }],
};

const ME = {
  name: 'Sam Okoro',
  role: 'engineering manager at Tailspin',
  company: 'Tailspin',
  whereIAm: 'I lead an infrastructure group of six',
  whereINeedToBe: 'I need to turn it into a platform team by spring',
};

/** Personas for requests and follow-ups, one per way a user phrases the ask. */
const REQUESTS: Record<string, Omit<DraftInputs, 'kind' | 'channel'>> = {
  'a direct question and a profile fact': {
    prospect: PRIYA,
    me: ME,
    topic: 'platform teams',
    whyYou: [listWhyYouFacts(PRIYA).find((f) => f.source === 'career-move')!],
    ask: 'How did you pick the first internal team to treat as a customer?',
    timeBox: '15-20 minutes on a call, or a short written reply',
    commitment: 'come with a one-page summary of where we are',
  },
  'an indirect question and a typed fact': {
    prospect: { fullName: 'Maya Chen' },
    me: { name: 'Lena', role: 'backend developer at Acme' },
    whyYou: ['your QCon talk on event sourcing'],
    ask: 'how you won over product leads',
    timeBox: '15 min or a short reply',
  },
  'a request for feedback and two facts': {
    prospect: { fullName: 'Tomás Ferreira', company: 'Lisbon Robotics' },
    me: { name: 'Ana', role: 'robotics student', goal: 'ship my first hardware product' },
    topic: 'hardware prototypes',
    whyYou: ['your post on choosing motors for small robots', 'your workshop at Robotica 2024'],
    ask: 'your view on whether my motor choice can carry a 2 kg payload',
    timeBox: 'a short written reply',
  },
  'an imperative ask and mixed facts': {
    prospect: { fullName: 'Kenji Watanabe' },
    me: { name: 'Rosa', role: 'senior engineer', whereIAm: 'I write our design doc template' },
    whyYou: ['you led the design doc process at Mercari', 'your series on short design docs'],
    ask: 'review my two-page design doc template',
    timeBox: 'half an hour, or a few lines by email',
    commitment: 'send you the template as a single page',
  },
  'a whether-question': {
    prospect: { fullName: 'Nadia Haddad' },
    me: { name: 'Paul', role: 'accountant moving into data science' },
    whyYou: ['you switched from finance to data science at 35'],
    ask: 'whether I should finish my statistics course before applying for analyst roles',
    timeBox: 'two questions by email',
  },
  // A yes/no question of substance that mentions time: not a question about the calendar.
  'a yes/no question about time, and a fact typed as a sentence': {
    prospect: { fullName: "Siobhán O'Neill" },
    me: { name: 'Dev', role: 'SRE lead' },
    whyYou: ['I loved your talk at SREcon on error budgets'],
    ask: 'Did the error-budget rollout take more time than you planned?',
    timeBox: 'a short written reply',
  },
  'a question about a free tier, and a recommendation by name': {
    prospect: { fullName: '李伟' },
    me: { name: 'Ana', role: 'founder of a developer-tools startup' },
    whyYou: ['Tom Baker suggested I talk to you'],
    ask: 'Is a free tier worth it for developer tools?',
    timeBox: '15 minutes',
  },
};

/** Personas whose request fits a free 200-character connection note. */
const NOTE_SIZED = new Set(['an indirect question and a typed fact', 'an imperative ask and mixed facts']);

const AFTER: Omit<DraftInputs, 'kind' | 'channel'> = {
  prospect: { fullName: 'Priya Raman' },
  me: { name: 'Sam', whereIAm: 'I lead six engineers', whereINeedToBe: 'I need a platform team' },
  takeaway: 'start with one team',
  nextStep: 'book a kickoff with our data team',
  advice: 'start with one team',
  action: 'a pilot with the data team',
  outcome: 'deploys went from 2 days to 4 hours',
  options: ['error budgets', 'a new on-call rotation'],
  measure: 'pages per week',
};

function expectOk(result: GenerateResult): DraftVariant[] {
  if (!result.ok) throw new Error(`expected drafts, got ${JSON.stringify(result)}`);
  return result.variants;
}

const shingles = (text: string) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
};
const similarity = (a: string, b: string) => {
  const x = shingles(a);
  const y = shingles(b);
  const common = [...x].filter((s) => y.has(s)).length;
  return common / (x.size + y.size - common);
};

// Signs of a slot left unfilled or a value that was never given.
const LEFTOVER = /undefined|null|NaN|\[object|\{|\}|\[|\]|<|>|\s\.|\s,|\.\.(?!\.)|:\s*\.|\bI'll\s*\./;

function expectRespectful(v: DraftVariant, limit: number | null) {
  expect(v.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(v.report.score).toBeGreaterThanOrEqual(80);
  expect(v.text).not.toMatch(LEFTOVER);
  expect(v.characters).toBe(characterCount(v.text));
  if (limit !== null) expect(v.characters).toBeLessThanOrEqual(limit);
}

describe('generateDrafts: requests and follow-ups', () => {
  const cases = Object.entries(REQUESTS).flatMap(([persona, inputs]) =>
    (['request', 'follow-up'] as const).flatMap((kind) =>
      CHANNELS.map((channel) => ({ persona, inputs, kind, channel })),
    ),
  );

  it.each(cases)(
    '$kind / $channel with $persona: three respectful drafts',
    ({ persona, inputs, kind, channel }) => {
      // Long asks need Premium's 300 characters in a note; the short ones fit in the free 200.
      const noteLimit = channel === 'connection-note' && !NOTE_SIZED.has(persona) ? 300 : 200;
      const variants = expectOk(generateDrafts({ ...inputs, kind, channel, noteLimit }));
      expect(variants).toHaveLength(3);
      expect(new Set(variants.map((v) => v.style)).size).toBe(3);
      for (const v of variants) {
        expectRespectful(v, channelLimit(channel, noteLimit));
        // The user's own ask and time box are in every draft, word for word.
        const ask = inputs.ask!.replace(/[?.]$/, '').toLowerCase();
        expect(v.text.toLowerCase()).toContain(ask.slice(1));
        expect(v.text.toLowerCase()).toContain(inputs.timeBox!.toLowerCase());
        // Whatever a generated draft ends with, a brain-picking lunch typed after it is caught.
        const spoiled = lintDraft(`${v.text} Can I pick your brain over lunch?`, { channel, noteLimit });
        expect(spoiled.findings.map((f) => f.rule)).toEqual(
          expect.arrayContaining(['pick-your-brain', 'meal-invite']),
        );
        // A fact the user typed as a sentence of its own follows "because", never "because of".
        expect(v.text).not.toMatch(/because of (?:I|Tom)\b/);
        if (kind === 'request') {
          const fact = inputs.whyYou![0]!;
          const phrases = typeof fact === 'string' ? [fact] : [fact.text, fact.short ?? fact.text];
          expect(phrases.some((p) => v.text.toLowerCase().includes(p.toLowerCase()))).toBe(true);
        }
      }
    },
  );

  it.each(cases.filter((c) => c.channel !== 'connection-note'))(
    '$kind / $channel with $persona: the three drafts are genuinely different',
    ({ inputs, kind, channel }) => {
      const [a, b, c] = expectOk(generateDrafts({ ...inputs, kind, channel })).map((v) => v.text);
      for (const [x, y] of [
        [a, b],
        [a, c],
        [b, c],
      ] as const)
        expect(similarity(x!, y!)).toBeLessThan(0.5);
    },
  );

  it('gives InMail and email a subject line, and messages none', () => {
    const inputs = REQUESTS['a direct question and a profile fact']!;
    for (const v of expectOk(generateDrafts({ ...inputs, kind: 'request', channel: 'email' })))
      expect(v.subject).toMatch(/platform teams|question/i);
    for (const v of expectOk(generateDrafts({ ...inputs, kind: 'request', channel: 'message' })))
      expect(v.subject).toBeUndefined();
  });
});

describe('generateDrafts: after a meeting', () => {
  const cases = (['thank-you', 'report-back', 'agenda'] as DraftKind[]).flatMap((kind) =>
    CHANNELS.map((channel) => ({ kind, channel })),
  );

  it.each(cases)('$kind / $channel: three respectful drafts in the user’s words', ({ kind, channel }) => {
    const variants = expectOk(generateDrafts({ ...AFTER, kind, channel }));
    expect(variants).toHaveLength(3);
    for (const v of variants) {
      expectRespectful(v, channelLimit(channel));
      if (kind === 'report-back')
        for (const part of [AFTER.advice, AFTER.action, AFTER.outcome]) expect(v.text).toContain(part);
      if (kind === 'thank-you') expect(v.text).toContain(AFTER.takeaway);
      if (kind === 'agenda') {
        // Situation, goal, options and how success is measured, in that order.
        const at = [AFTER.me.whereIAm!, AFTER.me.whereINeedToBe!, AFTER.options![0]!, AFTER.measure!].map(
          (s) => v.text.indexOf(s),
        );
        expect(at.every((i) => i >= 0)).toBe(true);
        expect([...at].sort((x, y) => x - y)).toEqual(at);
      }
    }
  });
});

describe('generateDrafts: never invents', () => {
  // Every word of a draft comes from the user's inputs or from the generator's own fixed wording.
  const source = readFileSync(join(process.cwd(), 'lib/drafts/generate.ts'), 'utf8');
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const templateWords = new Set(words(source));

  it.each(
    Object.entries(REQUESTS).flatMap(([persona, inputs]) =>
      DRAFT_KINDS.flatMap((kind) =>
        CHANNELS.map((channel) => ({
          persona,
          inputs: { ...AFTER, ...inputs, me: { ...AFTER.me, ...inputs.me } },
          kind,
          channel,
        })),
      ),
    ),
  )('$kind / $channel for $persona uses only given words', ({ inputs, kind, channel }) => {
    const result = generateDrafts({ ...inputs, kind, channel, noteLimit: 300 });
    if (!result.ok) return expect(result.reason).toBe('does-not-fit');
    const given = new Set(words(JSON.stringify(inputs)));
    for (const v of result.variants)
      for (const w of words(`${v.text} ${v.subject ?? ''}`))
        expect(given.has(w) || templateWords.has(w), `"${w}" in ${v.text}`).toBe(true);
  });
});

describe('generateDrafts: determinism', () => {
  it('does not depend on the order in which the inputs were built', () => {
    const a: DraftInputs = { kind: 'request', channel: 'message', ...REQUESTS['a whether-question']! };
    const b = Object.fromEntries(Object.entries(a).reverse()) as unknown as DraftInputs;
    expect(generateDrafts(b)).toEqual(generateDrafts(a));
  });

  const inputs: DraftInputs = {
    ...REQUESTS['a direct question and a profile fact']!,
    kind: 'request',
    channel: 'message',
  };

  it('gives the same drafts for the same inputs', () => {
    expect(generateDrafts(inputs)).toEqual(generateDrafts({ ...inputs }));
    expect(generateDrafts({ ...inputs, seed: 7 })).toEqual(generateDrafts({ ...inputs, seed: 7 }));
  });

  it('varies the phrasing with the seed, and every seed stays respectful', () => {
    const texts = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const variants = expectOk(generateDrafts({ ...inputs, seed }));
      for (const v of variants) expectRespectful(v, null);
      texts.add(variants.map((v) => v.text).join('\n'));
    }
    expect(texts.size).toBeGreaterThan(3);
  });
});

describe('generateDrafts: missing inputs are asked for, never papered over', () => {
  const base: DraftInputs = {
    ...REQUESTS['an indirect question and a typed fact']!,
    kind: 'request',
    channel: 'message',
  };
  const missing = (inputs: DraftInputs) => {
    const r = generateDrafts(inputs);
    if (r.ok || r.reason !== 'missing-inputs')
      throw new Error(`expected missing inputs, got ${JSON.stringify(r)}`);
    return r.missing.map((m) => `${m.field}:${m.problem}`);
  };

  it.each([
    ['no ask', { ask: '' }, ['ask:missing']],
    ['no reason for choosing them', { whyYou: [] }, ['whyYou:missing']],
    ['no time box', { timeBox: '  ' }, ['timeBox:missing']],
    ['a time box with no size', { timeBox: 'a quick chat' }, ['timeBox:unclear']],
    ['a vague ask', { ask: 'some advice' }, ['ask:unclear']],
    ['a reason that is not about them', { whyYou: ['I need help'] }, ['whyYou:unclear']],
    ['no name for them', { prospect: { fullName: '' } }, ['prospect.fullName:missing']],
    ['nothing about me', { me: { name: 'Lena' } }, ['me.role:missing']],
  ] as [string, Partial<DraftInputs>, string[]][])('reports %s', (_label, change, expected) => {
    expect(missing({ ...base, ...change })).toEqual(expected);
  });

  it.each([
    ['thank-you', { takeaway: '' }, ['takeaway:missing']],
    ['thank-you', { nextStep: '', commitment: '' }, ['nextStep:missing']],
    ['report-back', { outcome: '' }, ['outcome:missing']],
    ['agenda', { options: [' '], measure: '' }, ['options:missing', 'measure:missing']],
    ['agenda', { me: { name: 'Sam' } }, ['situation:missing', 'goal:missing']],
  ] as [DraftKind, Partial<DraftInputs>, string[]][])('reports what a %s lacks', (kind, change, expected) => {
    expect(missing({ ...AFTER, kind, channel: 'email', ...change })).toEqual(expected);
  });

  it('lists every missing input at once, each with a hint', () => {
    const r = generateDrafts({
      kind: 'request',
      channel: 'message',
      prospect: { fullName: '' },
      me: { name: '' },
    });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'missing-inputs') return;
    expect(r.missing.map((m) => m.field)).toEqual([
      'prospect.fullName',
      'me.name',
      'me.role',
      'whyYou',
      'ask',
      'timeBox',
    ]);
    for (const m of r.missing) expect(m.hint.length).toBeGreaterThan(10);
  });
});

describe('generateDrafts: connection notes fit or say so', () => {
  const long: DraftInputs = {
    ...REQUESTS['a direct question and a profile fact']!,
    kind: 'request',
    channel: 'connection-note',
  };

  it('says a note cannot fit instead of cutting it, with how far over it is', () => {
    const r = generateDrafts({ ...long, noteLimit: 200 });
    expect(r).toMatchObject({ ok: false, reason: 'does-not-fit', limit: 200 });
    if (r.ok || r.reason !== 'does-not-fit') return;
    expect(r.over).toBe(r.shortest - 200);
    expect(r.over).toBeGreaterThan(0);
  });

  it('fits the same request in a Premium note, shortened in the defined order', () => {
    for (const v of expectOk(generateDrafts({ ...long, noteLimit: 300 }))) {
      expect(v.characters).toBeLessThanOrEqual(300);
      const order = v.shortened.map((s) => SHORTENING_ORDER.indexOf(s));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('drops niceties before it touches the why-you, and the why-you before the intro', () => {
    // Just over 200 with everything: the sign-off goes first, and the intro survives.
    const inputs: DraftInputs = {
      kind: 'request',
      channel: 'connection-note',
      prospect: { fullName: 'Maya Chen' },
      me: { name: 'Lena', role: 'backend developer' },
      whyYou: ['your QCon talk on event sourcing', 'your post on projections'],
      ask: 'How did you win over product leads?',
      timeBox: '15 min or a short reply',
    };
    for (const v of expectOk(generateDrafts(inputs))) {
      expect(v.shortened[0]).toBe('drop-sign-off');
      if (v.shortened.includes('shorten-intro') || v.shortened.includes('drop-intro'))
        expect(v.shortened).toContain('shorten-why-you');
      expect(v.text).toContain('your QCon talk on event sourcing'.slice(1));
      expect(v.text).toContain('How did you win over product leads'.slice(1));
      expect(v.text).toContain('15 min or a short reply');
      expect(v.text).toMatch(/[.!?]$/);
    }
  });

  it('keeps everything when the note fits as written', () => {
    const variants = expectOk(generateDrafts({ ...AFTER, kind: 'thank-you', channel: 'connection-note' }));
    for (const v of variants) expect(v.shortened).toEqual([]);
  });
});

describe('listWhyYouFacts', () => {
  const facts = listWhyYouFacts(PRIYA);

  it('offers the headline, current and past roles, a career move, About sentences and education', () => {
    expect(new Set(facts.map((f) => f.source))).toEqual(
      new Set(['headline', 'current-role', 'past-role', 'career-move', 'about', 'education']),
    );
    expect(facts.map((f) => f.text)).toEqual(
      expect.arrayContaining([
        'your work as Head of Platform at Northwind Logistics',
        'your time as Staff SRE at Fabrikam',
        'your move from Staff SRE at Fabrikam to Head of Platform at Northwind Logistics',
        'you write in your About section: “Before that I spent six years as an SRE”',
        'you studied MSc Computer Science at University of Leeds',
        'you describe yourself as “Writing about internal developer platforms”',
      ]),
    );
  });

  it('invents nothing: every word of a fact is on the profile or in its fixed frame', () => {
    const profileWords = new Set(
      JSON.stringify(PRIYA)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu),
    );
    const frameWords = new Set(
      'your work as time at move from to you describe yourself write in about section studied'.split(' '),
    );
    for (const f of facts)
      for (const w of `${f.text} ${f.short ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
        expect(profileWords.has(w) || frameWords.has(w), `${w} in ${f.text}`).toBe(true);
  });

  it('gives every fact in a form the linter accepts as a reason for choosing them', () => {
    for (const f of facts) {
      const text = `Hi Priya, ${f.text}. How did you pick your first internal customer? A short written reply would be plenty. No worries if not.`;
      expect(
        lintDraft(text, { channel: 'message' }).findings.map((x) => x.rule),
        f.text,
      ).not.toContain('no-why-you');
    }
  });

  it('offers nothing for a profile with only a name', () => {
    expect(
      listWhyYouFacts({
        network: 'generic',
        profileUrl: 'https://example.org/a',
        fullName: 'A B',
        experience: [],
        education: [],
      }),
    ).toEqual([]);
  });

  it('gives each fact a unique id', () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });
});

describe('firstName', () => {
  it.each([
    ['Dr. Priya Raman', 'Priya'],
    ['Ana María López, PhD', 'Ana'],
    ['Prof. Dr. Jürgen Weiß', 'Jürgen'],
    ['Maya (she/her) Chen', 'Maya'],
    ["O'Neil Grant", "O'Neil"],
  ])('greets %j as %j', (full, first) => {
    expect(firstName(full)).toBe(first);
  });
});

describe('every kind on every channel', () => {
  it('has a composer for each of the five kinds and four channels', () => {
    for (const kind of DRAFT_KINDS)
      for (const channel of CHANNELS as Channel[]) {
        const inputs =
          kind === 'request' || kind === 'follow-up'
            ? REQUESTS['an indirect question and a typed fact']!
            : AFTER;
        expect(generateDrafts({ ...inputs, kind, channel }).ok).toBe(true);
      }
  });
});
