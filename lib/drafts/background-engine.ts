/**
 * The drafting engine as the popup uses it: each call is a message to the background service
 * worker, which runs the linter and the generator; its answers are checked before use.
 */
import { BadResponseError, type RuntimeLike, send } from '@/lib/messaging';
import { type DraftEngine, DraftEngineError } from './engine';
import { explainedLintReportSchema, generateResultSchema } from './protocol';

export function backgroundDraftEngine(runtime: Pick<RuntimeLike, 'sendMessage'>): DraftEngine {
  const answered = <T>(answer: Promise<T | undefined>): Promise<T> =>
    answer.then(
      (a) => {
        if (a === undefined) throw new DraftEngineError('no-answer');
        return a;
      },
      (error: unknown) => {
        if (error instanceof DraftEngineError) throw error;
        throw new DraftEngineError(error instanceof BadResponseError ? 'bad-answer' : 'failed');
      },
    );
  return {
    lint: (text, context) =>
      answered(send(runtime, 'draft-lint', { text, context }, explainedLintReportSchema)),
    generate: (inputs) => answered(send(runtime, 'draft-generate', { inputs }, generateResultSchema)),
  };
}
