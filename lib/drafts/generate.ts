/**
 * Drafts a request, follow-up, thank-you, report-back or first-meeting agenda from what the user
 * typed and picked, in three genuinely different phrasings per channel, deterministic for the same
 * inputs. It never invents a detail and never leaves a slot: missing inputs come back as a typed
 * list of what to ask the user for; a connection note that cannot fit says so.
 */
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { channelLimit, characterCount, wordCount } from './limits';
import { type LintReport, lintDraft } from './lint';
import { findAsks, findWhyYou, TIME_BOX } from './patterns';
import { analyse } from './text';
import {
  type Channel,
  type DraftKind,
  type INPUT_FIELDS,
  type NoteLimit,
  SHORTENING_STEPS,
  type VARIANT_STYLES,
} from './types';
import { typedWhyYouFact, type WhyYouFact } from './why-you';

// ---------------------------------------------------------------- inputs and results

/** Who the user is; every field is their own words. */
export interface MyDraftProfile {
  name: string;
  /** Completes "I'm Sam, …": "backend engineer at Acme". */
  role?: string;
  company?: string;
  /** What they want to learn or change, e.g. "move into a staff engineer role". */
  goal?: string;
  /** Where I am now, as a first-person sentence: "I lead four backend engineers". */
  whereIAm?: string;
  /** Where I need to be, as a first-person sentence: "I need to run a platform team by spring". */
  whereINeedToBe?: string;
}

export interface DraftInputs {
  kind: DraftKind;
  channel: Channel;
  noteLimit?: NoteLimit;
  prospect: Pick<ProfileSnapshot, 'fullName'> &
    Partial<Pick<ProfileSnapshot, 'headline' | 'company' | 'title'>>;
  me: MyDraftProfile;
  /** The subject, for the subject line and a question-first opening: "event-sourcing migrations". */
  topic?: string;
  /** One or two facts picked from the profile (`listWhyYouFacts`) or typed by the user. */
  whyYou?: (WhyYouFact | string)[];
  /** The single ask: a question ("How did you…?"), a clause ("how you…") or a request ("feedback on…"). */
  ask?: string;
  /** The time box and format: "15-20 minutes on a call, or a short written reply". */
  timeBox?: string;
  /** What I commit to, completing "I'll …": "come with a one-page summary". */
  commitment?: string;
  /** Thank-you: what I am taking away from the conversation. */
  takeaway?: string;
  /** Thank-you: my next step, completing "I'll …" (falls back to the commitment). */
  nextStep?: string;
  /** Report-back: the advice they gave. */
  advice?: string;
  /** Report-back: what I did with it. */
  action?: string;
  /** Report-back: how it turned out. */
  outcome?: string;
  /** Agenda: the options I see. */
  options?: string[];
  /** Agenda: how we will know the goal is reached. */
  measure?: string;
  /** Agenda: what I have already tried, and what has and has not worked. */
  tried?: string;
  /** Changes the phrasing choices; the same inputs and seed always give the same drafts. */
  seed?: number;
}

export type InputField = (typeof INPUT_FIELDS)[number];

export interface MissingInput {
  field: InputField;
  /** `missing`: nothing given; `unclear`: given, but not usable as it stands. */
  problem: 'missing' | 'unclear';
  /** What to ask the user, in their words. */
  hint: string;
}

export type ShorteningStep = (typeof SHORTENING_STEPS)[number];

/** The order in which a draft that does not fit its channel is shortened (see SHORTENING_STEPS). */
export const SHORTENING_ORDER: readonly ShorteningStep[] = SHORTENING_STEPS;
export type VariantStyle = (typeof VARIANT_STYLES)[number];

export interface DraftVariant {
  style: VariantStyle;
  text: string;
  /** For InMail and email. */
  subject?: string;
  /** Shortening steps applied to fit the channel, in order (empty when the full draft fits). */
  shortened: ShorteningStep[];
  characters: number;
  words: number;
  report: LintReport;
}

export type GenerateResult =
  | { ok: true; variants: DraftVariant[] }
  | { ok: false; reason: 'missing-inputs'; missing: MissingInput[] }
  | {
      ok: false;
      reason: 'does-not-fit';
      limit: number;
      /** The shortest draft that keeps the why-you, the ask and the time box. */
      shortest: number;
      /** How many characters to cut from the user's own words (why-you, ask, time box). */
      over: number;
    };

