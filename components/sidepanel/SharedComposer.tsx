/**
 * The shared composer as the side panel runs it: with the drafting engine in this page (loaded with
 * this chunk, on first use) and the store's writes.
 */
import { Composer } from '@/components/composer/Composer';
import { markSent } from '@/lib/conversation';
import { saveDraft } from '@/lib/db/drafts';
import { localDraftEngine } from '@/lib/drafts/local-engine';
import type { ComposerComponentProps } from './ComposerView';

const actions = { saveDraft, markSent };

export function SharedComposer(props: ComposerComponentProps) {
  return <Composer {...props} engine={localDraftEngine} actions={actions} />;
}
