/**
 * Settings: who I am and what I want (used by the drafts and the same-company warning), the
 * connection-note limit, the follow-up cadence (a change re-plans open reminders) and notifications.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, Checkbox, FieldGroup, SegmentedControl, TextArea, TextField } from '@/components/ui';
import { type SettingsPatch, saveSettings } from '@/lib/settings';
import type { Cadence, Settings } from '@/lib/settings-types';
import { replanOpenReminders } from '@/lib/sidepanel/reminders';
import { messageOf } from './hooks';

interface FormState {
  name: string;
  role: string;
  company: string;
  goal: string;
  noteLimit: '200' | '300';
  firstFollowUpDays: string;
  secondFollowUpDays: string;
  reportBackDays: string;
  notifications: boolean;
}

const CADENCE_FIELDS: { key: keyof Cadence; label: string; hint: string }[] = [
  {
    key: 'firstFollowUpDays',
    label: 'Days before the first follow-up',
    hint: 'After a request without reply. A week is polite.',
  },
  {
    key: 'secondFollowUpDays',
    label: 'Days before the second (last) follow-up',
    hint: 'After the first follow-up. Askwell never suggests a third.',
  },
  {
    key: 'reportBackDays',
    label: 'Days after a meeting before the report-back',
    hint: 'Time to act on their advice before telling them how it went.',
  },
];

function stateOf(s: Settings): FormState {
  return {
    ...s.me,
    noteLimit: String(s.noteLimit) as '200' | '300',
    firstFollowUpDays: String(s.cadence.firstFollowUpDays),
    secondFollowUpDays: String(s.cadence.secondFollowUpDays),
    reportBackDays: String(s.cadence.reportBackDays),
    notifications: s.notifications,
  };
}

/** A whole number of days from 1 to 365, or an error in words. */
export function parseDays(text: string): { days: number } | { error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: 'Enter a whole number of days, from 1 to 365.' };
  const days = Number(t);
  if (days < 1 || days > 365) return { error: 'Enter a number of days from 1 to 365.' };
  return { days };
}

export function SettingsView({ settings, onBack }: { settings: Settings; onBack: () => void }) {
  const [form, setForm] = useState(() => stateOf(settings));
  const [errors, setErrors] = useState<Partial<Record<keyof Cadence, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      setStatus('');
      if (key in errors) setErrors((e) => ({ ...e, [key]: undefined }));
    };

  const submit = async (e: Event) => {
    e.preventDefault();
    const cadence: Partial<Cadence> = {};
    const found: Partial<Record<keyof Cadence, string>> = {};
    for (const { key } of CADENCE_FIELDS) {
      const parsed = parseDays(form[key]);
      if ('error' in parsed) found[key] = parsed.error;
      else cadence[key] = parsed.days;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('Nothing was saved: check the numbers of days.');
      return;
    }
    const patch: SettingsPatch = {
      me: {
        name: form.name.trim(),
        role: form.role.trim(),
        company: form.company.trim(),
        goal: form.goal.trim(),
      },
      noteLimit: form.noteLimit === '300' ? 300 : 200,
      cadence,
      notifications: form.notifications,
    };
    const cadenceChanged = CADENCE_FIELDS.some(({ key }) => cadence[key] !== settings.cadence[key]);
    setBusy(true);
    try {
      const saved = await saveSettings(patch);
      if (cadenceChanged) {
        setStatus('Settings saved. Re-planning your open reminders…');
        const n = await replanOpenReminders(saved.cadence);
        setStatus(
          `Settings saved. ${n === 1 ? 'One prospect’s reminders follow' : `Reminders of ${n.toLocaleString('en-US')} prospects follow`} the new cadence.`,
        );
      } else setStatus('Settings saved.');
    } catch (err) {
      setStatus(`Not saved: ${messageOf(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" onSubmit={submit} aria-labelledby="settings-heading" noValidate>
      <div>
        <Button onClick={onBack}>Back to prospects</Button>
      </div>
      <h2 id="settings-heading" ref={heading} tabIndex={-1}>
        Settings
      </h2>
      <FieldGroup
        legend="About me"
        hint="Used in your drafts and to warn you about mentors at your own company."
      >
        <TextField label="My name" autocomplete="name" value={form.name} onValueInput={set('name')} />
        <TextField label="My role" value={form.role} onValueInput={set('role')} />
        <TextField
          label="My company"
          autocomplete="organization"
          value={form.company}
          onValueInput={set('company')}
        />
        <TextArea
          label="My goal"
          hint="What you want to learn or change, in your words."
          value={form.goal}
          rows={3}
          onValueInput={set('goal')}
        />
      </FieldGroup>
      <SegmentedControl
        legend="LinkedIn connection-note limit"
        options={[
          { value: '200', label: '200 characters (free)' },
          { value: '300', label: '300 characters (Premium)' },
        ]}
        value={form.noteLimit}
        onChange={set('noteLimit')}
      />
      <FieldGroup
        legend="Follow-up cadence"
        hint="Changing it re-plans the reminders that are still open. At most two follow-ups, then Askwell suggests closing as “no reply”."
      >
        {CADENCE_FIELDS.map(({ key, label, hint }) => (
          <TextField
            key={key}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            label={label}
            hint={hint}
            error={errors[key]}
            value={form[key]}
            onValueInput={set(key)}
          />
        ))}
      </FieldGroup>
      <Checkbox
        label="Show a notification when a reminder falls due"
        hint="The toolbar badge counts due reminders either way."
        checked={form.notifications}
        onCheckedChange={set('notifications')}
      />
      <div class="sp-buttons">
        <Button type="submit" variant="primary" disabled={busy}>
          Save settings
        </Button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
