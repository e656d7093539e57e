/**
 * The composer's pure core: which fields each kind of draft asks for, how the user's answers
 * become the generator's inputs, and how a lint report becomes highlights and a length line.
 */
import type { HighlightRange } from '@/components/ui/highlight';
import type { Prospect } from '@/lib/db/types';
import type { ExplainedLintReport } from '@/lib/drafts/engine';
import type { DraftInputs } from '@/lib/drafts/generate';
import { channelLimit, characterCount, RECOMMENDED_MAX_WORDS, wordCount } from '@/lib/drafts/limits';
import type { DraftContext } from '@/lib/drafts/lint';
import type { Channel, DraftKind, NoteLimit } from '@/lib/drafts/types';
import { typedWhyYouFact, type WhyYouFact } from '@/lib/drafts/why-you';
import type { Settings } from '@/lib/settings-types';

export const CHANNEL_LABELS: Record<Channel, string> = {
  'connection-note': 'Connection note',
  message: 'Message',
  inmail: 'InMail',
  email: 'Email',
};

export const KIND_TITLES: Record<DraftKind, string> = {
  request: 'Draft a request',
  'follow-up': 'Draft a follow-up',
  'thank-you': 'Draft a thank-you',
  'report-back': 'Draft a report-back',
  agenda: 'Draft a first-meeting agenda',
};

/** Everything the user types or picks in the composer, besides the message itself. */
export interface ComposerFields {
  /** Ids of the picked why-you facts (at most two). */
  picked: string[];
  /** A why-you fact in the user's own words. */
  typedWhy: string;
  topic: string;
  ask: string;
  timeBox: string;
  takeaway: string;
  nextStep: string;
  advice: string;
  action: string;
  outcome: string;
  whereIAm: string;
  goal: string;
  /** One option per line. */
  options: string;
  measure: string;
  /** Only asked for when settings lack them. */
  myName: string;
  myRole: string;
}

export type TextFieldKey = Exclude<keyof ComposerFields, 'picked'>;

export interface FieldSpec {
  key: TextFieldKey;
  label: string;
  hint?: string;
  multiline?: boolean;
}

/** The questions each kind of draft asks, in the order a message uses them. */
export const KIND_FIELDS: Record<DraftKind, readonly FieldSpec[]> = {
  request: [
    {
      key: 'ask',
      label: 'Your one question',
      hint: 'One concrete question, e.g. “How did you get product leads to back the migration?”',
    },
    { key: 'timeBox', label: 'Time box', hint: 'How much you ask for: “15 minutes on a call”.' },
  ],
  'follow-up': [
    {
      key: 'ask',
      label: 'Your one question',
      hint: 'The same question as in your request, or a smaller one.',
    },
    { key: 'timeBox', label: 'Time box', hint: 'How much you ask for: “a short written reply”.' },
  ],
  'thank-you': [
    { key: 'takeaway', label: 'What you are taking away', hint: 'The one idea from the conversation.' },
    { key: 'nextStep', label: 'Your next step', hint: 'What you will do with it, completing “I’ll …”.' },
  ],
  'report-back': [
    { key: 'advice', label: 'Their advice' },
    { key: 'action', label: 'What you did with it' },
    { key: 'outcome', label: 'How it turned out', hint: 'Even if it did not work.' },
  ],
  agenda: [
    { key: 'whereIAm', label: 'Where you are now', multiline: true },
    { key: 'goal', label: 'Where you need to be', hint: 'And by when.' },
    { key: 'options', label: 'Options you see', hint: 'One per line.', multiline: true },
    { key: 'measure', label: 'How you will measure success' },
  ],
};

/** The topic is used for subject lines: asked for where there is one. */
export function needsTopic(channel: Channel, kind: DraftKind): boolean {
  return (channel === 'inmail' || channel === 'email') && kind !== 'agenda';
}

export function initialFields(settings: Settings): ComposerFields {
  return {
    picked: [],
    typedWhy: '',
    topic: '',
    ask: settings.defaultAsk,
    timeBox: settings.defaultTimeBox,
    takeaway: '',
    nextStep: '',
    advice: '',
    action: '',
    outcome: '',
    whereIAm: '',
    goal: settings.me.goal,
    options: '',
    measure: '',
    myName: settings.me.name,
    myRole: settings.me.role,
  };
}

