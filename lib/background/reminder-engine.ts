/**
 * The background's reminder engine: from the open reminders it sets the toolbar badge, arms one
 * alarm for the next reminder to fall due, and announces newly due reminders as notifications.
 * Every browser API is passed in, and everything it must remember lives in extension storage:
 * the service worker that runs it is stopped whenever it is idle.
 */
import type { Reminder, ReminderKind } from '@/lib/db/types';
import { badgeText, isDue } from '@/lib/followups/due';
import { effectiveDueAt, isOpen } from '@/lib/followups/reminders';

/** The one alarm the engine keeps: it wakes the worker when the next reminder falls due. */
export const REMINDER_ALARM = 'askwell-next-reminder';
/** Where the engine remembers which reminders it has already announced. */
export const ANNOUNCED_KEY = 'askwell.announcedReminders';
/** More newly due reminders than this at once (after a long absence) get one summary notification. */
export const MAX_NOTIFICATIONS_PER_SYNC = 3;
/** Names longer than this are cut in notifications. */
export const MAX_NAME_IN_NOTIFICATION = 40;

const NOTIFICATION_PREFIX = 'askwell-reminder:';
/** The summary notification for many reminders at once. */
export const SUMMARY_NOTIFICATION_ID = 'askwell-reminders-due';

/** An open reminder and the one piece of personal data a notification may show: the name. */
export interface OpenReminder {
  reminder: Reminder & { id: number };
  prospectName: string;
}

/** Where the engine reads from; the store implements it. */
export interface ReminderSource {
  /** Every reminder not yet done, of prospects that still exist. */
  loadOpenReminders(): Promise<OpenReminder[]>;
  /** The user's "notifications on or off" setting. */
  notificationsEnabled(): Promise<boolean>;
}

