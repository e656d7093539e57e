/**
 * The composer inside the side panel: drafts the message a reminder or the detail view asked for,
 * then goes back where the user came from.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '@/components/ui';
import type { ConversationResult } from '@/lib/conversation';
import type { Draft, Prospect } from '@/lib/db/types';
import type { DraftKind } from '@/lib/drafts/types';
import type { MyProfile, Settings } from '@/lib/settings-types';
import { DRAFT_LABELS } from '@/lib/sidepanel/labels';

/** The props the shared composer (components/composer) takes, as far as the side panel uses them. */
export interface ComposerComponentProps {
  prospect: Prospect;
  kind: DraftKind;
  settings: Settings;
  draft?: Draft;
  headingLevel?: 2 | 3;
  onSent?: (result: ConversationResult) => void;
  onMeChange?: (me: Pick<MyProfile, 'name' | 'role'>) => void;
}
export type ComposerComponent = ComponentType<ComposerComponentProps>;

export function ComposerView({
  prospect,
  kind,
  draft,
  settings,
  composer: Composer,
  onClose,
  onMessage,
}: {
  prospect: Prospect;
  kind: DraftKind;
  draft: Draft | undefined;
  settings: Settings;
  composer: ComposerComponent | undefined;
  onClose: () => void;
  onMessage: (message: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The composer replaces the view the user was in: start reading at its heading.
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('h2, h3')?.focus?.();
  }, []);
  return (
    <div class="stack" ref={box}>
      <div>
        <Button onClick={onClose}>Back</Button>
      </div>
      {Composer ? (
        <Composer
          prospect={prospect}
          kind={kind}
          settings={settings}
          {...(draft ? { draft } : {})}
          headingLevel={2}
          // What the user types about themselves here is kept for the next draft.
          onMeChange={(me) => {
            import('@/lib/settings').then(({ saveSettings }) => saveSettings({ me })).catch(() => undefined);
          }}
          onSent={(result) => {
            onMessage(
              result.suggestion
                ? `Marked as sent. That was the last follow-up: if ${prospect.fullName} does not answer, close them as “no reply”.`
                : 'Marked as sent. Askwell will remind you if a follow-up is due.',
            );
            onClose();
          }}
        />
      ) : (
        <p role="alert">{`The composer for a ${DRAFT_LABELS[kind]} is not part of this build.`}</p>
      )}
    </div>
  );
}
