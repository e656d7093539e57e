/**
 * The side panel: "Today" and the prospect list, one prospect in detail, the composer, settings,
 * export and import. It opens on the prospect a notification click asked for, and answers the
 * background's `show-prospect` message while it is open.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { Button, Toast, type ToastMessage } from '@/components/ui';
import { currentStoreProblem, onStoreProblem, type StoreError } from '@/lib/db/errors';
import type { Draft, Prospect } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import { defaultTimeZone } from '@/lib/followups/time';
import type { ListQuery } from '@/lib/prospect-list';
import type { Settings } from '@/lib/settings-types';
import { Backup } from './Backup';
import { type ComposerComponent, ComposerView } from './ComposerView';
import { messageOf, useNow, useSettings } from './hooks';
import { lazyView } from './lazy';
import { EMPTY_QUERY, ProspectList } from './ProspectList';
import { useProspectIndex } from './useProspectIndex';

/** What the user asked to draft: a new message of `kind`, or a saved draft to continue. */
export interface DraftRequest {
  prospectId: number;
  kind: DraftKind;
  draft?: Draft;
}

// Everything but the list loads once the first rows are on screen (or on first use): the first
// paint runs only the list's code, without the store's (Dexie).
const TodaySection = lazyView(() => import('./Today').then((m) => m.Today), null);
const Detail = lazyView(() => import('./ProspectDetail').then((m) => m.ProspectDetail));
const SettingsPage = lazyView(() => import('./SettingsView').then((m) => m.SettingsView));
// The composer brings the drafts and the linter: the heaviest code, loaded when a draft is opened.
const SharedComposer = lazyView(() => import('./SharedComposer').then((m) => m.SharedComposer));
const AddDialog = lazyView(() => import('./AddProspectDialog').then((m) => m.AddProspectDialog), null);
const store = () => import('@/lib/sidepanel/store-actions');

type View =
  | { name: 'list' }
  | { name: 'detail'; prospectId: number }
  | { name: 'settings' }
  | { name: 'compose'; request: DraftRequest; from: 'list' | 'detail' };

export interface SidePanelAppProps {
  /** The time zone days are counted in (tests pin one); the browser's by default. */
  timeZone?: string;
  /** The composer component to draft with (the shared one from components/composer by default). */
  composer?: ComposerComponent;
}