export interface AlarmsLike {
  create(name: string, alarmInfo: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void>;
  setTitle?(details: { title: string }): Promise<void>;
}

export interface NotificationOptionsLike {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  priority?: number;
}

export interface NotificationsLike {
  create(notificationId: string, options: NotificationOptionsLike): Promise<string>;
  clear(notificationId: string): Promise<boolean>;
  getAll?(): Promise<Record<string, unknown>>;
}

export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface EngineDeps {
  alarms: AlarmsLike;
  action: ActionLike;
  notifications: NotificationsLike;
  /** Persistent storage (extension `storage.local`): survives worker and browser restarts. */
  storage: StorageAreaLike;
  source: ReminderSource;
  now(): number;
  /** The extension's own icon for notifications (Chrome requires one). */
  iconUrl: string;
}

export interface SyncResult {
  /** Reminders due now: the badge count. */
  due: number;
  /** When the alarm will next wake the engine, if anything is still to come. */
  nextAlarmAt: number | undefined;
  /** Ids of reminders announced by this run. */
  announced: number[];
  /** Notifications shown by this run (individual ones plus a summary, if any). */
  notificationsShown: number;
}

/** What the click on a notification refers to. */
export interface NotificationTarget {
  reminderId: number;
  prospectId: number;
}

export function notificationIdFor(target: NotificationTarget): string {
  return `${NOTIFICATION_PREFIX}${target.reminderId}:${target.prospectId}`;
}

/** Reads one of the engine's notification ids; anything else (another extension's, a typo) is undefined. */
export function parseNotificationId(id: string): NotificationTarget | undefined {
  const m = /^askwell-reminder:(\d{1,15}):(\d{1,15})$/.exec(id);
  if (!m) return undefined;
  const reminderId = Number(m[1]);
  const prospectId = Number(m[2]);
  if (reminderId < 1 || prospectId < 1) return undefined;
  return { reminderId, prospectId };
}

export function isEngineNotification(id: string): boolean {
  return id === SUMMARY_NOTIFICATION_ID || id.startsWith(NOTIFICATION_PREFIX);
}

/**
 * A name made safe for a notification: plain text on one line, without control or
 * direction-override characters (which could make it read as something else), nor angle brackets
 * (some Linux notification daemons read markup), cut to a readable length.
 */
export function safeName(name: string, max = MAX_NAME_IN_NOTIFICATION): string {
  const cleaned = name
    .replace(/[\p{Cc}\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return 'someone you saved';
  const chars = Array.from(cleaned);
  return chars.length <= max
    ? cleaned
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const TITLES: Record<ReminderKind, string> = {
  'follow-up': 'Follow-up due',
  'thank-you': 'Thank-you owed',
  'report-back': 'Report-back due',
  custom: 'Reminder due',
};

/** The notification for one reminder: its kind and the person's name, nothing else. */
export function notificationText(
  kind: ReminderKind,
  prospectName: string,
): { title: string; message: string } {
  const name = safeName(prospectName);
  const message: Record<ReminderKind, string> = {
    'follow-up': `A gentle follow-up to ${name} is due. Open Askwell to draft it.`,
    'thank-you': `Thank ${name} for the meeting. Open Askwell to draft it.`,
    'report-back': `Time to tell ${name} what you did with their advice.`,
    custom: `A reminder about ${name} is due.`,
  };
  return { title: TITLES[kind], message: message[kind] };
}

/** A reminder is announced once per due time: snoozed and due again, it is announced again. */
function announcementKey(r: Reminder & { id: number }): string {
  return `${r.id}@${effectiveDueAt(r)}`;
}

async function readAnnounced(storage: StorageAreaLike): Promise<Set<string>> {
  const raw = (await storage.get(ANNOUNCED_KEY))[ANNOUNCED_KEY];
  // Written only by this module; anything else (an older format, a bad write) starts afresh.
  if (!Array.isArray(raw)) return new Set();
  return new Set(raw.filter((x): x is string => typeof x === 'string'));
}

/**
 * Brings badge, alarm and notifications in line with the open reminders. Safe to run any number
 * of times: the background runs it on every start, on a `reminders-changed` message and on the
 * alarm. A second run with nothing new shows nothing.
 */
export async function syncReminders(deps: EngineDeps): Promise<SyncResult> {
  const now = deps.now();
  const rows = (await deps.source.loadOpenReminders()).filter((row) => isOpen(row.reminder));
  const dueRows = rows.filter((row) => isDue(row.reminder, now));
  const due = dueRows.length;

  await deps.action.setBadgeText({ text: badgeText(due) });
  // The badge alone says nothing to a screen reader; the button's name does.
  await deps.action.setTitle?.({
    title: due === 0 ? 'Askwell' : `Askwell: ${due} ${due === 1 ? 'reminder' : 'reminders'} due`,
  });

  // One alarm for the next reminder to fall due, re-created on every run: alarms may be lost when
  // the browser restarts, and a snooze or a new touch moves the next due time.
  let nextAlarmAt: number | undefined;
  for (const { reminder } of rows) {
    const t = effectiveDueAt(reminder);
    if (t > now && (nextAlarmAt === undefined || t < nextAlarmAt)) nextAlarmAt = t;
  }
  if (nextAlarmAt === undefined) await deps.alarms.clear(REMINDER_ALARM);
  else await deps.alarms.create(REMINDER_ALARM, { when: nextAlarmAt });

  const announced = await readAnnounced(deps.storage);
  const fresh = dueRows
    .filter((row) => !announced.has(announcementKey(row.reminder)))
    .sort((a, b) => effectiveDueAt(a.reminder) - effectiveDueAt(b.reminder));
  const enabled = fresh.length > 0 && (await deps.source.notificationsEnabled());
  let notificationsShown = 0;
  if (enabled) {
    const individual = fresh.slice(-MAX_NOTIFICATIONS_PER_SYNC);
    for (const { reminder, prospectName } of individual) {
      const { title, message } = notificationText(reminder.kind, prospectName);
      const id = notificationIdFor({ reminderId: reminder.id, prospectId: reminder.prospectId });
      try {
        await deps.notifications.create(id, {
          type: 'basic',
          iconUrl: deps.iconUrl,
          title,
          message,
          priority: 0,
        });
        notificationsShown++;
      } catch {
        // The system may refuse (notifications blocked for the browser): the badge still shows it.
      }
    }
    const rest = fresh.length - individual.length;
    if (rest > 0) {
      try {
        await deps.notifications.create(SUMMARY_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl: deps.iconUrl,
          title: 'Reminders due',
          message: `${rest} more ${rest === 1 ? 'reminder is' : 'reminders are'} due. Open Askwell to see them.`,
          priority: 0,
        });
        notificationsShown++;
      } catch {
        // As above.
      }
    }
  }

  // Remember what was announced (also when notifications are off: switching them on later should
  // not bring back every old reminder), and forget reminders that are done or gone.
  const dueKeys = new Set(dueRows.map((row) => announcementKey(row.reminder)));
  const keep = [...announced].filter((key) => dueKeys.has(key));
  const next = [...keep, ...fresh.map((row) => announcementKey(row.reminder))];
  if (fresh.length > 0 || keep.length !== announced.size) await deps.storage.set({ [ANNOUNCED_KEY]: next });

  await clearStaleNotifications(deps.notifications, dueRows);

  return { due, nextAlarmAt, announced: fresh.map((row) => row.reminder.id), notificationsShown };
}

/** Takes back notifications about reminders that are done, snoozed or deleted since. */
async function clearStaleNotifications(
  notifications: NotificationsLike,
  dueRows: OpenReminder[],
): Promise<void> {
  if (!notifications.getAll) return;
  const dueIds = new Set(dueRows.map((row) => row.reminder.id));
  const shown = Object.keys(await notifications.getAll());
  for (const id of shown) {
    if (id === SUMMARY_NOTIFICATION_ID) {
      if (dueIds.size === 0) await notifications.clear(id);
      continue;
    }
    const target = parseNotificationId(id);
    if (target && !dueIds.has(target.reminderId)) await notifications.clear(id);
  }
}
