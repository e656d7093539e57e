/**
 * The composer: drafts a message to one prospect (request, follow-up, thank-you, report-back or
 * agenda), lints it live as the user edits it, and copies it or marks it as sent. Askwell never
 * sends: the user pastes the text into the site's own box.
 *
 * Props contract (the popup and the side panel both render it):
 *
 *   <Composer
 *     prospect={Prospect}          // a saved prospect (with `id`); without one "Mark as sent" is off
 *     kind={DraftKind}             // 'request' | 'follow-up' | 'thank-you' | 'report-back' | 'agenda'
 *     settings={Settings}          // me, noteLimit, defaultAsk, defaultTimeBox (cadence is read by markSent)
 *     draft={Draft}                // optional: continue a saved draft (its channel, kind and text)
 *     channel={Channel}            // optional first channel; default by kind and network
 *     headingLevel={2 | 3}         // optional, default 2: the composer's heading fits the page outline
 *     onSent={(result) => ...}     // optional: after "Mark as sent" was recorded (ConversationResult)
 *     onMeChange={(me) => ...}     // optional: the user typed their name or role here (to save to settings)
 *     onDraftSaved={(draft) => ...}// optional: the draft was saved (on Copy and on Mark as sent)
 *     engine={DraftEngine}         // lints and generates (the side panel's own, or the background's)
 *     actions={{ saveDraft, markSent }} // the writes, same signatures as lib/db/drafts and lib/conversation
 *   />
 *
 * Accessible names (acceptance tests use them): the editor is a textbox named "Message"; the
 * score is the only element with role "status"; buttons "Copy" and "Mark as sent"; the channel
 * is a tab list named "Channel". The findings are listed as text ("Findings") and describe the
 * editor; each is highlighted in the text behind it.
 *
 * Writes: "Copy" saves the draft (so nothing typed is lost); "Mark as sent" saves it and calls
 * `actions.markSent` (touch, status, follow-up reminder by the cadence, background notified).
 *
 * Lint and generate are asynchronous: the composer shows the last answer until the next arrives,
 * drops an answer older than the one on screen, and when the engine cannot answer says so while
 * editing, copying and marking as sent keep working. It imports no engine, rule or store code.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Button } from '@/components/ui/Button';
import { Checkbox, FieldGroup, TextArea, TextField } from '@/components/ui/Field';
import { HighlightedTextArea } from '@/components/ui/HighlightedTextArea';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { Tabs } from '@/components/ui/Tabs';
import type { ConversationResult, markSent } from '@/lib/conversation';
import type { saveDraft } from '@/lib/db/drafts';
import { toStoreError } from '@/lib/db/errors';
import type { Draft, Prospect } from '@/lib/db/types';
import type { DraftEngine, ExplainedLintReport } from '@/lib/drafts/engine';
import type { GenerateResult } from '@/lib/drafts/generate';
import { CHANNELS, type Channel, type DraftKind } from '@/lib/drafts/types';
import { listWhyYouFacts, type WhyYouFact } from '@/lib/drafts/why-you';
import type { MyProfile, Settings } from '@/lib/settings-types';
import {
  CHANNEL_LABELS,
  type ComposerFields,
  defaultChannel,
  draftInputs,
  highlightRanges,
  initialFields,
  KIND_FIELDS,
  KIND_TITLES,
  lengthSummary,
  lintContextOf,
  needsTopic,
  SEVERITY_LABELS,
  type TextFieldKey,
} from './model';
import './composer.css';

/** The composer's writes, with the signatures of lib/db/drafts saveDraft and lib/conversation markSent. */
export interface ComposerActions {
  saveDraft: typeof saveDraft;
  markSent: typeof markSent;
}

export interface ComposerProps {
  engine: DraftEngine;
  actions: ComposerActions;
  prospect: Prospect;
  kind: DraftKind;
  settings: Settings;
  draft?: Draft;
  channel?: Channel;
  headingLevel?: 2 | 3;
  onSent?: (result: ConversationResult) => void;
  onMeChange?: (me: Pick<MyProfile, 'name' | 'role'>) => void;
  onDraftSaved?: (draft: Draft) => void;
}

/** How many why-you facts show before "Show more reasons". */
const FACTS_SHOWN = 6;

