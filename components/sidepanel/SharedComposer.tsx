/**
 * The shared composer as the side panel runs it: the drafting engine is the background service
 * worker's (as for the popup: one engine, run in one place), and the writes are the store's.
 */
import { browser } from 'wxt/browser';
import { Composer } from '@/components/composer/Composer';
import { markSent } from '@/lib/conversation';
import { saveDraft } from '@/lib/db/drafts';
import { backgroundDraftEngine } from '@/lib/drafts/background-engine';
import type { RuntimeLike } from '@/lib/messaging';
import type { ComposerComponentProps } from './ComposerView';

const actions = { saveDraft, markSent };
const engine = backgroundDraftEngine(browser.runtime as unknown as Pick<RuntimeLike, 'sendMessage'>);

export function SharedComposer(props: ComposerComponentProps) {
  return <Composer {...props} engine={engine} actions={actions} />;
}
