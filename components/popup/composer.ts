/**
 * The popup's composer chunk: the shared composer, the drafting engine in the background service
 * worker (the popup does not load the linter or the generator) and the composer's writes.
 */
import type { ComposerActions } from '@/components/composer/Composer';
import { markSent, saveDraft } from '@/lib/db/light';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import type { DraftEngine } from '@/lib/drafts/engine';
import type { RuntimeLike } from '@/lib/messaging';

export { Composer } from '@/components/composer/Composer';

export interface PopupComposerParts {
  engine: DraftEngine;
  actions: ComposerActions;
}

export function popupComposerParts(runtime: Pick<RuntimeLike, 'sendMessage'>): PopupComposerParts {
  return { engine: backgroundDraftEngine(runtime), actions: { saveDraft, markSent } };
}