export function Composer({
  engine,
  actions,
  prospect,
  kind,
  settings,
  draft,
  channel: firstChannel,
  headingLevel = 2,
  onSent,
  onMeChange,
  onDraftSaved,
}: ComposerProps) {
  const base = `composer-${useId()}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const [channel, setChannel] = useState<Channel>(
    draft?.channel ?? firstChannel ?? defaultChannel(kind, prospect.network),
  );
  const [fields, setFields] = useState<ComposerFields>(() => initialFields(settings));
  const [chosen, setChosen] = useState(0);
  // The message follows the chosen version until the user edits it; then it is theirs.
  const [edited, setEdited] = useState(draft !== undefined);
  const [ownText, setOwnText] = useState(draft?.text ?? '');
  const [subject, setSubject] = useState<string | undefined>(undefined);
  const [allFacts, setAllFacts] = useState(false);
  const [draftId, setDraftId] = useState(draft?.id);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);

  // Asked for here only when the settings lack them, so that a first draft is possible at once.
  const [askMe] = useState(
    () => !settings.me.name.trim() || (kind === 'request' && !settings.me.role.trim()),
  );

  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  const facts = useMemo(() => listWhyYouFacts(prospect), [prospect]);
  const inputs = draftInputs(kind, channel, prospect, settings, fields, facts);
  const inputsKey = JSON.stringify(inputs);
  // Asked again when the engine answers a later lint after a failed generate (a restarted worker).
  const [generateRetry, setGenerateRetry] = useState(0);
  const result = useLatest(() => engine.generate(inputs), [engine, inputsKey, generateRetry]);
  const variants = result.value?.ok ? result.value.variants : [];
  const variant = variants[Math.min(chosen, variants.length - 1)];
  const text = edited ? ownText : (variant?.text ?? ownText);
  const shownSubject = subject ?? variant?.subject;

  const lintContext = lintContextOf(kind, channel, prospect, settings);
  const linted = useLatest(
    () => engine.lint(text, lintContext),
    [engine, text, channel, settings, kind, prospect],
  );
  const report: ExplainedLintReport = linted.value ?? NO_REPORT;
  // Nothing written: the missing inputs say what to do; a list of findings would only repeat them.
  const findings = text.trim() ? report.findings : [];
  const ranges = useMemo(() => (text.trim() ? highlightRanges(report) : []), [report, text]);
  const engineFailed = linted.failed || result.failed;
  useEffect(() => {
    if (result.failed && !linted.failed && linted.value !== undefined) setGenerateRetry((n) => n + 1);
  }, [linted]);
  const length = lengthSummary(text, channel, settings.noteLimit);

  const set = (key: TextFieldKey) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const togglePick = (fact: WhyYouFact, on: boolean) =>
    setFields((f) => ({
      ...f,
      picked: on ? [...f.picked, fact.id] : f.picked.filter((id) => id !== fact.id),
    }));
  const pickedCount = fields.picked.length + (fields.typedWhy.trim() ? 1 : 0);

  const persist = async (): Promise<Draft | undefined> => {
    if (prospect.id === undefined) return undefined;
    const saved = await actions.saveDraft({
      ...(draftId !== undefined ? { id: draftId } : {}),
      prospectId: prospect.id,
      channel,
      kind,
      text,
      score: report.score,
    });
    setDraftId(saved.id);
    onDraftSaved?.(saved);
    return saved;
  };

  const copy = () => {
    setError('');
    // Inside the click, before any await: the clipboard needs the user's gesture and focus.
    let writing: Promise<void>;
    try {
      writing = navigator.clipboard.writeText(text);
    } catch (e) {
      writing = Promise.reject(e);
    }
    writing.then(
      () => setNotice('Copied. Paste it into the site’s own message box.'),
      () => setError('Askwell could not copy. Select the message and press Ctrl+C (⌘C on a Mac).'),
    );
    persist().catch((e: unknown) => setError(toStoreError(e).message));
  };

  const markAsSent = async () => {
    setError('');
    if (prospect.id === undefined) return;
    if (!text.trim()) {
      setError('Write the message first: there is nothing to mark as sent.');
      return;
    }
    setSending(true);
    try {
      await persist();
      const outcome = await actions.markSent(prospect.id, { kind, channel, text });
      setSent(true);
      setNotice(sentNotice(outcome, kind));
      onSent?.(outcome);
    } catch (e) {
      setError(toStoreError(e).message);
    } finally {
      setSending(false);
    }
  };

  const H = `h${headingLevel}` as 'h2' | 'h3';
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const shownFacts = allFacts ? facts : facts.slice(0, FACTS_SHOWN);

  return (
    <section class="composer stack" aria-labelledby={`${base}-title`}>
      <H id={`${base}-title`} ref={heading} tabIndex={-1} class="composer-title">
        {KIND_TITLES[kind]}
      </H>

      {askMe && (
        <FieldGroup legend="About you" hint="Used to sign and introduce you; saved for your next drafts.">
          <TextField
            label="Your name"
            value={fields.myName}
            maxLength={200}
            autoComplete="name"
            onValueInput={set('myName')}
            onBlur={() => onMeChange?.({ name: fields.myName.trim(), role: fields.myRole.trim() })}
          />
          <TextField
            label="Your role"
            hint="For example “backend engineer at Acme”."
            value={fields.myRole}
            maxLength={200}
            onValueInput={set('myRole')}
            onBlur={() => onMeChange?.({ name: fields.myName.trim(), role: fields.myRole.trim() })}
          />
        </FieldGroup>
      )}

      {kind === 'request' && (
        <FieldGroup
          legend="Why them"
          hint="Pick one or two things they did, from their profile, or type your own. Askwell never invents one."
        >
          {facts.length === 0 && <p class="muted">Their profile gave no facts to pick: type one below.</p>}
          {shownFacts.map((fact) => {
            const on = fields.picked.includes(fact.id);
            return (
              <Checkbox
                key={fact.id}
                label={fact.label}
                checked={on}
                disabled={!on && pickedCount >= 2}
                onCheckedChange={(checked) => togglePick(fact, checked)}
              />
            );
          })}
          {facts.length > FACTS_SHOWN && (
            <div>
              <Button aria-expanded={allFacts ? 'true' : 'false'} onClick={() => setAllFacts(!allFacts)}>
                {allFacts ? 'Show fewer reasons' : `Show all ${facts.length} reasons`}
              </Button>
            </div>
          )}
          <TextField
            label="In your own words"
            hint="Something specific you can name: “your talk at QCon on event sourcing”."
            value={fields.typedWhy}
            maxLength={300}
            disabled={!fields.typedWhy && fields.picked.length >= 2}
            onValueInput={set('typedWhy')}
          />
        </FieldGroup>
      )}

      {KIND_FIELDS[kind].map((spec) =>
        spec.multiline ? (
          <TextArea
            key={spec.key}
            label={spec.label}
            hint={spec.hint}
            rows={3}
            maxLength={2000}
            value={fields[spec.key]}
            onValueInput={set(spec.key)}
          />
        ) : (
          <TextField
            key={spec.key}
            label={spec.label}
            hint={spec.hint}
            maxLength={500}
            value={fields[spec.key]}
            onValueInput={set(spec.key)}
          />
        ),
      )}

      <Tabs
        label="Channel"
        selected={channel}
        onSelect={setChannel}
        tabs={CHANNELS.map((c) => ({ id: c, label: CHANNEL_LABELS[c] }))}
      >
        <div class="stack">
          {needsTopic(channel, kind) && (
            <TextField
              label="Topic"
              hint="For the subject line, e.g. “event-sourcing migrations”. Optional."
              value={fields.topic}
              maxLength={200}
              onValueInput={set('topic')}
            />
          )}

          {result.value?.ok === false && result.value.reason === 'missing-inputs' && (
            <div class="composer-needs">
              <H2 class="composer-subtitle">To draft this, Askwell needs</H2>
              <ul>
                {result.value.missing.map((m) => (
                  <li key={`${m.field}-${m.problem}`}>{m.hint}</li>
                ))}
              </ul>
              <p class="muted">Or write the message yourself below.</p>
            </div>
          )}
          {result.value?.ok === false && result.value.reason === 'does-not-fit' && (
            <p class="composer-needs">{doesNotFit(result.value)}</p>
          )}

          {variants.length > 1 && (
            <SegmentedControl
              legend="Versions"
              value={String(Math.min(chosen, variants.length - 1))}
              onChange={(v) => {
                setChosen(Number(v));
                setEdited(false);
                setSubject(undefined);
              }}
              options={variants.map((_, i) => ({ value: String(i), label: `Version ${i + 1}` }))}
            />
          )}
          {edited && variants.length > 0 && (
            <p class="muted">You edited the message. Choose a version above to start again from it.</p>
          )}

          {shownSubject !== undefined && (
            <TextField label="Subject" value={shownSubject} maxLength={200} onValueInput={setSubject} />
          )}

          <HighlightedTextArea
            label="Message"
            value={text}
            ranges={ranges}
            rows={8}
            describedBy={`${base}-count ${base}-findings`}
            onValueInput={(value) => {
              setOwnText(value);
              setEdited(true);
              setSent(false);
            }}
          />
          <p id={`${base}-count`} class={length.over > 0 ? 'composer-count over' : 'composer-count'}>
            {length.over > 0 && <span aria-hidden="true">⚠ </span>}
            {length.text}
          </p>

          <p role="status" class="composer-score">
            {linted.value === undefined && text.trim()
              ? engineFailed
                ? 'Score: not available.'
                : 'Scoring…'
              : scoreText(report.score, findings.length, text)}
          </p>
          {engineFailed && (
            <p role="alert" class="ui-error">
              Askwell could not check or draft this message just now. You can still edit it, copy it and mark
              it as sent; close and reopen Askwell to try again.
            </p>
          )}

          <ul id={`${base}-findings`} class="composer-findings" aria-label="Findings">
            {findings.map((f, i) => (
              <li key={`${f.rule}-${f.start ?? 'all'}-${i}`} class={`finding ${f.severity}`}>
                <span class={`finding-severity ${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>{' '}
                <strong>{f.title}</strong>
                <span>{`: ${f.message}`}</span>
                <span class="finding-why">{f.why}</span>
              </li>
            ))}
          </ul>

          <div class="row">
            <Button variant="primary" onClick={copy} disabled={!text}>
              Copy
            </Button>
            <Button
              onClick={markAsSent}
              disabled={sending || sent || prospect.id === undefined}
              aria-describedby={prospect.id === undefined ? `${base}-unsaved` : undefined}
            >
              Mark as sent
            </Button>
          </div>
          {prospect.id === undefined && (
            <p id={`${base}-unsaved`} class="muted">
              Save the prospect first to keep track of what you sent.
            </p>
          )}
          <p class="composer-notice" aria-live="polite">
            {notice}
          </p>
          {error && (
            <p role="alert" class="ui-error">
              {error}
            </p>
          )}
        </div>
      </Tabs>
    </section>
  );
}

