/**
 * The popup's side of capture: which tab it is about, running the capture script there, and
 * checking what comes back before anything of it is shown or saved (it comes from a web page).
 */
import type { CaptureFailure, CaptureResult, Network, ProfileSnapshot } from '@/lib/profiles/types';

/** The tab the popup reads, and the window its side panel would open in. */
export interface TargetTab {
  tabId: number | undefined;
  windowId: number | undefined;
  /** Known when the popup may see it (activeTab, or the end-to-end build's host permissions). */
  url: string | undefined;
}

/** What the popup can tell the user about the page. */
export type CaptureOutcome =
  | { ok: true; profile: ProfileSnapshot }
  | {
      ok: false;
      /** `cannot-read`: the browser refused to run the script (browser pages, the web store, PDFs). */
      reason: CaptureFailure | 'cannot-read';
    };

/** The two scripts the popup may inject: the profile reader, and the schema.org Person reader. */
export const CAPTURE_SCRIPTS = { profile: '/capture.js', person: '/capture-person.js' } as const;
export type CaptureMode = keyof typeof CAPTURE_SCRIPTS;

const FAILURES: readonly string[] = [
  'unsupported-page',
  'sign-in-wall',
  'not-found',
  'rate-limited',
  'not-rendered',
  'mismatch',
] satisfies readonly CaptureFailure[];
const NETWORKS: readonly string[] = ['linkedin', 'github', 'generic'] satisfies readonly Network[];

/**
 * The longest text accepted per field, a little above what the reader itself keeps: anything
 * longer did not come from our reader. (Checked by hand rather than with a schema library, to keep
 * the popup's first screen small.)
 */
const MAX = {
  fullName: 500,
  headline: 1000,
  title: 500,
  company: 500,
  location: 500,
  about: 20_000,
  photoUrl: 4096,
  profileUrl: 4096,
  entry: 500,
  dateRange: 200,
  entries: 100,
} as const;

class Invalid extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new Invalid();
  return v;
}

/** Copies the optional text fields that are present, checking each. */
function optional<K extends string>(from: Record<string, unknown>, keys: readonly (readonly [K, number])[]) {
  const out: Partial<Record<K, string>> = {};
  for (const [key, max] of keys) if (from[key] !== undefined) out[key] = text(from[key], max);
  return out;
}

function list<T>(v: unknown, entry: (e: Record<string, unknown>) => T): T[] {
  if (!Array.isArray(v) || v.length > MAX.entries) throw new Invalid();
  return v.map((e) => {
    if (!isRecord(e)) throw new Invalid();
    return entry(e);
  });
}

function profileOf(p: unknown): ProfileSnapshot {
  if (!isRecord(p)) throw new Invalid();
  if (typeof p.network !== 'string' || !NETWORKS.includes(p.network)) throw new Invalid();
  const profileUrl = text(p.profileUrl, MAX.profileUrl);
  if (!/^https?:\/\//i.test(profileUrl)) throw new Invalid();
  const fullName = text(p.fullName, MAX.fullName).trim();
  if (!fullName) throw new Invalid();
  return {
    network: p.network as Network,
    profileUrl,
    fullName,
    ...optional(p, [
      ['headline', MAX.headline],
      ['title', MAX.title],
      ['company', MAX.company],
      ['location', MAX.location],
      ['about', MAX.about],
      ['photoUrl', MAX.photoUrl],
    ]),
    experience: list(p.experience, (e) => ({
      title: text(e.title, MAX.entry),
      ...optional(e, [
        ['company', MAX.entry],
        ['dateRange', MAX.dateRange],
        ['location', MAX.entry],
      ]),
    })),
    education: list(p.education, (e) => ({
      school: text(e.school, MAX.entry),
      ...optional(e, [
        ['degree', MAX.entry],
        ['dateRange', MAX.dateRange],
      ]),
    })),
  };
}

/**
 * The capture script's answer if it has the contract's shape, else `unsupported-page` (a page
 * can redefine what the script sees, so a malformed answer is treated as nothing captured).
 * Only the contract's fields go further; every text is bounded.
 */
export function parseCaptureResult(value: unknown): CaptureResult {
  try {
    if (!isRecord(value)) throw new Invalid();
    if (value.ok === false && typeof value.reason === 'string' && FAILURES.includes(value.reason))
      return { ok: false, reason: value.reason as CaptureFailure };
    if (value.ok === true) return { ok: true, profile: profileOf(value.profile) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
  }
  return { ok: false, reason: 'unsupported-page' };
}

/** The photo the popup may show: only one inlined in the page's answer. Askwell never loads a remote image. */
export function inlinePhoto(photoUrl: string | undefined): string | undefined {
  return photoUrl?.startsWith('data:') ? photoUrl : undefined;
}

/** Which tab the popup is about: `?tab=<id>` when a test opened it as a page, else the active tab. */
export function requestedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/** Whether a "Capture this page anyway" makes sense: only ordinary web pages can describe a person. */
export function isWebPage(url: string | undefined): boolean {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