/** Where a draft for this person is most likely pasted first. */
export function defaultChannel(kind: DraftKind, network: Prospect['network']): Channel {
  if (network !== 'linkedin') return 'email';
  return kind === 'request' ? 'connection-note' : 'message';
}

/** What the linter is told besides the text: the channel and its limit, the kind, who, and my company. */
export function lintContextOf(
  kind: DraftKind,
  channel: Channel,
  prospect: Pick<Prospect, 'fullName' | 'company' | 'headline'>,
  settings: Settings,
): DraftContext {
  return {
    channel,
    noteLimit: settings.noteLimit,
    kind,
    prospect: { fullName: prospect.fullName, company: prospect.company, headline: prospect.headline },
    me: { company: settings.me.company || undefined },
  };
}

/** The picked facts (in list order) and the typed one, at most two, as the generator takes them. */
export function whyYouOf(fields: ComposerFields, facts: readonly WhyYouFact[]): WhyYouFact[] {
  const picked = facts.filter((f) => fields.picked.includes(f.id));
  const typed = fields.typedWhy.trim();
  if (typed) picked.push(typedWhyYouFact(typed, picked.length));
  return picked.slice(0, 2);
}

export function draftInputs(
  kind: DraftKind,
  channel: Channel,
  prospect: Prospect,
  settings: Settings,
  fields: ComposerFields,
  facts: readonly WhyYouFact[],
): DraftInputs {
  const opt = (s: string) => (s.trim() ? s : undefined);
  return {
    kind,
    channel,
    noteLimit: settings.noteLimit,
    prospect: {
      fullName: prospect.fullName,
      headline: prospect.headline,
      company: prospect.company,
      title: prospect.title,
    },
    me: {
      name: fields.myName,
      role: opt(fields.myRole),
      company: opt(settings.me.company),
      goal: opt(fields.goal),
      whereIAm: opt(fields.whereIAm),
    },
    topic: opt(fields.topic),
    whyYou: whyYouOf(fields, facts),
    ask: opt(fields.ask),
    timeBox: opt(fields.timeBox),
    takeaway: opt(fields.takeaway),
    nextStep: opt(fields.nextStep),
    advice: opt(fields.advice),
    action: opt(fields.action),
    outcome: opt(fields.outcome),
    options: fields.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
    measure: opt(fields.measure),
  };
}

/** The words each finding is about, with its title for the mouse-over. */
export function highlightRanges(report: ExplainedLintReport): HighlightRange[] {
  const out: HighlightRange[] = [];
  for (const f of report.findings)
    if (f.start !== undefined && f.end !== undefined && f.end > f.start)
      out.push({ start: f.start, end: f.end, title: f.title });
  return out;
}

export interface LengthSummary {
  characters: number;
  words: number;
  /** The channel's hard limit, or null (email). */
  limit: number | null;
  /** Characters past the limit (0 when it fits). */
  over: number;
  /** Above the recommended word count (not for connection notes, which the limit already bounds). */
  wordy: boolean;
  /** The counter line as shown and read. */
  text: string;
}

export function lengthSummary(text: string, channel: Channel, noteLimit: NoteLimit): LengthSummary {
  const characters = characterCount(text);
  const words = wordCount(text);
  const limit = channelLimit(channel, noteLimit);
  const over = limit === null ? 0 : Math.max(0, characters - limit);
  const wordy = channel !== 'connection-note' && words > RECOMMENDED_MAX_WORDS;
  const wordText = `${words} ${words === 1 ? 'word' : 'words'}`;
  let line: string;
  if (limit === null) line = `${characters} characters, ${wordText}`;
  else line = `${characters} of ${limit} characters, ${wordText}`;
  if (over > 0) line += `: ${over} over the limit`;
  else if (wordy) line += `: aim for ${RECOMMENDED_MAX_WORDS} words or fewer`;
  return { characters, words, limit, over, wordy, text: line };
}

export const SEVERITY_LABELS = { error: 'Must fix', warning: 'Should fix', info: 'Tip' } as const;
