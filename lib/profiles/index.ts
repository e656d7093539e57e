/** Reads the one person a profile page is about, or says why it cannot. */
import type { CaptureResult } from './types';

export type * from './types';

/**
 * Pure and read-only: never throws, never touches the page. Until the per-network readers land,
 * every page is reported as unsupported.
 */
export function readProfile(_doc: Document, _url: string): CaptureResult {
  return { ok: false, reason: 'unsupported-page' };
}
