/**
 * The popup's side of capture: which tab it is about, running the capture script there, and
 * checking what comes back before anything of it is shown or saved (it comes from a web page).
 */
import * as v from 'valibot';
import type { CaptureFailure, CaptureResult, ProfileSnapshot } from '@/lib/profiles/types';

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

const FAILURES = [
  'unsupported-page',
  'sign-in-wall',
  'not-found',
  'rate-limited',
  'not-rendered',
  'mismatch',
] as const satisfies readonly CaptureFailure[];

// Caps a little above what the reader itself keeps: anything longer did not come from our reader.
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));
const webUrl = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.check((s) => /^https?:\/\//i.test(s), 'not a web address'),
);

const experienceSchema = v.object({
  title: text(500),
  company: optionalText(500),
  dateRange: optionalText(200),
  location: optionalText(500),
});
const educationSchema = v.object({
  school: text(500),
  degree: optionalText(500),
  dateRange: optionalText(200),
});

/** A ProfileSnapshot as the capture contract defines it, with every string and list bounded. */
export const profileSchema = v.object({
  network: v.picklist(['linkedin', 'github', 'generic']),
  profileUrl: webUrl,
  fullName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  headline: optionalText(1000),
  title: optionalText(500),
  company: optionalText(500),
  location: optionalText(500),
  about: optionalText(20_000),
  photoUrl: optionalText(4096),
  experience: v.pipe(v.array(experienceSchema), v.maxLength(100)),
  education: v.pipe(v.array(educationSchema), v.maxLength(100)),
});

const resultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), profile: profileSchema }),
  v.object({ ok: v.literal(false), reason: v.picklist(FAILURES) }),
]);

/**
 * The capture script's answer if it has the contract's shape, else `unsupported-page` (a page
 * can redefine what the script sees, so a malformed answer is treated as nothing captured).
 * Unknown keys are dropped: only the contract's fields go further.
 */
export function parseCaptureResult(value: unknown): CaptureResult {
  const parsed = v.safeParse(resultSchema, value);
  if (!parsed.success) return { ok: false, reason: 'unsupported-page' };
  const out = parsed.output;
  if (!out.ok) return { ok: false, reason: out.reason };
  const { experience, education, ...rest } = out.profile;
  const profile: ProfileSnapshot = { ...dropUndefined(rest), experience: [], education: [] };
  profile.experience = experience.map((e) => dropUndefined(e));
  profile.education = education.map((e) => dropUndefined(e));
  return { ok: true, profile };
}

function dropUndefined<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as T;
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
