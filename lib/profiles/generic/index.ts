/**
 * Reads a schema.org Person (JSON-LD or microdata) from any page: a personal site, a conference
 * speaker page. The popup offers this only when the user asks, so it is a separate entry point.
 */

import { canonicalPageUrl } from '../detect';
import type { CaptureResult, ProfileSnapshot } from '../types';
import { jsonLdPersons, microdataPersons, type SchemaPerson } from './schema';

/** Addresses compared without scheme, "www.", trailing slash or index page, query or fragment. */
function sameAddress(a: string, b: string): boolean {
  const key = (u: string) => {
    try {
      const x = new URL(u);
      return `${x.hostname.replace(/^www\./, '')}${x.pathname.replace(/(\/index\.html?)?\/*$/i, '')}`.toLowerCase();
    } catch {
      return u;
    }
  };
  return key(a) === key(b);
}

const nameKey = (p: SchemaPerson) => (p.name ?? '').toLowerCase();

/** Fills the gaps of one description of a person with another description of the same person. */
function merge(a: SchemaPerson, b: SchemaPerson): SchemaPerson {
  return {
    source: a.source,
    name: a.name ?? b.name,
    jobTitle: a.jobTitle ?? b.jobTitle,
    worksFor: a.worksFor ?? b.worksFor,
    location: a.location ?? b.location,
    description: a.description ?? b.description,
    image: a.image ?? b.image,
    urls: [...a.urls, ...b.urls],
    schools: a.schools.length ? a.schools : b.schools,
    isPageSubject: a.isPageSubject || b.isPageSubject,
    standalone: a.standalone || b.standalone,
  };
}

/**
 * The person the page is about: the Person whose own address is this page, or the main entity of
 * a web page, or the only person standing on their own. A page listing several people without
 * saying which one it is about is not a profile, and neither is a page that names a person only
 * as someone's author, founder or performer (an article, a company, an event).
 */
export function pickPerson(persons: readonly SchemaPerson[], url: string): SchemaPerson | undefined {
  const named = persons.filter((p) => p.name);
  const tied =
    named.find((p) => p.urls.some((u) => sameAddress(u, url))) ?? named.find((p) => p.isPageSubject);
  const alone = named.filter((p) => p.standalone);
  const chosen = tied ?? (new Set(alone.map(nameKey)).size === 1 ? alone[0] : undefined);
  if (!chosen) return undefined;
  // The same person is often described twice (JSON-LD and microdata): combine what each knows.
  return named.filter((p) => p !== chosen && nameKey(p) === nameKey(chosen)).reduce(merge, chosen);
}

export function readGenericPerson(doc: Document, url: string): CaptureResult {
  try {
    const profileUrl = canonicalPageUrl(url);
    if (!profileUrl) return { ok: false, reason: 'unsupported-page' };
    const person = pickPerson([...jsonLdPersons(doc, url), ...microdataPersons(doc, url)], url);
    if (!person?.name) return { ok: false, reason: 'unsupported-page' };
    const description = person.description;
    const shortDescription =
      description && !description.includes('\n') && description.length <= 160 ? description : undefined;
    const profile: ProfileSnapshot = {
      network: 'generic',
      profileUrl,
      fullName: person.name,
      headline: person.jobTitle ?? shortDescription,
      title: person.jobTitle,
      company: person.worksFor,
      location: person.location,
      about: description,
      photoUrl: person.image,
      experience:
        person.jobTitle || person.worksFor
          ? [{ title: person.jobTitle ?? '', company: person.worksFor }]
          : [],
      education: person.schools.map((school) => ({ school })),
    };
    if (!profile.experience[0]?.title) profile.experience = [];
    return { ok: true, profile };
  } catch {
    return { ok: false, reason: 'unsupported-page' };
  }
}