export function SidePanelApp({ timeZone = defaultTimeZone(), composer }: SidePanelAppProps = {}) {
  const index = useProspectIndex(EMPTY_QUERY.sort);
  const settings = useSettings();
  const now = useNow();
  const [view, setView] = useState<View>({ name: 'list' });
  const [query, setQuery] = useState<ListQuery>(EMPTY_QUERY);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<StoreError | undefined>(currentStoreProblem());
  const listArea = useRef<HTMLDivElement>(null);
  const toastId = useRef(0);

  const say = (text: string, undo?: () => void, undoLabel?: string) => {
    toastId.current += 1;
    setToast({ id: toastId.current, text, ...(undo ? { undo } : {}), ...(undoLabel ? { undoLabel } : {}) });
  };
  const showError = (message: string) => say(message);

  const openProspect = (prospectId: number) => setView({ name: 'detail', prospectId });
  const backToList = () => {
    setView({ name: 'list' });
    // Back where the user was: the row they opened keeps the list's one Tab stop.
    requestAnimationFrame(() => {
      const row = listArea.current?.querySelector<HTMLElement>('li[tabindex="0"]');
      (row ?? listArea.current?.querySelector<HTMLElement>('input[type="search"]'))?.focus();
    });
  };
  const draft = (prospectId: number, kind: DraftKind, saved?: Draft) =>
    setView({
      name: 'compose',
      request: { prospectId, kind, ...(saved ? { draft: saved } : {}) },
      from: view.name === 'detail' ? 'detail' : 'list',
    });

  useEffect(() => onStoreProblem(setProblem), []);

  // Once the first rows are on screen, fetch the other views so that opening one does not wait.
  const listShown = index.loaded;
  useEffect(() => {
    if (!listShown) return;
    const timer = setTimeout(() => {
      Detail.preload().catch(() => undefined);
      SettingsPage.preload().catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [listShown]);

  // A notification click may have opened this panel for one prospect; an open panel is told directly.
  // The popup's writes (made without Dexie) are announced too, so that every list here follows them.
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    import('@/lib/sidepanel/panel-messages').then(({ followProspectRequests, followPopupWrites }) => {
      if (stopped) return;
      const stopRequests = followProspectRequests(openProspect);
      const stopWrites = followPopupWrites();
      stop = () => {
        stopRequests();
        stopWrites();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);

  const remove = async (prospectId: number) => {
    try {
      const actions = await store();
      const deleted = await actions.deleteProspect(prospectId);
      backToList();
      const name = deleted.prospect.fullName;
      say(
        `${name} deleted.`,
        () => {
          actions
            .restoreProspect(deleted)
            .then(() => say(`${name} is back, with their timeline, drafts and reminders.`))
            .catch((e: unknown) => showError(messageOf(e)));
          listArea.current?.querySelector<HTMLElement>('input[type="search"]')?.focus();
        },
        `Undo delete`,
      );
    } catch (e) {
      showError(messageOf(e));
    }
  };

  const inList = view.name === 'list';

  return (
    <div class="sp">
      <Brand>
        <h1 class="visually-hidden">Askwell prospects</h1>
        <div class="sp-header-actions">
          {view.name !== 'settings' && (
            <Button onClick={() => setView({ name: 'settings' })} disabled={!settings}>
              Settings
            </Button>
          )}
        </div>
      </Brand>
      {problem && (
        <p class="sp-banner" role="alert">
          {problem.message}
        </p>
      )}
      {index.error && (
        <p class="sp-banner" role="alert">
          {index.error.message}
        </p>
      )}
      {/* The list stays mounted while another view shows, so that search, scroll and focus come back. */}
      <main class="sp-view sp-list-view" ref={listArea} hidden={!inList} aria-labelledby="prospects-heading">
        <TodaySection.View
          now={now}
          timeZone={timeZone}
          onOpen={openProspect}
          onDraft={draft}
          onError={showError}
        />
        <div class="sp-heading-row">
          <h2 id="prospects-heading">Prospects</h2>
          <div class="sp-buttons">
            <Button onClick={() => setAdding(true)}>Add by hand</Button>
            <Backup onDone={(m) => say(m)} onError={showError} />
          </div>
        </div>
        <ProspectList
          index={index}
          query={query}
          onQueryChange={setQuery}
          now={now}
          timeZone={timeZone}
          onOpen={openProspect}
          onAddByHand={() => setAdding(true)}
        />
      </main>
      {view.name === 'detail' && settings && (
        <main class="sp-view sp-scroll">
          <Detail.View
            prospectId={view.prospectId}
            settings={settings}
            now={now}
            timeZone={timeZone}
            onBack={backToList}
            onDelete={remove}
            onDraft={draft}
            onError={showError}
            onSaved={(m) => say(m)}
          />
        </main>
      )}
      {view.name === 'settings' && settings && (
        <main class="sp-view sp-scroll">
          <SettingsPage.View settings={settings} onBack={backToList} />
        </main>
      )}
      {view.name === 'compose' && settings && (
        <main class="sp-view sp-scroll">
          <ComposeFor
            request={view.request}
            settings={settings}
            composer={composer ?? SharedComposer.View}
            onClose={() => (view.from === 'detail' ? openProspect(view.request.prospectId) : backToList())}
            onMessage={(m) => say(m)}
          />
        </main>
      )}
      {adding && (
        <AddDialog.View
          open
          onClose={() => setAdding(false)}
          onAdded={(p) => {
            setAdding(false);
            say(`${p.fullName} added.`);
            openProspect(p.id);
          }}
        />
      )}
      <Toast toast={toast} onDismiss={(id) => setToast((t) => (t && t.id === id ? null : t))} />
    </div>
  );
}

/** Reads the prospect to draft to, then shows the composer. */
function ComposeFor({
  request,
  settings,
  composer,
  onClose,
  onMessage,
}: {
  request: DraftRequest;
  settings: Settings;
  composer: ComposerComponent | undefined;
  onClose: () => void;
  onMessage: (message: string) => void;
}) {
  const [prospect, setProspect] = useState<Prospect | null | undefined>(undefined);
  useEffect(() => {
    store()
      .then((actions) => actions.getProspect(request.prospectId))
      .then(
        (p) => setProspect(p ?? null),
        () => setProspect(null),
      );
  }, [request.prospectId]);
  if (prospect === undefined) return <p role="status">Loading…</p>;
  if (prospect === null)
    return (
      <div class="stack">
        <div>
          <Button onClick={onClose}>Back</Button>
        </div>
        <p role="alert">This prospect no longer exists. It may have been deleted in another Askwell page.</p>
      </div>
    );
  return (
    <ComposerView
      prospect={prospect}
      kind={request.kind}
      draft={request.draft}
      settings={settings}
      composer={composer}
      onClose={onClose}
      onMessage={onMessage}
    />
  );
}
