/**
 * The toolbar popup: shows the person on the page at once, saves them, opens the composer; away
 * from a profile, says why and offers today's follow-ups, the prospect list and adding by hand.
 *
 * States: capturing; captured (new, or known: status, last touch, next follow-up instead of
 * "Save prospect"); saved; composing; each capture failure; first-run setup (never in the way of
 * the captured person). The capture starts before the first render (see startPopup); the
 * database and settings, the composer and the other screens arrive as separate chunks once its
 * answer is on screen, so that nothing competes with it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { Button } from '@/components/ui/Button';
import { StatusPill, type Tone } from '@/components/ui/StatusPill';
import type { ConversationResult } from '@/lib/conversation';
import type { Prospect, ProspectStatus } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import type { ProfileSnapshot } from '@/lib/profiles/types';
import type { MyProfile, Settings } from '@/lib/settings-types';
import { type CaptureOutcome, isWebPage, type TargetTab } from './capture';
import { FailureNotice } from './FailureNotice';
import { PersonCard } from './PersonCard';
import {
  browserServices,
  type ComposerModule,
  type PopupServices,
  type PopupStart,
  type PopupStore,
  startPopup,
} from './services';
import type { TodayEntry } from './store';

type Views = typeof import('./views');

export interface PopupAppProps {
  services?: PopupServices;
  /** Started before the first render by the entry point; started here when absent (tests). */
  start?: PopupStart;
}

type View = { kind: 'main' } | { kind: 'compose'; prospect: Prospect; draftKind: DraftKind };

const STATUS_TONE: Record<ProspectStatus, Tone> = {
  saved: 'neutral',
  drafting: 'neutral',
  requested: 'info',
  replied: 'success',
  accepted: 'success',
  mentoring: 'success',
  declined: 'danger',
  'no-reply': 'warning',
  paused: 'neutral',
};

const message = (e: unknown) => (e instanceof Error ? e.message : 'Something went wrong. Try again.');

const DRAFT_BUTTON_ID = 'draft-request';

let fallbackServices: PopupServices | undefined;

