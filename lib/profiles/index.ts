/** Reads the one person a profile page is about, or says why it cannot. */
import { classifyUrl } from './detect';
import { readGenericPerson as readGeneric } from './generic';
import { readGitHub } from './github';
import { readLinkedIn } from './linkedin';
import type { CaptureResult } from './types';

export { canonicalProfileUrl, classifyUrl } from './detect';
export type * from './types';

/** Longest text kept per field: a hostile page cannot make a prospect record huge. */
const LIMITS: Record<string, number> = { headline: 600, about: 10_000, photoUrl: 2_000, profileUrl: 2_000 };

/**
 * Trims every text, cuts overlong ones, drops empty optional fields and entries without their
 * title or school, and keeps at most 50 entries per list: a snapshot holds only what the page
 * showed, and never too much of it.
 */
function tidy<T extends object>(o: T): T {
  const record = o as Record<string, unknown>;
  for (const key in record) {
    let value = record[key];
    if (typeof value === 'string') {
      const max = LIMITS[key] ?? 300;
      value = value.trim();
      value =
        (value as string).length > max
          ? `${(value as string).slice(0, max - 1).trimEnd()}…`
          : value || undefined;
    } else if (Array.isArray(value)) {
      value = value
        .slice(0, 50)
        .map((entry: object) => tidy({ ...entry }))
        .filter((entry: { title?: string; school?: string }) => entry.title ?? entry.school);
    }
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
  return o;
}

function finish(result: CaptureResult): CaptureResult {
  if (!result.ok) return result;
  const profile = tidy({ ...result.profile });
  return profile.fullName ? { ok: true, profile } : { ok: false, reason: 'not-rendered' };
}

/**
 * Reads the person a profile page is about: a LinkedIn or GitHub profile, or, on any other site,
 * the schema.org Person (JSON-LD or microdata) the page is about. Pure and read-only: it never
 * changes the page, never throws (an internal failure becomes `unsupported-page`), and works on
 * any standards DOM.
 */
export function readProfile(doc: Document, url: string): CaptureResult {
  const result = readNetworkProfile(doc, url);
  if (result.ok || result.reason !== 'unsupported-page') return result;
  try {
    return classifyUrl(url).network === 'other' ? readGenericPerson(doc, url) : result;
  } catch {
    return result;
  }
}

/**
 * Reads a LinkedIn or GitHub profile; any other address is `unsupported-page`. This is what the
 * popup's capture script runs on the user's click: it offers a schema.org Person elsewhere only
 * when the user asks (see `readGenericPerson`), and stays small without that reader.
 */
export function readNetworkProfile(doc: Document, url: string): CaptureResult {
  try {
    const page = classifyUrl(url);
    if (page.network === 'linkedin') {
      if (page.kind === 'profile') return finish(readLinkedIn(doc, page.slug, url));
      const reasons = {
        'sign-in': 'sign-in-wall',
        checkpoint: 'rate-limited',
        other: 'unsupported-page',
      } as const;
      return { ok: false, reason: reasons[page.kind] };
    }
    if (page.network === 'github' && page.kind === 'account')
      return finish(readGitHub(doc, page.login, page.profileUrl, url));
    return { ok: false, reason: 'unsupported-page' };
  } catch {
    return { ok: false, reason: 'unsupported-page' };
  }
}

/**
 * Reads a schema.org Person (JSON-LD or microdata) from any page, for when the user asks to
 * capture a page Askwell has no reader for. Same guarantees as `readProfile`.
 */
export function readGenericPerson(doc: Document, url: string): CaptureResult {
  try {
    return finish(readGeneric(doc, url));
  } catch {
    return { ok: false, reason: 'unsupported-page' };
  }
}
