/**
 * What a click on a reminder notification does: open the side panel on that prospect. The panel
 * may be closed (it then reads the prospect to show from session storage when it starts) or open
 * (it gets a `show-prospect` message).
 */
import { type RuntimeLike, send } from '@/lib/messaging';
import {
  isEngineNotification,
  type NotificationsLike,
  parseNotificationId,
  type StorageAreaLike,
} from './reminder-engine';

/** Where the prospect to show waits for a side panel that is still starting. */
export const PENDING_PROSPECT_KEY = 'askwell.showProspect';
/** A pending prospect older than this is ignored: the user has moved on. */
export const PENDING_PROSPECT_MAX_AGE_MS = 2 * 60_000;

export interface StorageAreaWithRemove extends StorageAreaLike {
  remove(keys: string): Promise<void>;
}

export interface NotificationClickDeps {
  /**
   * Opens the side panel (Chrome) or sidebar (Firefox). It is called synchronously, first thing,
   * because both browsers only open panels inside the user's gesture, and in a service worker the
   * gesture ends when the click listener returns.
   */
  openPanel(): Promise<void>;
  notifications: Pick<NotificationsLike, 'clear'>;
  /** Session storage: the pending prospect must not outlive the browser session. */
  storage: StorageAreaWithRemove;
  runtime: Pick<RuntimeLike, 'sendMessage'>;
  now(): number;
}

export interface NotificationClickResult {
  /** The prospect to show; undefined for the summary notification (the panel opens on its list). */
  prospectId: number | undefined;
  /** Whether the side panel opened. */
  panelOpened: boolean;
  /** Whether an already open panel confirmed it shows the prospect. */
  shown: boolean;
}

/**
 * Handles a click on a notification. Returns undefined, doing nothing, for notifications that are
 * not Askwell's reminders.
 */
export function handleNotificationClick(
  notificationId: string,
  deps: NotificationClickDeps,
): Promise<NotificationClickResult> | undefined {
  if (!isEngineNotification(notificationId)) return undefined;
  const target = parseNotificationId(notificationId);
  // Before anything else: after the first await the click no longer counts as the user's gesture.
  const opening = deps.openPanel().then(
    () => true,
    () => false,
  );
  const prospectId = target?.prospectId;
  const remembering =
    prospectId === undefined
      ? deps.storage.remove(PENDING_PROSPECT_KEY)
      : deps.storage.set({ [PENDING_PROSPECT_KEY]: { prospectId, at: deps.now() } });
  return (async () => {
    await remembering;
    const cleared = deps.notifications.clear(notificationId).catch(() => false);
    let shown = false;
    if (prospectId !== undefined) {
      const answer = await send(deps.runtime, 'show-prospect', { prospectId }).catch(() => undefined);
      shown = answer?.shown === true;
      // An open panel showed it already; a panel that opens later must not show it again.
      if (shown) await deps.storage.remove(PENDING_PROSPECT_KEY);
    }
    await cleared;
    return { prospectId, panelOpened: await opening, shown };
  })();
}

/**
 * For the side panel when it starts: the prospect a notification click asked to show, if the click
 * was recent. Reading it removes it, so it is shown once.
 */
export async function takePendingProspect(
  storage: StorageAreaWithRemove,
  now: number,
  maxAgeMs = PENDING_PROSPECT_MAX_AGE_MS,
): Promise<number | undefined> {
  const raw = (await storage.get(PENDING_PROSPECT_KEY))[PENDING_PROSPECT_KEY];
  if (raw === undefined) return undefined;
  await storage.remove(PENDING_PROSPECT_KEY);
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { prospectId, at } = raw as { prospectId?: unknown; at?: unknown };
  if (typeof prospectId !== 'number' || !Number.isInteger(prospectId) || prospectId < 1) return undefined;
  if (typeof at !== 'number' || now - at > maxAgeMs || at > now + 60_000) return undefined;
  return prospectId;
}
