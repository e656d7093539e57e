/**
 * The editable part of a prospect: the captured fields (an edit here survives the next capture),
 * tags, notes, and how the user knows them.
 */
import { useEffect, useState } from 'preact/hooks';
import { Button, FieldGroup, Select, TextArea, TextField } from '@/components/ui';
import { updateProspect } from '@/lib/db/prospects';
import type { ProspectPatch } from '@/lib/db/records';
import { type CapturedField, type Prospect, SOURCE_KINDS, type SourceKind } from '@/lib/db/types';
import { SOURCE_LABELS } from '@/lib/sidepanel/labels';
import { messageOf } from './hooks';

type TextKey = 'fullName' | 'headline' | 'title' | 'company' | 'location' | 'about' | 'profileUrl';

interface FormState {
  fullName: string;
  headline: string;
  title: string;
  company: string;
  location: string;
  about: string;
  profileUrl: string;
  tags: string;
  notes: string;
  source: SourceKind | '';
  referrer: string;
}

const FIELDS: { key: TextKey; label: string; multiline?: boolean; type?: 'url' }[] = [
  { key: 'fullName', label: 'Full name' },
  { key: 'headline', label: 'Headline' },
  { key: 'title', label: 'Job title' },
  { key: 'company', label: 'Company' },
  { key: 'location', label: 'Location' },
  { key: 'about', label: 'About', multiline: true },
  { key: 'profileUrl', label: 'Profile URL', type: 'url' },
];

/** Tags as typed: separated by commas. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

function stateOf(p: Prospect): FormState {
  return {
    fullName: p.fullName,
    headline: p.headline ?? '',
    title: p.title ?? '',
    company: p.company ?? '',
    location: p.location ?? '',
    about: p.about ?? '',
    profileUrl: p.profileUrl,
    tags: p.tags.join(', '),
    notes: p.notes,
    source: p.source?.kind ?? '',
    referrer: p.source?.referrer ?? '',
  };
}

/** Only what the user changed, so that untouched captured fields stay free to follow the page. */
export function patchOf(before: FormState, after: FormState): ProspectPatch {
  const patch: ProspectPatch = {};
  for (const { key } of FIELDS) if (after[key].trim() !== before[key].trim()) patch[key] = after[key].trim();
  if (after.tags !== before.tags) patch.tags = parseTags(after.tags);
  if (after.notes !== before.notes) patch.notes = after.notes;
  if (after.source !== before.source || after.referrer.trim() !== before.referrer.trim()) {
    patch.source =
      after.source === ''
        ? undefined
        : after.source === 'referral' && after.referrer.trim()
          ? { kind: 'referral', referrer: after.referrer.trim() }
          : { kind: after.source };
  }
  return patch;
}

export function DetailForm({
  prospect,
  onError,
  onSaved,
}: {
  prospect: Prospect & { id: number };
  onError: (message: string) => void;
  onSaved: (message: string) => void;
}) {
  const [base, setBase] = useState(() => stateOf(prospect));
  const [form, setForm] = useState(base);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const dirty = Object.keys(patchOf(base, form)).length > 0;

  // A change made elsewhere (a re-capture, another page) shows here in every field the user has
  // not changed meanwhile; the user's unsaved edits stay.
  useEffect(() => {
    const fresh = stateOf(prospect);
    const old = base;
    setBase(fresh);
    setForm((f) => {
      const next = { ...f };
      for (const key of Object.keys(fresh) as (keyof FormState)[])
        if (f[key] === old[key]) (next as Record<keyof FormState, string>)[key] = fresh[key];
      return next;
    });
  }, [JSON.stringify(stateOf(prospect))]);

  const set = (key: keyof FormState) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setError('');
  };
  const edited = new Set<CapturedField>(prospect.editedFields);

  return (
    <form
      class="sp-section"
      aria-labelledby="detail-about"
      onSubmit={(e) => {
        e.preventDefault();
        const patch = patchOf(base, form);
        if (Object.keys(patch).length === 0) return;
        setBusy(true);
        updateProspect(prospect.id, patch)
          .then((saved) => {
            const fresh = stateOf(saved);
            setBase(fresh);
            setForm(fresh);
            onSaved('Changes saved.');
          })
          .catch((err: unknown) => {
            setError(messageOf(err));
            onError(messageOf(err));
          })
          .finally(() => setBusy(false));
      }}
    >
      <h3 id="detail-about">About them</h3>
      <p class="muted">What you change here is kept when you capture their profile again.</p>
      {FIELDS.map(({ key, label, multiline, type }) => {
        const hint =
          key !== 'profileUrl' && edited.has(key as CapturedField)
            ? 'Edited by you: a new capture keeps this.'
            : undefined;
        return multiline ? (
          <TextArea key={key} label={label} hint={hint} value={form[key]} onValueInput={set(key)} rows={3} />
        ) : (
          <TextField
            key={key}
            type={type ?? 'text'}
            label={label}
            hint={hint}
            value={form[key]}
            required={key === 'fullName' || key === 'profileUrl'}
            onValueInput={set(key)}
          />
        );
      })}
      <TextField
        label="Tags"
        hint="Separate tags with commas."
        value={form.tags}
        onValueInput={set('tags')}
      />
      <TextArea label="Notes" value={form.notes} onValueInput={set('notes')} rows={4} />
      <FieldGroup legend="How I know them">
        <Select
          label="Source"
          options={[
            { value: '', label: 'Not recorded' },
            ...SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_LABELS[k] })),
          ]}
          value={form.source}
          onValueChange={set('source')}
        />
        {form.source === 'referral' && (
          <TextField label="Who referred them" value={form.referrer} onValueInput={set('referrer')} />
        )}
      </FieldGroup>
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
      <div class="sp-buttons">
        <Button type="submit" variant="primary" disabled={busy || !dirty}>
          Save changes
        </Button>
        {dirty && (
          <Button onClick={() => setForm(base)} disabled={busy}>
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
