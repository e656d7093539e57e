/** The background's answers to the popup's drafting requests: the engine runs here, not in the popup. */
import type { DraftEngine } from '@/lib/drafts/engine';
import type { Handlers } from '@/lib/messaging';

export function draftHandlers(engine: DraftEngine): Pick<Handlers, 'draft-lint' | 'draft-generate'> {
  return {
    'draft-lint': ({ text, context }) => engine.lint(text, context),
    'draft-generate': ({ inputs }) => engine.generate(inputs),
  };
}
