/**
 * Wires the reminder engine into the background service worker: called synchronously from
 * `defineBackground`'s main on every worker start, it registers the listeners and runs a first sync.
 * It keeps nothing between runs but what the browser keeps (alarms, storage, notifications).
 */
import type { DraftEngine } from '@/lib/drafts/engine';
import { listen, type RuntimeLike } from '@/lib/messaging';
import { openProspectPanel } from '@/lib/panel';
import { draftHandlers } from './drafts';
import {
  handleNotificationClick,
  type NotificationClickResult,
  type StorageAreaWithRemove,
} from './notification-click';
import {
  type ActionLike,
  type AlarmsLike,
  type NotificationsLike,
  REMINDER_ALARM,
  type ReminderSource,
  type SyncResult,
  syncReminders,
} from './reminder-engine';

interface EventLike<T extends (...args: never[]) => unknown> {
  addListener(callback: T): void;
  removeListener(callback: T): void;
}

/** The parts of the browser the background needs; `browser` from `wxt/browser` fits. */
export interface BackgroundApis {
  runtime: RuntimeLike;
  alarms: AlarmsLike & { onAlarm: EventLike<(alarm: { name: string }) => void> };
  action: ActionLike;
  notifications: NotificationsLike & { onClicked: EventLike<(notificationId: string) => void> };
  storage: { local: StorageAreaWithRemove; session?: StorageAreaWithRemove };
  /** Chrome. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
  windows?: { getLastFocused(): Promise<{ id?: number } | undefined> | undefined };
}

export interface BackgroundOptions {
  now?: () => number;
  /** Runs one sync at a time across overlapping events; defaults to the Web Locks API when present. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Told that something failed, without the error (which may carry personal data). */
  onError?: (what: 'sync' | 'notification-click') => void;
  /** The icon notifications show, as a path inside the extension. */
  iconPath?: string;
  /** The drafting engine the popup's composer asks for lint and versions (none: no answer). */
  drafts?: DraftEngine;
}

export interface BackgroundHandle {
  /** The first sync, started at once. */
  started: Promise<SyncResult | undefined>;
  /** Runs a sync now (what an alarm or a `reminders-changed` message does). */
  sync(): Promise<SyncResult>;
  /** The notification-click handler as registered, for tests and for wiring elsewhere. */
  onNotificationClicked(notificationId: string): Promise<NotificationClickResult> | undefined;
  /** Removes every listener it added. */
  stop(): void;
}

/** `windows.WINDOW_ID_CURRENT`: in the service worker, the window the user used last. */
export const WINDOW_ID_CURRENT = -2;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function webLocks(): BackgroundOptions['exclusive'] {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (!locks) return undefined;
  return (task) => locks.request('askwell-reminder-sync', task);
}

async function lastFocusedWindowId(apis: BackgroundApis): Promise<number | undefined> {
  const w = await Promise.resolve(apis.windows?.getLastFocused());
  return typeof w?.id === 'number' ? w.id : undefined;
}

export function startBackground(
  apis: BackgroundApis,
  source: ReminderSource,
  options: BackgroundOptions = {},
): BackgroundHandle {
  const now = options.now ?? Date.now;
  const exclusive = options.exclusive ?? webLocks() ?? ((task) => task());
  const onError =
    options.onError ??
    ((what: string) => {
      console.error(`Askwell: the reminder ${what} failed.`);
    });

  const sync = () =>
    exclusive(() =>
      syncReminders({
        alarms: apis.alarms,
        action: apis.action,
        notifications: apis.notifications,
        storage: apis.storage.local,
        source,
        now,
        iconUrl: apis.runtime.getURL(options.iconPath ?? '/icon/128.png'),
      }),
    );
  const syncInBackground = () => {
    sync().catch(() => onError('sync'));
  };

  const openPanel = (): Promise<void> => {
    if (!apis.sidePanel) return openProspectPanel(undefined, apis);
    // "The current window", still inside the click. Only if Chrome refuses that, ask for the last
    // focused window; the click may no longer count as a gesture by then, and the panel then shows
    // the prospect when the user next opens it.
    return openProspectPanel(WINDOW_ID_CURRENT, apis).catch(() =>
      lastFocusedWindowId(apis).then((id) => openProspectPanel(id, apis)),
    );
  };

  const onNotificationClicked = (notificationId: string) => {
    const handled = handleNotificationClick(notificationId, {
      openPanel,
      notifications: apis.notifications,
      storage: apis.storage.session ?? apis.storage.local,
      runtime: apis.runtime,
      now,
    });
    handled?.catch(() => onError('notification-click'));
    return handled;
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REMINDER_ALARM) syncInBackground();
  };

  apis.alarms.onAlarm.addListener(onAlarm);
  apis.notifications.onClicked.addListener(onNotificationClicked);
  const unlisten = listen(apis.runtime, {
    'reminders-changed': async () => ({ due: (await sync()).due }),
    ...(options.drafts ? draftHandlers(options.drafts) : {}),
  });

  const started = sync().catch(() => {
    onError('sync');
    return undefined;
  });

  return {
    started,
    sync,
    onNotificationClicked,
    stop() {
      apis.alarms.onAlarm.removeListener(onAlarm);
      apis.notifications.onClicked.removeListener(onNotificationClicked);
      unlisten();
    },
  };
}
