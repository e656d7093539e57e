// The drafting protocol against what the composer can really send (components/composer/model.ts
// draftInputs and the composer's lint context): the background engine must give the same answer as
// the local one, so the request schemas must accept it and the answer schemas must accept the reply.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type ComposerFields, draftInputs, initialFields, lintContextOf } from '@/components/composer/model';
import { draftHandlers } from '@/lib/background/drafts';
import type { Prospect } from '@/lib/db/types';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import { localDraftEngine } from '@/lib/drafts/local-engine';
import {
  explainedLintReportSchema,
  generateRequestSchema,
  generateResultSchema,
  lintRequestSchema,
} from '@/lib/drafts/protocol';
import { CHANNELS, DRAFT_KINDS } from '@/lib/drafts/types';
import { listWhyYouFacts } from '@/lib/drafts/why-you';
import { guardMessage, type SenderInfo } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-types';

const SELF = { id: 'askwell', origin: 'chrome-extension://askwell' };
const FROM_POPUP: SenderInfo = { id: SELF.id, url: `${SELF.origin}/popup.html` };

/** Odd but legal text: emoji, lone surrogates, NUL, RTL marks, accents, new lines. */
const oddChar = fc.constantFrom(
  '\u0000',
  '\uD83D',
  '\uDE00',
  '😀',
  '👩🏽‍💻',
  '\u200F',
  '\u202E',
  'é',
  '\n',
  ' ',
  'a',
  'Z',
  '?',
  '.',
  '“',
);
const text = (maxLength = 40) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: oddChar, maxLength }),
  );
const optText = fc.option(text(), { nil: undefined });

const prospect: fc.Arbitrary<Prospect> = fc
  .record({
    fullName: text(),
    headline: optText,
    title: optText,
    company: optText,
    about: optText,
    jobs: fc.array(fc.record({ title: text(), company: optText, dateRange: optText }), { maxLength: 3 }),
    schools: fc.array(fc.record({ school: text(), degree: optText }), { maxLength: 2 }),
  })
  .map(
    (p) =>
      ({
        network: 'linkedin',
        profileUrl: 'https://www.linkedin.com/in/someone/',
        fullName: p.fullName,
        headline: p.headline,
        title: p.title,
        company: p.company,
        about: p.about,
        experience: p.jobs,
        education: p.schools,
        id: 1,
        editedFields: [],
        status: 'saved',
        tags: [],
        notes: '',
        fit: {} as Prospect['fit'],
        createdAt: 0,
        updatedAt: 0,
      }) as Prospect,
  );

