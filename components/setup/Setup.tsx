/**
 * The first-run setup: the user's own name, role, company and goal, which the drafts use to
 * introduce them and the linter uses to warn about asking someone at their own company. Skippable.
 */
import { useState } from 'preact/hooks';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import type { MyProfile } from '@/lib/settings-types';

export interface SetupProps {
  /** What is known already (the settings' `me`). */
  initial: MyProfile;
  /** Saves the answers and marks the setup done; a rejection is shown as the error. */
  onSave: (me: MyProfile) => Promise<void> | void;
  /** Marks the setup done without answers. */
  onSkip: () => Promise<void> | void;
  headingLevel?: 2 | 3;
}

export function Setup({ initial, onSave, onSkip, headingLevel = 2 }: SetupProps) {
  const [me, setMe] = useState<MyProfile>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const set = (key: keyof MyProfile) => (value: string) => setMe((m) => ({ ...m, [key]: value }));
  const H = `h${headingLevel}` as 'h2' | 'h3';

  const run = async (work: () => Promise<void> | void) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Askwell could not save this. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="setup card stack"
      aria-labelledby="setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed: MyProfile = {
          name: me.name.trim(),
          role: me.role.trim(),
          company: me.company.trim(),
          goal: me.goal.trim(),
        };
        run(() => onSave(trimmed));
      }}
    >
      <H id="setup-title">Set up Askwell</H>
      <p>
        Your drafts introduce you with these, and Askwell warns you before you ask someone at your own
        company. Everything stays in this browser.
      </p>
      <TextField
        label="Your name"
        value={me.name}
        maxLength={200}
        autoComplete="name"
        onValueInput={set('name')}
      />
      <TextField
        label="Your role"
        hint="For example “backend engineer”."
        value={me.role}
        maxLength={200}
        autoComplete="organization-title"
        onValueInput={set('role')}
      />
      <TextField
        label="Your company"
        value={me.company}
        maxLength={200}
        autoComplete="organization"
        onValueInput={set('company')}
      />
      <TextField
        label="Your goal"
        hint="What you want to learn or change, e.g. “move into a staff engineer role”."
        value={me.goal}
        maxLength={300}
        onValueInput={set('goal')}
      />
      <div class="row">
        <Button type="submit" variant="primary" disabled={busy}>
          Save
        </Button>
        <Button disabled={busy} onClick={() => run(onSkip)}>
          Skip for now
        </Button>
      </div>
      {error && (
        <p role="alert" class="ui-error">
          {error}
        </p>
      )}
    </form>
  );
}
