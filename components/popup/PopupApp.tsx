/** The toolbar popup: what Askwell can do on the page the user is looking at. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { openProspectPanel } from '@/lib/panel';

export function PopupApp() {
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  return (
    <main class="popup stack" style={{ width: '360px', paddingBottom: '12px' }}>
      <Brand />
      <section class="stack" style={{ padding: '0 12px' }}>
        <p class="muted">
          Open a LinkedIn or GitHub profile and click Askwell to capture the person and draft a mentorship
          request they can say yes to.
        </p>
        <div class="row">
          <button
            type="button"
            onClick={() => {
              openProspectPanel(windowId).then(
                () => window.close(),
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              );
            }}
          >
            Open prospect list
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
      </section>
    </main>
  );
}