const settings: fc.Arbitrary<Settings> = fc
  .record({
    me: fc.record({ name: text(), role: text(), company: text(), goal: text() }),
    noteLimit: fc.constantFrom(200 as const, 300 as const),
    defaultAsk: text(),
    defaultTimeBox: text(),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** The composer's fields as a user may leave them, options typed one per line (many lines too). */
const fields = (base: ComposerFields) =>
  fc
    .record({
      typedWhy: text(),
      topic: text(),
      ask: text(),
      takeaway: text(),
      nextStep: text(),
      advice: text(),
      action: text(),
      outcome: text(),
      whereIAm: text(),
      measure: text(),
      options: fc.oneof(
        text(200),
        fc.array(text(8), { maxLength: 120 }).map((lines) => lines.join('\n')),
        // A long list pasted in: every line an option.
        fc
          .array(text(8), { minLength: 45, maxLength: 80 })
          .map((lines) => lines.map((l) => `${l}x`).join('\n')),
      ),
      pickFirst: fc.nat(3),
    })
    .map(({ pickFirst, ...f }) => ({ ...base, ...f, pickFirst }));

const composerCase = fc
  .record({
    kind: fc.constantFrom(...DRAFT_KINDS),
    channel: fc.constantFrom(...CHANNELS),
    prospect,
    settings,
  })
  .chain((c) =>
    fields(initialFields(c.settings)).map(({ pickFirst, ...f }) => {
      const facts = listWhyYouFacts(c.prospect);
      const picked = facts.slice(0, pickFirst).map((x) => x.id);
      return {
        ...c,
        inputs: draftInputs(c.kind, c.channel, c.prospect, c.settings, { ...f, picked }, facts),
      };
    }),
  );

/** What travels between pages: undefined properties are dropped on the way (JSON-like messaging). */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The background engine wired to the background's handlers behind the real message guard. */
const wired = backgroundDraftEngine({
  sendMessage: async (raw) => {
    const checked = guardMessage(overTheWire(raw), FROM_POPUP, SELF);
    if (!checked.ok) throw new Error(`rejected: ${checked.reason}`);
    const handlers = draftHandlers(localDraftEngine);
    const m = checked.message;
    if (m.type === 'draft-lint') return overTheWire(await handlers['draft-lint']?.(m.payload));
    if (m.type === 'draft-generate') return overTheWire(await handlers['draft-generate']?.(m.payload));
    throw new Error('unexpected');
  },
});

/** A request the composer builds, with the fields a user fills in. */
function composed(kind: (typeof DRAFT_KINDS)[number], patch: Partial<ComposerFields>) {
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    me: { name: 'Sam', role: 'backend engineer', company: '', goal: '' },
  };
  const p = fc.sample(prospect, { numRuns: 1, seed: 7 })[0] as Prospect;
  const person = { ...p, fullName: 'Ada Okafor', title: 'Staff Engineer', company: 'Lumen Grid' };
  const f = { ...initialFields(s), ...patch };
  return draftInputs(kind, 'email', person, s, f, listWhyYouFacts(person));
}

describe('the drafting protocol with what the composer sends', () => {
  it('drafts in the popup (over messaging) exactly what the side panel drafts for the same fields', async () => {
    const inputs = composed('thank-you', {
      takeaway: 'write the migration plan first',
      nextStep: 'share it',
    });
    // The composer leaves unanswered fields as undefined properties, which messaging drops.
    expect(Object.values(inputs)).toContain(undefined);
    expect(await wired.generate(inputs)).toEqual(await localDraftEngine.generate(inputs));
  });

  it('drafts an agenda with a long pasted list of options, as the side panel does', async () => {
    const options = Array.from({ length: 60 }, (_, i) => `option ${i + 1}`).join('\n');
    const inputs = composed('agenda', {
      whereIAm: 'I lead four engineers',
      goal: 'run a platform team',
      options,
      measure: 'a plan',
    });
    const local = await localDraftEngine.generate(inputs);
    expect(local.ok).toBe(true);
    expect(await wired.generate(inputs)).toEqual(local);
  });

  it('lints an 8,000-character message of odd characters on every channel, kind and note limit alike', async () => {
    const unit = 'Could I pick your brain? 👩🏽‍💻 \u200F\u0000\uD800 é\n';
    const long = unit.repeat(Math.ceil(8000 / unit.length)).slice(0, 8000);
    for (const channel of CHANNELS)
      for (const kind of DRAFT_KINDS)
        for (const noteLimit of [200, 300] as const) {
          const context = { channel, kind, noteLimit, prospect: {}, me: {} };
          expect(await wired.lint(long, context)).toEqual(
            overTheWire(await localDraftEngine.lint(long, context)),
          );
        }
  });

  it('accepts every generate request the composer builds and answers as the local engine does', async () => {
    await fc.assert(
      fc.asyncProperty(composerCase, async ({ inputs }) => {
        expect(v.safeParse(generateRequestSchema, overTheWire({ inputs })).issues).toBeUndefined();
        const local = overTheWire(await localDraftEngine.generate(inputs));
        expect(v.safeParse(generateResultSchema, local).issues).toBeUndefined();
        expect(await wired.generate(inputs)).toEqual(local);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every lint request the composer builds and answers as the local engine does', async () => {
    await fc.assert(
      fc.asyncProperty(
        composerCase,
        text(600),
        async ({ kind, channel, prospect: p, settings: s }, draft) => {
          const context = lintContextOf(kind, channel, p, s);
          expect(
            v.safeParse(lintRequestSchema, overTheWire({ text: draft, context })).issues,
          ).toBeUndefined();
          const local = overTheWire(await localDraftEngine.lint(draft, context));
          expect(v.safeParse(explainedLintReportSchema, local).issues).toBeUndefined();
          expect(await wired.lint(draft, context)).toEqual(local);
        },
      ),
      { numRuns: 300 },
    );
  });
});