// ---------------------------------------------------------------- small text helpers

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const trimEnd = (s: string) => clean(s).replace(/[.!;:,\s]+$/, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Lower-case a first word only when it is a function word, never a name ("QCon", "Stripe").
const FUNCTION_WORD =
  /^(?:how|what|which|why|where|when|who|whom|whose|whether|if|do|does|did|is|are|was|were|would|should|could|can|will|have|has|had|might|may|your|a|an|the|some|any|feedback|advice|help|review|one)\b/i;
const lowerFirst = (s: string) => (FUNCTION_WORD.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const withoutI = (s: string) => trimEnd(s).replace(/^(?:i\s+will|i'll|i’ll|i)\s+/i, '');

const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|herr|frau|mme|m)\.?$/i;

/** The first name to greet: the first word of the full name that is not a title. */
export function firstName(fullName: string): string {
  const words = clean(fullName.replace(/\(.*?\)|,.*$/g, ' '))
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !HONORIFIC.test(w));
  return (words[0] ?? '').replace(/[^\p{L}\p{M}'’-]/gu, '');
}

// Mulberry32: small, fast, and the same sequence for the same seed everywhere.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * JSON with sorted keys, so that equal inputs built in a different order draft alike; a key set to
 * undefined counts as absent, as after a trip through runtime messaging (the popup's drafts come
 * from the background and must be the side panel's for the same inputs).
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A shuffled copy: variant i takes item i, so the three drafts never share a phrase choice. */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------------------------------------------------------------- the ask

type AskForm = 'question' | 'clause' | 'whether' | 'imperative' | 'noun';
const AUX = /^(?:do|does|did|is|are|was|were|would|should|could|can|will|have|has|had|might|may|shall|am)\b/i;
const WH = /^(?:how|what|which|why|where|when|who|whom|whose)\b/i;
const IMPERATIVE =
  /^(?:review|look|read|tell|share|explain|suggest|recommend|check|give|help|send|walk|point|answer|sanity-check|critique|comment|describe|outline|advise|name|compare|rate)\b/i;

interface Ask {
  form: AskForm;
  /** The ask without closing punctuation. */
  body: string;
}

function parseAsk(raw: string): Ask {
  const trimmed = clean(raw);
  const body = trimmed.replace(/[?.!\s]+$/, '');
  if (/\?\s*$/.test(trimmed) || AUX.test(body)) return { form: 'question', body };
  if (WH.test(body)) {
    const second = body.split(/\s+/)[1] ?? '';
    return AUX.test(second) || /^(?:'s|’s)$/.test(second)
      ? { form: 'question', body }
      : { form: 'clause', body };
  }
  if (/^(?:whether|if)\b/i.test(body)) return { form: 'whether', body };
  if (IMPERATIVE.test(body)) return { form: 'imperative', body };
  return { form: 'noun', body };
}

/** Three ways to put the one ask, one per variant, all ending in a clear request. */
function askSentences(ask: Ask, note = false): [string, string, string] {
  const b = ask.body;
  const l = lowerFirst(b);
  if (note) return noteAskSentences(ask, b, l);
  switch (ask.form) {
    case 'question':
      return [`${cap(b)}?`, `My one question: ${l}?`, `One thing I would love to know: ${l}?`];
    case 'clause':
      return [`Could you share ${l}?`, `My one question is ${l}.`, `I would love to hear ${l}.`];
    case 'whether':
      return [
        `I would value your view on ${l}.`,
        `My one question is ${l}.`,
        `Could I ask your view on ${l}?`,
      ];
    case 'imperative':
      return [`Could you ${l}?`, `My one ask: could you ${l}?`, `Would you be willing to ${l}?`];
    default:
      return [`Could I ask for ${l}?`, `My one ask: ${l}.`, `I would be grateful for ${l}.`];
  }
}

/** The same, as short as a connection note needs. */
function noteAskSentences(ask: Ask, b: string, l: string): [string, string, string] {
  switch (ask.form) {
    case 'question':
      return [`${cap(b)}?`, `My one question: ${l}?`, `One question: ${l}?`];
    case 'clause':
      return [`Could you share ${l}?`, `My question is ${l}.`, `Could I ask ${l}?`];
    case 'whether':
      return [`Your view on ${l}?`, `My question is ${l}.`, `Could I ask ${l}?`];
    case 'imperative':
      return [`Could you ${l}?`, `Would you ${l}?`, `My one ask: could you ${l}?`];
    default:
      return [`Could I ask for ${l}?`, `May I ask for ${l}?`, `My one ask: ${l}.`];
  }
}

/** The ask restated in a follow-up. */
function askRecap(ask: Ask): string {
  const l = lowerFirst(ask.body);
  switch (ask.form) {
    case 'question':
      return `My question was: ${l}?`;
    case 'clause':
    case 'whether':
      return `My question was ${l}.`;
    case 'imperative':
      return `My one ask was whether you could ${l}.`;
    default:
      return `My one ask was for ${l}.`;
  }
}

// ---------------------------------------------------------------- why you

type WhyForm = 'your' | 'you' | 'clause' | 'other';
// A typed fact that is already a sentence of its own: "I loved your talk at QCon", "Tom Baker
// suggested I talk to you". It follows "because", never "because of".
const CLAUSE = /^(?:i|i['’]ve|i['’]d|i['’]m|we|we['’]ve|my|our)\b/i;
const NAMED_CLAUSE =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:suggested|recommended|mentioned|said|told|pointed|referred|introduced|thought)\b/u;
const whyForm = (t: string): WhyForm =>
  /^your\b/i.test(t)
    ? 'your'
    : /^you(?:'ve|’ve|'re|’re|'d|’d)?\b/i.test(t)
      ? 'you'
      : CLAUSE.test(t) || NAMED_CLAUSE.test(t)
        ? 'clause'
        : 'other';

/** One sentence that gives the reason for writing to them, in style `i` (0-2), full or compact. */
function whySentence(facts: string[], i: number, compact: boolean): string {
  const forms = facts.map(whyForm);
  const first = forms[0];
  if (facts.length === 2 && forms[0] !== forms[1]) {
    // Mixed forms ("your talk…", "you led…") join only as reasons.
    const reasons = facts.map((f, k) =>
      forms[k] === 'you' || forms[k] === 'clause' ? `because ${f}` : `because of ${f}`,
    );
    return `I'm writing to you ${reasons.join(', and ')}.`;
  }
  const f = facts.join(' and ');
  const is = facts.length === 2 ? 'are' : 'is';
  if (first === 'you') {
    const full = [
      `${cap(f)}, which is why I'm writing to you.`,
      `I'm writing because ${f}.`,
      `I'm asking you in particular because ${f}.`,
    ];
    const short = [`${cap(f)}, so I'm writing.`, `I'm writing because ${f}.`, `I ask you because ${f}.`];
    return (compact ? short : full)[i] ?? full[0]!;
  }
  if (first === 'your') {
    const full = [
      `${cap(f)} ${is} why I'm writing to you.`,
      `I'm writing because of ${f}.`,
      `${cap(f)} ${is} the reason I'm asking you in particular.`,
    ];
    const short = [
      `${cap(f)} ${is} why I'm writing.`,
      `I'm writing because of ${f}.`,
      `${cap(f)} ${is} why I ask you.`,
    ];
    return (compact ? short : full)[i] ?? full[0]!;
  }
  if (first === 'clause') return compact ? `I'm writing because ${f}.` : `I'm writing to you because ${f}.`;
  return compact ? `I'm writing because of ${f}.` : `I'm writing to you because of ${f}.`;
}

// ---------------------------------------------------------------- phrase banks

const EASY_OUTS = [
  'No worries at all if not.',
  "If you're too busy, I completely understand.",
  "Feel free to say no; I'll understand.",
  "If the timing isn't right, no worries.",
  'No pressure at all if you are swamped.',
];
const NOTE_EASY_OUTS = ['No worries if not.', 'No pressure if busy.', 'Fine to say no.'];
const THANKS = ['Thanks,', 'Thank you,', 'With thanks,', 'Many thanks,'];
const GREETINGS = ['Hi', 'Hello', 'Hi'];
// A time box with its own comma ("15 minutes on a call, or a short reply") closes it with another.
const TIME_BOX_FRAMES: ((tb: string) => string)[] = [
  (tb) => `${cap(mid(tb))} would be plenty.`,
  (tb) => `Would ${mid(tb)} work for you?`,
  (tb) => `Even ${mid(tb)} would help a lot.`,
];
const NOTE_TIME_BOX_FRAMES: ((tb: string) => string)[] = [
  (tb) => `${cap(mid(tb))} is plenty.`,
  (tb) => `Would ${mid(tb)} work?`,
  (tb) => `Even ${mid(tb)} helps.`,
];
function mid(clause: string): string {
  return clause.includes(',') ? `${clause},` : clause;
}

// ---------------------------------------------------------------- validation

const IDENTITY_HINT = 'Add one line about yourself: your role, or where you are now.';

function facts(inputs: DraftInputs): WhyYouFact[] {
  return (inputs.whyYou ?? [])
    .map((f, n) => (typeof f === 'string' ? typedWhyYouFact(f, n) : f))
    .filter((f) => clean(f.text) !== '')
    .slice(0, 2);
}

/** What the user still has to give for this kind of draft, checked with the linter's own detectors. */
export function missingInputs(inputs: DraftInputs): MissingInput[] {
  const missing: MissingInput[] = [];
  const need = (field: InputField, value: string | undefined, hint: string) => {
    if (!clean(value)) missing.push({ field, problem: 'missing', hint });
  };
  const { kind } = inputs;
  if (kind !== 'agenda')
    need('prospect.fullName', inputs.prospect.fullName, 'Who is this for? Add their name.');
  need('me.name', inputs.me.name, 'Add your name, to sign the message.');

  if (kind === 'request' || kind === 'follow-up') {
    if (kind === 'request') {
      if (!clean(inputs.me.role) && !clean(inputs.me.whereIAm))
        missing.push({ field: 'me.role', problem: 'missing', hint: IDENTITY_HINT });
      const picked = facts(inputs);
      if (picked.length === 0)
        missing.push({
          field: 'whyYou',
          problem: 'missing',
          hint: 'Pick one thing they did from their profile, or type one: a talk, a post, a career move.',
        });
      else if (
        findWhyYou(
          analyse(
            whySentence(
              picked.map((f) => f.text),
              0,
              false,
            ),
          ),
        ).length === 0
      )
        missing.push({
          field: 'whyYou',
          problem: 'unclear',
          hint: 'Say what they did, starting with "your" or "you": "your talk at QCon on event sourcing".',
        });
    }
    if (!clean(inputs.ask))
      missing.push({ field: 'ask', problem: 'missing', hint: 'What is the one question you want answered?' });
    else {
      const sentences = askSentences(parseAsk(inputs.ask ?? ''));
      if (!sentences.every((s) => findAsks(analyse(s)).some((a) => a.kind === 'specific')))
        missing.push({
          field: 'ask',
          problem: 'unclear',
          hint: 'Make the ask one concrete question, such as "How did you get product leads to back the migration?"',
        });
    }
    if (!clean(inputs.timeBox))
      missing.push({
        field: 'timeBox',
        problem: 'missing',
        hint: 'How much are you asking for? For example "15-20 minutes on a call, or a short written reply".',
      });
    else if (!new RegExp(TIME_BOX.source, 'i').test(inputs.timeBox ?? ''))
      missing.push({
        field: 'timeBox',
        problem: 'unclear',
        hint: 'Give the time box a size: "15 minutes", "half an hour", "a short written reply", "two questions".',
      });
  }
  if (kind === 'thank-you') {
    need('takeaway', inputs.takeaway, 'What are you taking away from the conversation?');
    if (!clean(inputs.nextStep) && !clean(inputs.commitment))
      missing.push({
        field: 'nextStep',
        problem: 'missing',
        hint: 'What will you do next with their advice?',
      });
  }
  if (kind === 'report-back') {
    need('advice', inputs.advice, 'What did they advise?');
    need('action', inputs.action, 'What did you do with the advice?');
    need('outcome', inputs.outcome, 'How did it turn out, even if it did not work?');
  }
  if (kind === 'agenda') {
    need('situation', inputs.me.whereIAm, 'Where are you now? One or two sentences.');
    if (!clean(inputs.me.whereINeedToBe) && !clean(inputs.me.goal))
      missing.push({ field: 'goal', problem: 'missing', hint: 'Where do you need to be, and by when?' });
    if (!(inputs.options ?? []).some((o) => clean(o)))
      missing.push({
        field: 'options',
        problem: 'missing',
        hint: 'Which options do you see? One is enough to start.',
      });
    need('measure', inputs.measure, 'How will you both know the goal is reached?');
  }
  return missing;
}

// ---------------------------------------------------------------- composing

interface Shape {
  signOff: boolean;
  greeting: boolean;
  whyFacts: 1 | 2;
  whyCompact: boolean;
  intro: 'full' | 'short' | 'none';
  easyOutCompact: boolean;
}

const FULL: Shape = {
  signOff: true,
  greeting: true,
  whyFacts: 2,
  whyCompact: false,
  intro: 'full',
  easyOutCompact: false,
};

function applySteps(steps: readonly ShorteningStep[]): Shape {
  const s = { ...FULL };
  for (const step of steps) {
    if (step === 'drop-sign-off') s.signOff = false;
    if (step === 'drop-greeting') s.greeting = false;
    if (step === 'drop-second-why-you') s.whyFacts = 1;
    if (step === 'shorten-why-you') s.whyCompact = true;
    if (step === 'shorten-intro') s.intro = 'short';
    if (step === 'drop-intro') s.intro = 'none';
    if (step === 'shorten-easy-out') s.easyOutCompact = true;
  }
  return s;
}

interface Context {
  inputs: DraftInputs;
  note: boolean;
  p: string;
  me: string;
  facts: WhyYouFact[];
  greeting: string[];
  easyOut: string[];
  thanks: string[];
  tbFrame: ((tb: string) => string)[];
}

const join = (parts: (string | false | undefined)[], sep: string) => parts.filter(Boolean).join(sep);

/** "I'm Sam, backend engineer at Acme. I lead four engineers, and I need to run a platform team." */
function intro(c: Context, level: Shape['intro'], style: number): string | undefined {
  const { me } = c.inputs;
  if (level === 'none') return undefined;
  const role = clean(me.role);
  const company = clean(me.company);
  const roleWithCompany =
    role && company && !role.toLowerCase().includes(company.toLowerCase()) ? `${role} at ${company}` : role;
  const name = clean(me.name);
  const named = roleWithCompany
    ? [
        `I'm ${name}, ${roleWithCompany}.`,
        `About me: ${name}, ${roleWithCompany}.`,
        `My name is ${name} (${roleWithCompany}).`,
      ][c.note ? 0 : style]
    : undefined;
  const now = trimEnd(me.whereIAm ?? '');
  const next = trimEnd(me.whereINeedToBe ?? '');
  const goal = trimEnd(me.goal ?? '');
  const situation =
    now && next
      ? `${cap(now)}, and ${lowerFirstPronoun(next)}.`
      : now
        ? `${cap(now)}.`
        : goal
          ? `My goal: ${goal}.`
          : undefined;
  if (level === 'short') return named ?? situation;
  return join([named, situation], ' ') || undefined;
}

// "I need to…" keeps its capital I; anything else starts lower-case after ", and".
const lowerFirstPronoun = (s: string) => (/^I\b/.test(s) ? s : lowerFirst(s));

function whyPart(c: Context, shape: Shape, style: number): string {
  const picked = c.facts
    .slice(0, shape.whyFacts)
    .map((f) => (shape.whyCompact && f.short ? f.short : f.text));
  return whySentence(picked, style, shape.whyCompact || c.note);
}

function timeBoxSentence(c: Context, style: number): string {
  const tb = trimEnd(c.inputs.timeBox ?? '');
  const frames = c.note ? NOTE_TIME_BOX_FRAMES : c.tbFrame;
  return (frames[style] ?? TIME_BOX_FRAMES[0]!)(tb);
}

function commitmentSentence(c: Context, style: number): string | undefined {
  const commit = withoutI(c.inputs.commitment ?? '');
  if (!commit || c.note) return undefined;
  return [`I'll ${commit}.`, `In return, I'll ${commit}.`, `I promise to ${commit}.`][style];
}

function easyOutFor(c: Context, style: number, shape: Shape): string | undefined {
  if (!shape.easyOutCompact) return c.easyOut[style];
  const pool = c.note ? NOTE_EASY_OUTS : EASY_OUTS;
  return pool.reduce((a, b) => (b.length < a.length ? b : a));
}

function greetingLine(c: Context, style: number, shape: Shape): string | undefined {
  if (!shape.greeting || !c.p) return undefined;
  return `${c.greeting[style] ?? 'Hi'} ${c.p},`;
}

function signOff(c: Context, style: number, shape: Shape): string | undefined {
  if (!shape.signOff) return undefined;
  return c.note
    ? `${(c.thanks[style] ?? 'Thanks,').replace(/,$/, '')}, ${c.me}`
    : `${c.thanks[style] ?? 'Thanks,'}\n${c.me}`;
}

/** Lays out paragraphs: one line in a connection note, blank lines between paragraphs elsewhere. */
function layout(c: Context, paragraphs: (string | undefined)[][]): string {
  const paras = paragraphs.map((p) => join(p, ' ')).filter(Boolean);
  if (!c.note) return paras.join('\n\n');
  // One line: "Hi Maya, your talk…" reads better than "Hi Maya, Your talk…".
  const [first, ...rest] = paras;
  if (first && /,$/.test(first) && rest[0]) rest[0] = lowerStarter(rest[0]);
  return [first, ...rest].join(' ');
}

// Sentence starters of these templates (and of a user's question) that may follow "Hi Maya,".
const STARTER =
  /^(?:your|you|thanks|thank|a|an|bringing|one|my|the|what|for|agenda|even|would|could|how|which|why|when|where|who|did|do|does|is|are|should|can|will|following)\b/i;
function lowerStarter(s: string): string {
  return STARTER.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function request(c: Context, style: number, shape: Shape): string {
  const asks = askSentences(parseAsk(c.inputs.ask ?? ''), c.note);
  const ask = asks[style] ?? asks[0];
  const why = whyPart(c, shape, style);
  const who = intro(c, shape.intro, style);
  const tb = timeBoxSentence(c, style);
  const commit = commitmentSentence(c, style);
  const out = easyOutFor(c, style, shape);
  const hello = greetingLine(c, style, shape);
  const bye = signOff(c, style, shape);
  const topic = trimEnd(c.inputs.topic ?? '');
  if (style === 0) return layout(c, [[hello], [why, who], [ask, tb, commit], [out], [bye]]);
  if (style === 1) {
    const lead = topic && !c.note ? [`I'm writing with one question about ${topic}.`, asks[0]] : [ask];
    return layout(c, [[hello], [...lead, tb], [why, who, commit], [out], [bye]]);
  }
  return layout(c, [[hello], [who, why], [ask, tb, commit], [out], [bye]]);
}

function followUp(c: Context, style: number, shape: Shape): string {
  const parsed = parseAsk(c.inputs.ask ?? '');
  const topic = trimEnd(c.inputs.topic ?? '');
  const about = topic ? ` about ${topic}` : '';
  const tb = timeBoxSentence(c, style);
  const hello = greetingLine(c, style, shape);
  const bye = signOff(c, style, shape);
  const out = easyOutFor(c, style, shape);
  if (c.note) {
    const lead = [
      'A gentle nudge on my question:',
      'Following up on my question:',
      'Bringing back my question:',
    ][style];
    const q = askSentences(parsed, true)[0];
    return layout(c, [[hello], [`${lead} ${lowerStarter(q)}`, tb, out], [bye]]);
  }
  if (style === 0)
    return layout(c, [
      [hello],
      [`A gentle nudge on my earlier note${about}, in case it got buried.`, askRecap(parsed)],
      [tb],
      [out],
      [bye],
    ]);
  if (style === 1)
    return layout(c, [
      [hello],
      [`I'm following up on my earlier message${about}.`, askSentences(parsed)[0]],
      [tb, out],
      [bye],
    ]);
  return layout(c, [
    [hello],
    [`Bringing my earlier note${about} back to the top of your inbox.`, askRecap(parsed), tb],
    [out],
    [bye],
  ]);
}

function thankYou(c: Context, style: number, shape: Shape): string {
  const take = trimEnd(c.inputs.takeaway ?? '');
  const step = withoutI(c.inputs.nextStep || c.inputs.commitment || '');
  const hello = greetingLine(c, style, shape);
  const bye = signOff(c, style, shape);
  if (c.note) {
    const lead = ['Thank you for your time.', 'Thanks for your advice.', 'Thank you for talking with me.'][
      style
    ];
    return layout(c, [[hello], [lead, `My takeaway: ${take}.`, `Next, I'll ${step}.`], [bye]]);
  }
  if (style === 0)
    return layout(c, [
      [hello],
      ['Thank you for your time and your advice.', `What I'm taking away: ${take}.`],
      [`As a first step, I'll ${step}.`, "I'll let you know how it goes."],
      [bye],
    ]);
  if (style === 1)
    return layout(c, [
      [hello],
      [
        `The most useful part of our conversation for me: ${take}.`,
        `Next, I'll ${step}, and I'll tell you how it turns out.`,
      ],
      ['Thank you for being so generous with your time.'],
      [bye],
    ]);
  return layout(c, [
    [hello],
    [
      'Thanks again for talking with me.',
      `Your advice I'll act on first: ${take}.`,
      `My next step: I'll ${step}.`,
    ],
    [bye],
  ]);
}

function reportBack(c: Context, style: number, shape: Shape): string {
  const advice = trimEnd(c.inputs.advice ?? '');
  const action = trimEnd(c.inputs.action ?? '');
  const outcome = trimEnd(c.inputs.outcome ?? '');
  const step = withoutI(c.inputs.nextStep ?? '');
  const next = step ? `Next, I'll ${step}.` : undefined;
  const hello = greetingLine(c, style, shape);
  const bye = signOff(c, style, shape);
  if (c.note) {
    const lead = ['An update on your advice:', 'You suggested:', 'Your advice:'][style];
    return layout(c, [
      [hello],
      [`${lead} ${advice}.`, `I did this: ${action}.`, `Result: ${outcome}.`],
      [bye],
    ]);
  }
  if (style === 0)
    return layout(c, [
      [hello],
      [`A short update on the advice you gave me: ${advice}.`],
      [`What I did: ${action}.`, `How it turned out: ${outcome}.`, next],
      ['Thank you again for your time.'],
      [bye],
    ]);
  if (style === 1)
    return layout(c, [
      [hello],
      [
        'I wanted to close the loop on our conversation.',
        `You suggested this: ${advice}.`,
        `Here is what I did: ${action}.`,
      ],
      [`The result: ${outcome}.`, next],
      ['Thanks again for your help.'],
      [bye],
    ]);
  return layout(c, [
    [hello],
    [`Your advice: ${advice}.`, `What I tried: ${action}.`, `What happened: ${outcome}.`, next],
    ['Thank you for taking the time to help.'],
    [bye],
  ]);
}

function agenda(c: Context, style: number, shape: Shape): string {
  const { me } = c.inputs;
  const situation = trimEnd(me.whereIAm ?? '');
  const goal = trimEnd(me.whereINeedToBe || me.goal || '');
  const options = (c.inputs.options ?? []).map(trimEnd).filter(Boolean);
  const measure = trimEnd(c.inputs.measure ?? '');
  const tried = trimEnd(c.inputs.tried ?? '');
  const hello = greetingLine(c, style, shape);
  const bye = shape.signOff ? c.me : undefined;
  if (c.note) {
    const items = [
      `1) Now: ${situation}.`,
      tried && shape.intro === 'full' ? `Tried: ${tried}.` : undefined,
      `2) Goal: ${goal}.`,
      `3) Options: ${options.join('; ')}.`,
      `4) Success: ${measure}.`,
    ];
    const lead = ['Agenda for our call:', 'For our call:', 'What I hope to cover:'][style];
    return layout(c, [[hello], [lead, ...items], [bye]]);
  }
  if (style === 0) {
    const list = [
      `1. Where I am: ${situation}.${tried ? ` What I have tried: ${tried}.` : ''}`,
      `2. Where I need to be: ${goal}.`,
      `3. Options I see: ${options.join('; ')}.`,
      `4. How we will know it worked: ${measure}.`,
    ].join('\n');
    return layout(c, [
      [hello],
      [`Thank you for agreeing to talk. So that we use our time well, here is what I would like to cover:`],
      [list],
      ['Happy to change any of it.'],
      [bye],
    ]);
  }
  if (style === 1) {
    const list = [
      `Situation: ${situation}.`,
      tried ? `Tried so far: ${tried}.` : undefined,
      `Goal: ${goal}.`,
      'Options:',
      ...options.map((o) => `- ${o}`),
      `Measure of success: ${measure}.`,
    ]
      .filter(Boolean)
      .join('\n');
    return layout(c, [
      [hello],
      ['Agenda for our call:'],
      [list],
      ['If you would rather start somewhere else, just say.'],
      [bye],
    ]);
  }
  return layout(c, [
    [hello],
    [
      'For our call, I suggest four steps.',
      `First, where I am: ${situation}.`,
      tried ? `So far I have tried this: ${tried}.` : undefined,
    ],
    [
      `Then the goal: ${goal}.`,
      `Then the options I see: ${options.join('; ')}.`,
      `Last, how we will measure success: ${measure}.`,
    ],
    ['Thank you for making the time.'],
    [bye],
  ]);
}

const COMPOSERS: Record<DraftKind, (c: Context, style: number, shape: Shape) => string> = {
  request,
  'follow-up': followUp,
  'thank-you': thankYou,
  'report-back': reportBack,
  agenda,
};

const STYLES: readonly VariantStyle[] = ['reason-first', 'question-first', 'story-first'];

function subjectLine(inputs: DraftInputs, style: number): string | undefined {
  if (inputs.channel !== 'inmail' && inputs.channel !== 'email') return undefined;
  const topic = trimEnd(inputs.topic ?? '');
  const about = topic ? ` about ${topic}` : '';
  const subjects: Record<DraftKind, string[]> = {
    request: [
      `One question${about}`,
      `A short question${about}`,
      topic ? `${cap(topic)}: one question` : 'One question for you',
    ],
    'follow-up': [
      `Following up: one question${about}`,
      `Gentle nudge${about}`,
      `One question${about}, following up`,
    ],
    'thank-you': ['Thank you', 'Thank you for your time', 'Thanks for the advice'],
    'report-back': ['What I did with your advice', `An update${about}`, 'Closing the loop'],
    agenda: ['Agenda for our call', 'What I would like to cover', 'Our call: agenda'],
  };
  return subjects[inputs.kind][style];
}

// ---------------------------------------------------------------- entry point

/** Drafts three variants, or says what is missing, or that a connection note cannot fit. */
export function generateDrafts(inputs: DraftInputs): GenerateResult {
  const missing = missingInputs(inputs);
  if (missing.length > 0) return { ok: false, reason: 'missing-inputs', missing };

  const { seed, ...rest } = inputs;
  const next = rng(hash(canonical(rest)) ^ (seed ?? 0));
  const note = inputs.channel === 'connection-note';
  const c: Context = {
    inputs,
    note,
    p: firstName(inputs.prospect.fullName ?? ''),
    me: clean(inputs.me.name),
    facts: facts(inputs),
    greeting: shuffled(GREETINGS, next),
    easyOut: shuffled(note ? NOTE_EASY_OUTS : EASY_OUTS, next),
    thanks: shuffled(THANKS, next),
    tbFrame: shuffled(TIME_BOX_FRAMES, next),
  };
  const limit = channelLimit(inputs.channel, inputs.noteLimit);
  const lintContext = {
    channel: inputs.channel,
    noteLimit: inputs.noteLimit,
    kind: inputs.kind,
    prospect: {
      fullName: inputs.prospect.fullName,
      company: inputs.prospect.company,
      headline: inputs.prospect.headline,
    },
    me: { company: inputs.me.company },
  };

  const variants: DraftVariant[] = [];
  let shortest = Number.POSITIVE_INFINITY;
  STYLES.forEach((style, i) => {
    const compose = COMPOSERS[inputs.kind];
    // Shorten one step at a time, in the defined order, until the draft fits; record only the
    // steps that changed something (no second fact means nothing to drop).
    const applied: ShorteningStep[] = [];
    let text = compose(c, i, applySteps(applied));
    for (const step of [undefined, ...SHORTENING_ORDER]) {
      if (step) {
        const shorter = compose(c, i, applySteps([...applied, step]));
        if (shorter === text) continue;
        applied.push(step);
        text = shorter;
      }
      const characters = characterCount(text);
      shortest = Math.min(shortest, characters);
      if (limit !== null && characters > limit) continue;
      const subject = subjectLine(inputs, i);
      variants.push({
        style,
        text,
        ...(subject ? { subject } : {}),
        shortened: [...applied],
        characters,
        words: wordCount(text),
        report: lintDraft(text, lintContext),
      });
      return;
    }
  });
  if (variants.length === 0 && limit !== null)
    return { ok: false, reason: 'does-not-fit', limit, shortest, over: shortest - limit };
  return { ok: true, variants };
}
