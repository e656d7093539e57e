/** "Add manually": a person Askwell cannot capture, saved from their name and profile address. */
import { useRef, useState } from 'preact/hooks';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import type { Prospect } from '@/lib/db/types';

export interface ManualInput {
  fullName: string;
  profileUrl: string;
}

export interface ManualErrors {
  fullName?: string;
  profileUrl?: string;
}

export const NAME_MAX = 200;

/** Checks the two fields before anything is written; returns the cleaned input or the errors. */
export function validateManual(
  fullName: string,
  profileUrl: string,
): { ok: true; input: ManualInput } | { ok: false; errors: ManualErrors } {
  const errors: ManualErrors = {};
  const name = fullName.replace(/\s+/g, ' ').trim();
  if (!name) errors.fullName = 'Enter their name.';
  else if (name.length > NAME_MAX) errors.fullName = `Keep the name under ${NAME_MAX} characters.`;
  const url = profileUrl.trim();
  if (!url) errors.profileUrl = 'Enter the address of their profile.';
  else if (!isProfileAddress(url))
    errors.profileUrl = 'Enter the full address of their profile, starting with https://';
  if (errors.fullName || errors.profileUrl) return { ok: false, errors };
  return { ok: true, input: { fullName: name, profileUrl: url } };
}

function isProfileAddress(url: string): boolean {
  if (url.length > 2000) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && !u.username;
  } catch {
    return false;
  }
}

export interface AddManuallyProps {
  /** Saves the person; rejects with a plain-words error (e.g. already saved). */
  onAdd: (input: ManualInput) => Promise<Prospect>;
  onAdded: (prospect: Prospect) => void;
}

export function AddManually({ onAdd, onAdded }: AddManuallyProps) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<ManualErrors>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = validateManual(name, url);
    if (!checked.ok) {
      setErrors(checked.errors);
      (checked.errors.fullName ? nameRef : urlRef).current?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const prospect = await onAdd(checked.input);
      setName('');
      setUrl('');
      onAdded(prospect);
    } catch (err) {
      setErrors({ profileUrl: err instanceof Error ? err.message : 'Askwell could not save this person.' });
      urlRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" aria-labelledby="add-title" onSubmit={submit} noValidate>
      <h2 id="add-title">Add a person by hand</h2>
      <TextField
        ref={nameRef}
        label="Full name"
        value={name}
        maxLength={NAME_MAX}
        error={errors.fullName}
        onValueInput={setName}
      />
      <TextField
        ref={urlRef}
        label="Profile URL"
        type="url"
        hint="Their LinkedIn, GitHub or personal page."
        value={url}
        maxLength={2000}
        error={errors.profileUrl}
        onValueInput={setUrl}
      />
      <div class="row">
        <Button type="submit" disabled={busy}>
          Add manually
        </Button>
      </div>
    </form>
  );
}
