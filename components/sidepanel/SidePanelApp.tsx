/** The side panel: the user's prospects. */
import { Brand } from '@/components/Brand';

export function SidePanelApp() {
  return (
    <main class="sidepanel stack">
      <Brand>
        <h1 class="visually-hidden">Askwell prospects</h1>
      </Brand>
      <section class="stack" style={{ padding: '0 12px' }}>
        <h2>Prospects</h2>
        <p class="muted">
          No prospects yet. Open a LinkedIn or GitHub profile, click the Askwell button, and save the person
          you would like to learn from.
        </p>
      </section>
    </main>
  );
}
