/**
 * How the other parts reach the side panel: on start, the prospect a notification click asked to
 * show (kept in session storage while the panel opened); while open, the background's
 * `show-prospect` and the popup's `store-changed` (it writes without Dexie, so Dexie here must be told).
 */
import { browser } from 'wxt/browser';
import { takePendingProspect } from '@/lib/background/notification-click';
import { listen, type RuntimeLike } from '@/lib/messaging';

/** Calls `show` for the prospect to show now and for each one asked later; returns the unsubscribe. */
export function followProspectRequests(show: (prospectId: number) => void): () => void {
  const session = browser.storage.session;
  if (session)
    takePendingProspect(session, Date.now())
      .then((id) => {
        if (id !== undefined) show(id);
      })
      .catch(() => undefined);
  return listen(browser.runtime as unknown as RuntimeLike, {
    'show-prospect': ({ prospectId }) => {
      show(prospectId);
      return { shown: true };
    },
  });
}

/** Refreshes this page's live queries after each write the popup made; returns the unsubscribe. */
export function followPopupWrites(): () => void {
  return listen(browser.runtime as unknown as RuntimeLike, {
    'store-changed': async ({ tables }) => {
      const { signalStoreChanged } = await import('@/lib/db/store-signal');
      signalStoreChanged(tables);
      return { refreshed: true };
    },
  });
}