const NO_REPORT: ExplainedLintReport = { score: 0, findings: [] };

interface Latest<T> {
  /** The newest answer so far (kept while a newer question is on its way). */
  value: T | undefined;
  /** The newest question failed. */
  failed: boolean;
}

/**
 * Asks `ask` again whenever `deps` change and keeps the newest answer: an answer to an older
 * question that arrives after a newer one's is dropped, so a slow reply never undoes a fast one.
 */
function useLatest<T>(ask: () => Promise<T>, deps: unknown[]): Latest<T> {
  const [state, setState] = useState<Latest<T>>({ value: undefined, failed: false });
  const asked = useRef(0);
  const shown = useRef(0);
  // The newest question that failed: an older answer arriving later does not hide that failure.
  const failedAt = useRef(0);
  // A layout effect: the question leaves as soon as the edit is rendered, not after the next paint
  // (an effect would wait for that frame, and the new score would come a frame later).
  useLayoutEffect(() => {
    const n = ++asked.current;
    let answer: Promise<T>;
    try {
      answer = ask();
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then(
      (value) => {
        if (n <= shown.current) return;
        shown.current = n;
        setState({ value, failed: failedAt.current > n });
      },
      () => {
        if (n < asked.current) return;
        failedAt.current = n;
        setState((s) => ({ value: s.value, failed: true }));
      },
    );
  }, deps);
  return state;
}

function doesNotFit(r: Extract<GenerateResult, { reason: 'does-not-fit' }>): string {
  return `Even the shortest version is ${r.shortest} characters, ${r.over} over the ${r.limit}-character limit. Shorten your question or your reason, or choose another channel.`;
}

function scoreText(score: number, findings: number, text: string): string {
  if (!text.trim()) return 'Score: 0 of 100. Nothing written yet.';
  const n = findings === 0 ? 'No findings' : findings === 1 ? '1 finding' : `${findings} findings`;
  return `Score: ${score} of 100. ${n}.`;
}

function sentNotice(outcome: ConversationResult, kind: DraftKind): string {
  const next = outcome.prospect.nextFollowUpAt;
  const day =
    next === undefined
      ? ''
      : new Date(next).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  const when =
    next === undefined
      ? ''
      : kind === 'request' || kind === 'follow-up'
        ? ` Askwell will remind you to follow up on ${day} if they have not replied.`
        : ` Next reminder: ${day}.`;
  const advice =
    outcome.suggestion?.kind === 'close-as-no-reply'
      ? ' That was the last follow-up: if they stay silent, close them as “no reply” rather than chase.'
      : '';
  return `Marked as sent.${when}${advice}`;
}
