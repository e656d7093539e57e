/**
 * How the background reaches the side panel: on start, the prospect a notification click asked to
 * show (kept in session storage while the panel opened); while open, the `show-prospect` message.
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
