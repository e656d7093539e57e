/**
 * The shapes the drafting engine's messages must have, both ways: what an extension page may ask
 * the background (bounded strings, known channels and kinds) and what the background may answer.
 * Only valibot and word lists here: the popup loads this without the engine.
 */
import * as v from 'valibot';
import {
  CHANNELS,
  DRAFT_KINDS,
  INPUT_FIELDS,
  RULE_IDS,
  SEVERITIES,
  SHORTENING_STEPS,
  VARIANT_STYLES,
  WHY_YOU_SOURCES,
} from './types';

/**
 * Bounds against abuse, far above real use: a draft longer than any channel takes (InMail 1,900,
 * message 8,000) is still linted (the too-long rule says so), and a captured field is as long as
 * the capture keeps it (the trust gates put 100 KB strings in every field).
 */
export const MAX_DRAFT_CHARS = 200_000;
export const MAX_FIELD_CHARS = 200_000;

const str = (max = MAX_FIELD_CHARS) => v.pipe(v.string(), v.maxLength(max));
const optStr = (max = MAX_FIELD_CHARS) => v.optional(str(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = offset;

const channel = v.picklist(CHANNELS);
const kind = v.picklist(DRAFT_KINDS);
const noteLimit = v.picklist([200, 300] as const);

export const draftContextSchema = v.strictObject({
  channel,
  noteLimit: v.optional(noteLimit),
  kind: v.optional(kind),
  prospect: v.optional(v.strictObject({ fullName: optStr(), company: optStr(), headline: optStr() })),
  me: v.optional(v.strictObject({ company: optStr() })),
});

const whyYouFact = v.strictObject({
  id: str(100),
  source: v.picklist(WHY_YOU_SOURCES),
  label: str(),
  text: str(),
  short: optStr(),
});

export const draftInputsSchema = v.strictObject({
  kind,
  channel,
  noteLimit: v.optional(noteLimit),
  prospect: v.strictObject({
    fullName: str(),
    headline: optStr(),
    company: optStr(),
    title: optStr(),
  }),
  me: v.strictObject({
    name: str(),
    role: optStr(),
    company: optStr(),
    goal: optStr(),
    whereIAm: optStr(),
    whereINeedToBe: optStr(),
  }),
  topic: optStr(),
  whyYou: v.optional(v.pipe(v.array(v.union([whyYouFact, str()])), v.maxLength(10))),
  ask: optStr(),
  timeBox: optStr(),
  commitment: optStr(),
  takeaway: optStr(),
  nextStep: optStr(),
  advice: optStr(),
  action: optStr(),
  outcome: optStr(),
  // One per non-empty line of a composer field: as many as such a field can hold, not a guess.
  options: v.optional(v.pipe(v.array(str()), v.maxLength(MAX_FIELD_CHARS))),
  measure: optStr(),
  tried: optStr(),
  seed: v.optional(v.pipe(v.number(), v.integer())),
});

export const lintRequestSchema = v.strictObject({ text: str(MAX_DRAFT_CHARS), context: draftContextSchema });
export const generateRequestSchema = v.strictObject({ inputs: draftInputsSchema });

const findingFields = {
  rule: v.picklist(RULE_IDS),
  severity: v.picklist(SEVERITIES),
  message: str(),
  start: v.optional(offset),
  end: v.optional(offset),
};

const lintReport = v.strictObject({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  findings: v.array(v.strictObject(findingFields)),
});

export const explainedLintReportSchema = v.strictObject({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  findings: v.array(v.strictObject({ ...findingFields, title: str(), why: str(), fix: str() })),
});

const variant = v.strictObject({
  style: v.picklist(VARIANT_STYLES),
  text: str(MAX_DRAFT_CHARS),
  subject: optStr(),
  shortened: v.array(v.picklist(SHORTENING_STEPS)),
  characters: count,
  words: count,
  report: lintReport,
});

export const generateResultSchema = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), variants: v.array(variant) }),
  v.variant('reason', [
    v.strictObject({
      ok: v.literal(false),
      reason: v.literal('missing-inputs'),
      missing: v.array(
        v.strictObject({
          field: v.picklist(INPUT_FIELDS),
          problem: v.picklist(['missing', 'unclear'] as const),
          hint: str(),
        }),
      ),
    }),
    v.strictObject({
      ok: v.literal(false),
      reason: v.literal('does-not-fit'),
      limit: count,
      shortest: count,
      over: count,
    }),
  ]),
]);
