import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDays, SettingsView } from '@/components/sidepanel/SettingsView';
import { markSent } from '@/lib/conversation';
import { saveCapturedProfile } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { getSettings } from '@/lib/settings';
import { linkedInSnapshot, resetStore } from '../../db/helpers';

const DAY = 86_400_000;

beforeEach(resetStore);

async function renderSettings() {
  const settings = await getSettings();
  const back = vi.fn();
  render(<SettingsView settings={settings} onBack={back} />);
  return back;
}
const input = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('settings', () => {
  it('saves my profile and goal, the note limit and notifications', async () => {
    await renderSettings();
    input('My name', 'Mei Chen');
    input('My role', 'Backend engineer');
    input('My company', 'Orbit Works');
    input('My goal', 'Move into engineering management within a year');
    fireEvent.click(screen.getByLabelText('300 characters (Premium)'));
    fireEvent.click(screen.getByLabelText('Show a notification when a reminder falls due'));
    save();
    await screen.findByText('Settings saved.');
    const saved = await getSettings();
    expect(saved.me).toEqual({
      name: 'Mei Chen',
      role: 'Backend engineer',
      company: 'Orbit Works',
      goal: 'Move into engineering management within a year',
    });
    expect(saved.noteLimit).toBe(300);
    expect(saved.notifications).toBe(false);
  });

  it('refuses a cadence that is not a whole number of days, and saves nothing', async () => {
    await renderSettings();
    input('My name', 'Mei Chen');
    input('Days before the first follow-up', '0');
    input('Days after a meeting before the report-back', 'soon');
    save();
    await screen.findByText('Nothing was saved: check the numbers of days.');
    expect(screen.getByLabelText('Days before the first follow-up').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(screen.getByText('Enter a number of days from 1 to 365.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of days, from 1 to 365.')).toBeTruthy();
    expect((await getSettings()).me.name).toBe('');
  });

  it('re-plans the open follow-ups when the cadence changes', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    const sent = Date.now() - DAY;
    await markSent(ada.id!, { kind: 'request', channel: 'message', text: 'Hi Ada' }, sent);
    expect((await listReminders(ada.id!)).map((r) => r.dueAt)).toEqual([sent + 7 * DAY]);
    await renderSettings();
    input('Days before the first follow-up', '10');
    save();
    await screen.findByText('Settings saved. One prospect’s reminders follow the new cadence.');
    const open = (await listReminders(ada.id!)).filter((r) => r.doneAt === undefined);
    expect(open.map((r) => r.dueAt)).toEqual([sent + 10 * DAY]);
    expect((await getSettings()).cadence.firstFollowUpDays).toBe(10);
  });

  it('goes back to the list', async () => {
    const back = await renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Back to prospects' }));
    await waitFor(() => expect(back).toHaveBeenCalledOnce());
  });

  it('reads days as whole numbers from 1 to 365', () => {
    expect(parseDays(' 14 ')).toEqual({ days: 14 });
    expect(parseDays('1.5')).toHaveProperty('error');
    expect(parseDays('366')).toHaveProperty('error');
    expect(parseDays('')).toHaveProperty('error');
  });
});