export function PopupApp({ services: given, start }: PopupAppProps) {
  const [services] = useState<PopupServices>(() => {
    if (given) return given;
    fallbackServices ??= browserServices();
    return fallbackServices;
  });
  const [boot] = useState<PopupStart>(() => start ?? startPopup(services));
  const [target, setTarget] = useState<TargetTab>();
  const [capture, setCapture] = useState<CaptureOutcome>();
  const [store, setStore] = useState<PopupStore>();
  const [settings, setSettings] = useState<Settings>();
  /** undefined: still looking; null: not saved yet. */
  const [known, setKnown] = useState<Prospect | null>();
  const [justSaved, setJustSaved] = useState(false);
  const [view, setView] = useState<View>({ kind: 'main' });
  const [composer, setComposer] = useState<ComposerModule>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [retrying, setRetrying] = useState(false);
  const [anywayFailed, setAnywayFailed] = useState(false);
  const [setupOpen, setSetupOpen] = useState(false);
  const [views, setViews] = useState<Views>();
  const [today, setToday] = useState<TodayEntry[]>();
  const [added, setAdded] = useState<Prospect>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'heading' | 'draft' | undefined>(undefined);

  // Layout effects run right after the first render, not a frame later: the capture's answer is
  // shown as soon as it arrives.
  useLayoutEffect(() => {
    let live = true;
    boot.target.then((t) => live && setTarget(t));
    boot.capture.then((c) => live && setCapture(c));
    return () => {
      live = false;
    };
  }, [boot]);

  // The store and settings, once the capture has answered and its result is on screen.
  const answered = capture !== undefined;
  useEffect(() => {
    if (!answered || store) return;
    let live = true;
    // Both at once: every action that writes also needs the settings (drafts, setup, cadence).
    services
      .store()
      .then(async (s) => [s, await s.getSettings()] as const)
      .then(
        ([s, v]) => {
          if (!live) return;
          setSettings(v);
          setStore(s);
        },
        (e: unknown) => live && setError(message(e)),
      );
    return () => {
      live = false;
    };
  }, [answered]);

  const profile: ProfileSnapshot | undefined = capture?.ok ? capture.profile : undefined;

  // Is the captured person saved already?
  useEffect(() => {
    if (!profile || !store) return;
    let live = true;
    store.findProspectByUrl(profile.profileUrl).then(
      (p) => live && setKnown(p ?? null),
      (e: unknown) => {
        if (!live) return;
        setKnown(null);
        setError(message(e));
      },
    );
    return () => {
      live = false;
    };
  }, [profile, store]);

  // The composer is likely next on a profile: fetch its chunk once the person is on screen.
  useEffect(() => {
    if (profile && !composer) services.composer().then(setComposer, () => undefined);
  }, [profile]);

  // Away from a profile, or on first run: the rest of the popup's screens.
  const wantViews = (capture !== undefined && !capture.ok) || (settings !== undefined && !settings.setupDone);
  useEffect(() => {
    if (wantViews && !views) import('./views').then(setViews, (e: unknown) => setError(message(e)));
  }, [wantViews]);

  // Away from a profile: today's follow-ups.
  const failed = capture !== undefined && !capture.ok;
  useEffect(() => {
    if (!failed || !store || today) return;
    store.todayEntries(services.now(), services.timeZone()).then(setToday, (e: unknown) => {
      setToday([]);
      setError(message(e));
    });
  }, [failed, store]);

  useEffect(() => {
    const which = focusNext.current;
    if (!which) return;
    // By id: the button is a new element after saving, and refs of replaced elements are reset late.
    const el = which === 'draft' ? document.getElementById(DRAFT_BUTTON_ID) : heading.current;
    el?.focus();
    // A button still disabled while its action finishes cannot take focus yet: try after the next render.
    if (el && document.activeElement === el) focusNext.current = undefined;
  });

  const openList = () => {
    setError('');
    // Synchronously inside the click: the browser opens a side panel only for a user gesture.
    services.openPanel(target?.windowId).then(
      () => services.close(),
      (e: unknown) => setError(message(e)),
    );
  };

  const save = async (): Promise<Prospect | undefined> => {
    if (!profile || !store) return undefined;
    const saved = await store.saveCapturedProfile(profile);
    setKnown(saved);
    return saved;
  };

  const onSave = async () => {
    setBusy(true);
    setError('');
    try {
      const saved = await save();
      if (saved) {
        setJustSaved(true);
        setNotice(`Saved to your prospects.`);
        focusNext.current = 'draft';
      }
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const onUpdate = async () => {
    setBusy(true);
    setError('');
    try {
      if (await save()) setNotice('Updated their saved details from this page.');
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const compose = async (prospect: Prospect | undefined, draftKind: DraftKind) => {
    setBusy(true);
    setError('');
    try {
      const person = prospect ?? (await save());
      if (!person) return;
      if (!composer) setComposer(await services.composer());
      setNotice('');
      setView({ kind: 'compose', prospect: person, draftKind });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    setView({ kind: 'main' });
    focusNext.current = 'heading';
  };

  const retry = (mode: 'profile' | 'person') => {
    if (target?.tabId === undefined) return;
    setRetrying(true);
    setAnywayFailed(false);
    services.capture(target.tabId, mode).then((outcome) => {
      setRetrying(false);
      if (mode === 'person' && !outcome.ok) {
        setAnywayFailed(true);
        return;
      }
      setCapture(outcome);
      focusNext.current = 'heading';
    });
  };

  const saveSetup = async (patch: { me?: MyProfile; setupDone: true }) => {
    if (!store) return;
    setSettings(await store.saveSettings(patch));
    setSetupOpen(false);
    setNotice(patch.me ? 'Saved your details for your drafts.' : '');
    focusNext.current = 'heading';
  };

  const saveMe = (me: Pick<MyProfile, 'name' | 'role'>) => {
    if (!store || !settings) return;
    if (me.name === settings.me.name && me.role === settings.me.role) return;
    store.saveSettings({ me }).then(setSettings, (e: unknown) => setError(message(e)));
  };

  const onSent = (result: ConversationResult) => setKnown(result.prospect);

  const needsSetup = settings !== undefined && !settings.setupDone;
  const Setup = views?.Setup;
  const setup = needsSetup && settings && Setup && (
    <Setup
      initial={settings.me}
      onSave={(me) => saveSetup({ me, setupDone: true })}
      onSkip={() => saveSetup({ setupDone: true })}
    />
  );

  let body: ComponentChildren;
  if (view.kind === 'compose' && composer && settings) {
    const { Composer, engine, actions } = composer;
    body = (
      <>
        <PersonCard person={view.prospect} headingRef={heading} />
        <div class="row">
          <Button onClick={back}>Back</Button>
        </div>
        <Composer
          key={`${view.prospect.id}-${view.draftKind}`}
          engine={engine}
          actions={actions}
          prospect={view.prospect}
          kind={view.draftKind}
          settings={settings}
          onSent={onSent}
          onMeChange={saveMe}
        />
      </>
    );
  } else if (capture === undefined || retrying) {
    body = (
      <p class="muted capturing" aria-live="polite">
        Reading this page…
      </p>
    );
  } else if (profile) {
    const person = known ?? profile;
    body = (
      <>
        <PersonCard person={profile} headingRef={heading} />
        {known === undefined ? null : known === null ? (
          <div class="row">
            <Button variant="primary" onClick={onSave} disabled={busy || !store}>
              Save prospect
            </Button>
            <Button
              id={DRAFT_BUTTON_ID}
              onClick={() => compose(undefined, 'request')}
              disabled={busy || !store}
            >
              Draft request
            </Button>
          </div>
        ) : (
          <>
            {store && <KnownFacts prospect={known} store={store} services={services} />}
            <div class="row">
              <Button
                id={DRAFT_BUTTON_ID}
                variant="primary"
                onClick={() => compose(person as Prospect, 'request')}
                disabled={busy}
              >
                Draft request
              </Button>
              <Button onClick={openList}>Open prospect list</Button>
              {!justSaved && (
                <Button onClick={onUpdate} disabled={busy}>
                  Update details
                </Button>
              )}
            </div>
          </>
        )}
        {needsSetup &&
          (setupOpen ? (
            setup
          ) : (
            <div class="card stack setup-prompt">
              <p>Tell Askwell your name, role, goal and company, so your drafts can introduce you.</p>
              <div class="row">
                <Button onClick={() => setSetupOpen(true)}>Set up now</Button>
                <Button onClick={() => saveSetup({ setupDone: true })}>Skip</Button>
              </div>
            </div>
          ))}
      </>
    );
  } else if (capture && !capture.ok) {
    const reason = capture.reason;
    body = (
      <>
        <FailureNotice reason={reason} headingRef={heading}>
          {reason === 'not-rendered' && (
            <Button variant="primary" onClick={() => retry('profile')}>
              Try again
            </Button>
          )}
          {reason === 'unsupported-page' && isWebPage(target?.url) && (
            <Button onClick={() => retry('person')}>Capture this page anyway</Button>
          )}
        </FailureNotice>
        {anywayFailed && (
          <p role="alert">
            This page does not describe a person in a way Askwell can read. Add them by hand below.
          </p>
        )}
        {setup}
        <div class="row">
          <Button onClick={openList}>Open prospect list</Button>
        </div>
        {views && <views.TodayFollowUps entries={today} onDraft={(p, kind) => compose(p, kind)} />}
        {store && views && (
          <views.AddManually
            onAdd={(input) => store.createProspect(input)}
            onAdded={(p) => {
              setAdded(p);
              setNotice(`Added ${p.fullName} to your prospects.`);
            }}
          />
        )}
        {added && (
          <div class="row">
            <Button onClick={() => compose(added, 'request')} disabled={busy}>
              Draft request
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <div class="popup">
      <Brand />
      <main class="popup-body stack">
        {body}
        <p class="popup-notice" aria-live="polite">
          {notice}
        </p>
        {error && (
          <p role="alert" class="ui-error">
            {error}
          </p>
        )}
      </main>
    </div>
  );
}

function KnownFacts({
  prospect,
  store,
  services,
}: {
  prospect: Prospect;
  store: PopupStore;
  services: PopupServices;
}) {
  const facts = store.describeKnown(prospect, services.now(), services.timeZone());
  return (
    <dl class="facts">
      <div>
        <dt>Status</dt>
        <dd>
          <StatusPill tone={STATUS_TONE[facts.status]}>{facts.statusWord}</StatusPill>
        </dd>
      </div>
      <div>
        <dt>Last touch</dt>
        <dd title={facts.lastTouchDate}>{facts.lastTouch}</dd>
      </div>
      <div>
        <dt>Next follow-up</dt>
        <dd title={facts.nextFollowUpDate}>{facts.nextFollowUp}</dd>
      </div>
    </dl>
  );
}
