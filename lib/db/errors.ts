/**
 * Turns whatever IndexedDB or Dexie throws into one error type with a message in plain words, and
 * lets the UI hear about problems that come from outside a call (another tab upgrading the store).
 */

export type StoreErrorKind =
  /** The browser's storage for Askwell is full. */
  | 'quota'
  /** An older Askwell page still holds the database open, so it cannot be upgraded. */
  | 'blocked'
  /** Askwell was updated in another page: this page runs old code and must reload. */
  | 'outdated'
  /** No IndexedDB here (some private windows) or the browser refused to open it. */
  | 'unavailable'
  /** Another prospect already has this profile URL. */
  | 'duplicate'
  /** The prospect, draft or reminder is no longer there (deleted in another page). */
  | 'not-found'
  /** The data itself is not acceptable (e.g. an empty name). */
  | 'invalid'
  | 'unknown';

const MESSAGES: Record<StoreErrorKind, string> = {
  quota:
    'Your browser has no more room for Askwell’s data, so nothing was saved. Free some disk space or delete old prospects, then try again.',
  blocked:
    'Askwell is updating its database but another Askwell page is still open with the old version. Close other Askwell tabs and side panels, then try again.',
  outdated:
    'Askwell was updated in another window. Reload this page to keep working; everything you saved is kept.',
  unavailable:
    'Askwell cannot store data in this window. Private windows may not allow it: open Askwell in a normal window.',
  duplicate: 'This person is already in your prospect list.',
  'not-found': 'This item no longer exists. It may have been deleted in another Askwell page.',
  invalid: 'This could not be saved because some of its values are not valid.',
  unknown: 'Askwell could not read or save your data, and nothing was changed. Try again.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string = MESSAGES[kind],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The plain-words text for a kind of problem (for the UI's banners). */
export function storeErrorMessage(kind: StoreErrorKind): string {
  return MESSAGES[kind];
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** Every error in the chain: Dexie wraps DOM errors in `inner`, bulk errors list `failures`. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 20) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null) continue;
    const el = e as ErrorLike;
    out.push(el);
    queue.push(el.inner, el.cause);
    if (Array.isArray(el.failures)) queue.push(...el.failures.slice(0, 5));
  }
  return out;
}

function kindOf(e: ErrorLike): StoreErrorKind | undefined {
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'quota';
    case 'MissingAPIError':
      return 'unavailable';
    case 'InvalidStateError':
      // Older Firefox private windows: "A mutation operation was attempted on a database that did not allow mutations".
      return 'unavailable';
    case 'SecurityError':
      return 'unavailable';
    case 'VersionChangeError':
    case 'VersionError':
    case 'DatabaseClosedError':
      return 'outdated';
    case 'ConstraintError':
      return 'duplicate';
    case 'NotFoundError':
      return 'not-found';
    case 'DataError':
    case 'DataCloneError':
      return 'invalid';
  }
  if (/quota/i.test(message) || /NS_ERROR_DOM_QUOTA_REACHED|NS_ERROR_FILE_NO_DEVICE_SPACE/.test(message))
    return 'quota';
  return undefined;
}

/** Maps any thrown value to a StoreError; a StoreError passes through unchanged. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const links = chain(error);
  // The most specific cause wins: an AbortError whose inner error is a quota error is about quota.
  for (const link of [...links].reverse()) {
    const kind = kindOf(link);
    if (kind) return new StoreError(kind, MESSAGES[kind], { cause: error });
  }
  const first = links[0];
  if (first?.name === 'OpenFailedError')
    return new StoreError('unavailable', MESSAGES.unavailable, { cause: error });
  return new StoreError('unknown', MESSAGES.unknown, { cause: error });
}

/**
 * Runs one store operation and rethrows any failure as a StoreError. The operation is a single
 * Dexie transaction, so a failure means nothing of it was written.
 */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error);
  }
}

type ProblemListener = (problem: StoreError) => void;
const problemListeners = new Set<ProblemListener>();
let lastProblem: StoreError | undefined;

/** Called by the database wiring when something outside any call goes wrong. */
export function reportStoreProblem(problem: StoreError): void {
  lastProblem = problem;
  for (const listener of problemListeners) listener(problem);
}

/** Clears the last problem (e.g. once a blocked upgrade went through). */
export function clearStoreProblem(kind?: StoreErrorKind): void {
  if (!kind || lastProblem?.kind === kind) lastProblem = undefined;
}

/** The UI subscribes to show a banner ("reload this page"); returns the unsubscribe. */
export function onStoreProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

/** The problem to show now, if any (for a page that subscribes after it happened). */
export function currentStoreProblem(): StoreError | undefined {
  return lastProblem;
}
