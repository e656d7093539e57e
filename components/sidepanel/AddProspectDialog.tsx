/** Adds a prospect by hand, from a name and a profile URL, for people met away from their profile page. */
import { useState } from 'preact/hooks';
import { Button, Dialog, TextField } from '@/components/ui';
import { createProspect } from '@/lib/db/prospects';
import type { Prospect } from '@/lib/db/types';
import { messageOf } from './hooks';

export function AddProspectDialog({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded: (prospect: Prospect & { id: number }) => void;
}) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const close = () => {
    setName('');
    setUrl('');
    setError('');
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add a prospect by hand"
      description="For someone whose profile page you do not have open. You can fill in the rest later."
    >
      <form
        class="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || !url.trim()) {
            setError('Enter their name and the address of their profile.');
            return;
          }
          setBusy(true);
          createProspect({ fullName: name, profileUrl: url.trim() })
            .then((p) => {
              setName('');
              setUrl('');
              setError('');
              onAdded(p as Prospect & { id: number });
            })
            .catch((err: unknown) => setError(messageOf(err)))
            .finally(() => setBusy(false));
        }}
      >
        <TextField label="Full name" autocomplete="off" required value={name} onValueInput={setName} />
        <TextField
          type="url"
          label="Profile URL"
          hint="A LinkedIn or GitHub profile, or any page about them."
          required
          value={url}
          error={error}
          onValueInput={(v) => {
            setUrl(v);
            setError('');
          }}
        />
        <div class="sp-buttons">
          <Button type="submit" variant="primary" disabled={busy}>
            Add prospect
          </Button>
          <Button onClick={close}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
