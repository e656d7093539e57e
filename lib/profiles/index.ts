/** Reads the one person a profile page is about, or says why it cannot. */
import { classifyUrl } from './detect';
import { readGenericPerson as readGeneric } from './generic';
import { readGitHub } from './github';
import { readLinkedIn } from './linkedin';
import type { CaptureResult, EducationEntry, ExperienceEntry, ProfileSnapshot } from './types';

export { canonicalProfileUrl, classifyUrl } from './detect';
export type * from './types';

/** Longest text kept per field: a hostile page cannot make a prospect record huge. */
const LIMITS = { short: 300, headline: 600, about: 10_000, url: 2_000, entries: 50 } as const;

function clip(text: string | undefined, max: number): string | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  if (!t) return undefined;
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** Drops empty optional fields so that a snapshot holds only what the page showed. */
function compact<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

function tidy(p: ProfileSnapshot): ProfileSnapshot | undefined {
  const fullName = clip(p.fullName, LIMITS.short);
  if (!fullName) return undefined;
  const experience: ExperienceEntry[] = [];
  for (const e of p.experience.slice(0, LIMITS.entries)) {
    const title = clip(e.title, LIMITS.short);
    if (!title) continue;
    experience.push(
      compact({
        title,
        company: clip(e.company, LIMITS.short),
        dateRange: clip(e.dateRange, LIMITS.short),
        location: clip(e.location, LIMITS.short),
      }),
    );
  }
  const education: EducationEntry[] = [];
  for (const e of p.education.slice(0, LIMITS.entries)) {
    const school = clip(e.school, LIMITS.short);
    if (!school) continue;
    education.push(
      compact({ school, degree: clip(e.degree, LIMITS.short), dateRange: clip(e.dateRange, LIMITS.short) }),
    );
  }
  return compact({
    network: p.network,
    profileUrl: p.profileUrl,
    fullName,
    headline: clip(p.headline, LIMITS.headline),
    title: clip(p.title, LIMITS.short),
    company: clip(p.company, LIMITS.short),
    location: clip(p.location, LIMITS.short),
    about: clip(p.about, LIMITS.about),
    photoUrl: clip(p.photoUrl, LIMITS.url),
    experience,
    education,
  });
}

function finish(result: CaptureResult): CaptureResult {
  if (!result.ok) return result;
  const profile = tidy(result.profile);
  return profile ? { ok: true, profile } : { ok: false, reason: 'not-rendered' };
}

/**
 * Reads the profile on a LinkedIn or GitHub page. Pure and read-only: it never changes the page,
 * never throws (an internal failure becomes `unsupported-page`), and works on any standards DOM.
 * Any other address is `unsupported-page`; `readGenericPerson` reads schema.org people there.
 */
export function readProfile(doc: Document, url: string): CaptureResult {
  try {
    const page = classifyUrl(url);
    if (page.network === 'linkedin') {
      if (page.kind === 'profile') return finish(readLinkedIn(doc, page.slug, url));
      if (page.kind === 'sign-in') return { ok: false, reason: 'sign-in-wall' };
      if (page.kind === 'checkpoint') return { ok: false, reason: 'rate-limited' };
      return { ok: false, reason: 'unsupported-page' };
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
