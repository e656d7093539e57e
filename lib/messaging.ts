/**
 * The one typed protocol between Askwell's parts (background, popup, side panel), and the guard
 * every receiver runs before any handler: a message from another extension, a web page or a
 * content script, or one with the wrong shape, is dropped without reaching a handler.
 */
import * as v from 'valibot';
import { TABLE_NAMES } from '@/lib/db/tx';
import type { ExplainedLintReport } from '@/lib/drafts/engine';
import type { GenerateResult } from '@/lib/drafts/generate';
import { generateRequestSchema, lintRequestSchema } from '@/lib/drafts/protocol';

const prospectId = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Request payload schema per message type. Adding a message means adding one line here. */
export const messageSchemas = {
  /** An extension page changed prospects or reminders: the background re-plans alarms and badge. */
  'reminders-changed': v.strictObject({}),
  /** The background asks an open side panel to show one prospect (e.g. after a notification click). */
  'show-prospect': v.strictObject({ prospectId }),
  /** The popup's composer asks the background to lint a draft (the popup does not load the linter). */
  'draft-lint': lintRequestSchema,
  /** The popup's composer asks the background to generate the versions of a draft. */
  'draft-generate': generateRequestSchema,
  /** The popup wrote to the store without Dexie: pages with live queries over these tables re-read them. */
  'store-changed': v.strictObject({
    tables: v.pipe(v.array(v.picklist(TABLE_NAMES)), v.minLength(1), v.maxLength(TABLE_NAMES.length)),
  }),
} as const;

/** What each message answers. */
export interface ProtocolResponses {
  'reminders-changed': { due: number };
  'show-prospect': { shown: boolean };
  'draft-lint': ExplainedLintReport;
  'draft-generate': GenerateResult;
  'store-changed': { refreshed: boolean };
}

/**
 * The schema an answer is checked against before use (the answering part is this extension, but an
 * answer of the wrong shape must fail at the edge, not deep inside the UI). Given by the sender, so
 * that the background, which only answers, does not carry them.
 */
export type ResponseSchema<T extends MessageType> = v.GenericSchema<unknown, ProtocolResponses[T]>;

/** An answer came back in a shape the protocol does not allow. */
export class BadResponseError extends Error {
  constructor(readonly type: MessageType) {
    super(`The answer to "${type}" has the wrong shape.`);
    this.name = 'BadResponseError';
  }
}

export type MessageType = keyof typeof messageSchemas;
export type MessagePayload<T extends MessageType> = v.InferOutput<(typeof messageSchemas)[T]>;
export type Message = { [T in MessageType]: { type: T; payload: MessagePayload<T> } }[MessageType];

/** The parts of `runtime.MessageSender` the guard looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
}

/** This extension's identity, as the receiver sees it. */
export interface SelfInfo {
  id: string;
  /** e.g. `chrome-extension://<id>` or `moz-extension://<uuid>` */
  origin: string;
}

export type RejectReason = 'foreign-extension' | 'not-extension-page' | 'bad-shape' | 'unknown-type';

export type GuardResult = { ok: true; message: Message } | { ok: false; reason: RejectReason };

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Not URL#origin: the URL standard gives "null" for non-special schemes such as
    // chrome-extension: outside the browser that owns them.
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Accepts a message only when it comes from one of this extension's own pages (not from another
 * extension, a web page, or a content script running in a web page) and has a known type and a
 * payload of exactly the declared shape.
 */
export function guardMessage(raw: unknown, sender: SenderInfo, self: SelfInfo): GuardResult {
  if (sender.id !== self.id) return { ok: false, reason: 'foreign-extension' };
  // Content scripts share the extension id but run at the page's origin; extension pages do not.
  const from = sender.origin ?? originOf(sender.url);
  if (from !== self.origin) return { ok: false, reason: 'not-extension-page' };
  if (!isRecord(raw) || typeof raw.type !== 'string') return { ok: false, reason: 'bad-shape' };
  if (!Object.hasOwn(messageSchemas, raw.type)) return { ok: false, reason: 'unknown-type' };
  const type = raw.type as MessageType;
  const parsed = v.safeParse(messageSchemas[type], raw.payload);
  if (!parsed.success) return { ok: false, reason: 'bad-shape' };
  return { ok: true, message: { type, payload: parsed.output } as Message };
}

export type Handlers = {
  [T in MessageType]?: (payload: MessagePayload<T>) => Promise<ProtocolResponses[T]> | ProtocolResponses[T];
};

/** Minimal view of `runtime` so that the wiring can be tested with a fake. */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined): void;
  };
}

export function selfOf(runtime: Pick<RuntimeLike, 'id' | 'getURL'>): SelfInfo {
  return { id: runtime.id, origin: originOf(runtime.getURL('/')) ?? '' };
}

/**
 * Registers typed handlers behind the guard. Messages the guard rejects, and types this receiver has
 * no handler for, get no answer (so another part may answer them). Returns the unsubscribe.
 */
export function listen(runtime: RuntimeLike, handlers: Handlers): () => void {
  const self = selfOf(runtime);
  const listener = (raw: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    const result = guardMessage(raw, sender, self);
    if (!result.ok) return undefined;
    const handler = handlers[result.message.type] as ((payload: Message['payload']) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(result.message.payload));
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/**
 * Sends a typed message to the other parts; resolves to undefined when no part is listening. With
 * `answerSchema`, an answer is checked against it (BadResponseError when it does not match).
 */
export async function send<T extends MessageType>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: T,
  payload: MessagePayload<T>,
  answerSchema?: ResponseSchema<T>,
): Promise<ProtocolResponses[T] | undefined> {
  let answer: unknown;
  try {
    answer = await runtime.sendMessage({ type, payload });
  } catch (error) {
    // No other part is open right now: that is not an error. Anything else is.
    if (error instanceof Error && /Receiving end does not exist/.test(error.message)) return undefined;
    throw error;
  }
  if (answer === undefined || !answerSchema) return answer as ProtocolResponses[T] | undefined;
  const parsed = v.safeParse(answerSchema, answer);
  if (!parsed.success) throw new BadResponseError(type);
  return parsed.output;
}
