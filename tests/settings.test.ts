import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defineSettingsItem,
  getSettings,
  normaliseSettings,
  SETTINGS_VERSION,
  saveSettings,
  settingsMigrations,
  watchSettings,
} from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-types';

describe('settings', () => {
  it('are the defaults before the user sets anything', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep what the user saves, merging my profile and the cadence field by field', async () => {
    await saveSettings({
      me: { name: 'Sam Reyes', goal: 'Move into engineering management' },
      noteLimit: 300,
    });
    await saveSettings({ me: { role: 'Senior engineer' }, cadence: { firstFollowUpDays: 10 } });
    const settings = await getSettings();
    expect(settings.me).toEqual({
      name: 'Sam Reyes',
      role: 'Senior engineer',
      company: '',
      goal: 'Move into engineering management',
    });
    expect(settings.cadence).toEqual({ ...DEFAULT_SETTINGS.cadence, firstFollowUpDays: 10 });
    expect(settings.noteLimit).toBe(300);
  });

  it('never hands out the shared defaults object for callers to change by accident', async () => {
    const settings = await getSettings();
    settings.me.name = 'changed';
    settings.cadence.firstFollowUpDays = 99;
    expect(DEFAULT_SETTINGS.me.name).toBe('');
    expect((await getSettings()).cadence.firstFollowUpDays).toBe(7);
  });

  it('repair a bad stored value field by field instead of losing everything', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        me: { name: 'Sam', role: 42 },
        noteLimit: 250,
        cadence: { firstFollowUpDays: -3, reportBackDays: 30 },
        notifications: 'yes',
      },
    });
    const settings = await getSettings();
    expect(settings.me).toEqual({ ...DEFAULT_SETTINGS.me, name: 'Sam' });
    expect(settings.noteLimit).toBe(200);
    expect(settings.cadence).toEqual({ ...DEFAULT_SETTINGS.cadence, reportBackDays: 30 });
    expect(settings.notifications).toBe(true);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('refuse to save an impossible value (a note limit LinkedIn does not have)', async () => {
    const saved = await saveSettings({ noteLimit: 250 as 200 });
    expect(saved.noteLimit).toBe(200);
  });

  it('tell every open page when they change', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.noteLimit));
    await saveSettings({ noteLimit: 300 });
    unwatch();
    await saveSettings({ noteLimit: 200 });
    expect(seen).toEqual([300]);
  });

  it('are stored with their version, and reading them after a restart changes nothing', async () => {
    const item = defineSettingsItem();
    await saveSettings({ me: { name: 'Sam' } }, item);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    const restarted = defineSettingsItem();
    expect((await getSettings(restarted)).me.name).toBe('Sam');
    // Every version above the first has its migration step.
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof settingsMigrations[v]).toBe('function');
  });

  it('migrate a value stored by an older version when a newer one starts', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, me: { ...DEFAULT_SETTINGS.me, name: 'Sam' }, noteLimit: 300 },
      settings$: { v: SETTINGS_VERSION },
    });
    const next = SETTINGS_VERSION + 1;
    // A future step, e.g. one that moves to a longer default time box.
    const item = defineSettingsItem(next, {
      ...settingsMigrations,
      [next]: (old: unknown) => ({ ...(old as object), defaultTimeBox: '30 minutes' }),
    });
    const settings = await getSettings(item);
    expect(settings).toMatchObject({ me: { name: 'Sam' }, noteLimit: 300, defaultTimeBox: '30 minutes' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: next } });
  });
});
