/**
 * The user's settings (who they are, their goal, cadence, note limit) in extension storage, with
 * versioned migrations, read back always complete and valid whatever was stored.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings-types';

export type { Settings } from './settings-types';

/** Bump when the stored shape changes, and add the step from the previous version to `migrations`. */
export const SETTINGS_VERSION = 1;

/**
 * One function per version: turns the value stored by version N-1 into version N's. Released
 * entries are never edited. (Version 1 is the first; there is nothing to migrate from yet.)
 */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {};

export const SETTINGS_KEY = 'local:settings' as const;

const days = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365));

/** Each field on its own: a bad field falls back to its default without losing the others. */
const fieldSchemas = {
  name: v.string(),
  role: v.string(),
  company: v.string(),
  goal: v.string(),
  setupDone: v.boolean(),
  days,
  noteLimit: v.picklist([200, 300]),
  notifications: v.boolean(),
  defaultAsk: v.string(),
  defaultTimeBox: v.string(),
} as const;

function pick<T>(schema: v.GenericSchema<T>, value: unknown, fallback: T): T {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : fallback;
}

const record = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** Complete, valid settings from whatever is stored (missing or wrong fields take their default). */
export function normaliseSettings(stored: unknown): Settings {
  const s = record(stored);
  const me = record(s.me);
  const cadence = record(s.cadence);
  const d = DEFAULT_SETTINGS;
  return {
    me: {
      name: pick(fieldSchemas.name, me.name, d.me.name),
      role: pick(fieldSchemas.role, me.role, d.me.role),
      company: pick(fieldSchemas.company, me.company, d.me.company),
      goal: pick(fieldSchemas.goal, me.goal, d.me.goal),
    },
    setupDone: pick(fieldSchemas.setupDone, s.setupDone, d.setupDone),
    cadence: {
      firstFollowUpDays: pick(days, cadence.firstFollowUpDays, d.cadence.firstFollowUpDays),
      secondFollowUpDays: pick(days, cadence.secondFollowUpDays, d.cadence.secondFollowUpDays),
      reportBackDays: pick(days, cadence.reportBackDays, d.cadence.reportBackDays),
    },
    noteLimit: pick(fieldSchemas.noteLimit, s.noteLimit, d.noteLimit),
    notifications: pick(fieldSchemas.notifications, s.notifications, d.notifications),
    defaultAsk: pick(fieldSchemas.defaultAsk, s.defaultAsk, d.defaultAsk),
    defaultTimeBox: pick(fieldSchemas.defaultTimeBox, s.defaultTimeBox, d.defaultTimeBox),
  };
}

/**
 * Defines the storage item and runs the migrations from the stored version up to `version`.
 * Tests call it after seeding older data, as a restart of the extension would.
 */
export function defineSettingsItem(version = SETTINGS_VERSION, migrations = settingsMigrations) {
  return storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS, version, migrations });
}

export const settingsItem = defineSettingsItem();

export interface SettingsPatch extends Partial<Omit<Settings, 'me' | 'cadence'>> {
  me?: Partial<Settings['me']>;
  cadence?: Partial<Settings['cadence']>;
}

/** The user's settings, complete and valid. */
export async function getSettings(item = settingsItem): Promise<Settings> {
  return normaliseSettings(await item.getValue());
}

/** Changes some settings (nested `me` and `cadence` are merged) and returns them all. */
export async function saveSettings(patch: SettingsPatch, item = settingsItem): Promise<Settings> {
  const current = await getSettings(item);
  const next = normaliseSettings({
    ...current,
    ...patch,
    me: { ...current.me, ...patch.me },
    cadence: { ...current.cadence, ...patch.cadence },
  });
  await item.setValue(next);
  return next;
}

/** Calls `listener` with the complete settings whenever they change (in any Askwell page). */
export function watchSettings(listener: (settings: Settings) => void, item = settingsItem): () => void {
  return item.watch((value) => listener(normaliseSettings(value)));
}
