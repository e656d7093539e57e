/**
 * Reads the one member a LinkedIn profile page is about, in every layout since 2015, or says why
 * it cannot. The name only ever comes from the top card tied to the address's member (or from
 * JSON-LD naming that member); a top card showing someone else is a `mismatch`. The Ember app's
 * embedded API data is not read: it can describe the previously viewed member (see the
 * 2024-07 "spa-stale" page) and the 2025 layout no longer has it.
 */

import { linkedInProfileUrl, normaliseLinkedInSlug } from '../detect';
import {
  declaredUrls,
  first,
  firstText,
  inChromeOrRail,
  matches,
  normaliseLine,
  photoOf,
  queryAll,
  queryPage,
  textOf,
} from '../dom';
import type { CaptureResult, ExperienceEntry, ProfileSnapshot } from '../types';
import { isCurrentRange, readAbout, readEducation, readExperience } from './sections';
import { SELF_LINK_SUFFIX, TOP_CARD_LAYOUTS, type TopCardLayout } from './selectors';
import { linkedInFailure } from './status';

interface TopCard {
  layout: TopCardLayout;
  card: Element;
  nameEl: Element;
  name: string;
}

/** A member id slug (`/in/ACoAA...`): LinkedIn's opaque form, not comparable with a vanity name. */
const MEMBER_ID_SLUG = /^acoa[\w-]{16,}$/i;

/** A plausible display name: not empty, not a paragraph, has a letter, digit or symbol. */
const plausibleName = (text: string) => text.length <= 150 && /[\p{L}\p{N}\p{So}]/u.test(text);

/** Every layout's top card in one selector: one pass over the page finds whichever is there. */
const ANY_CARD = TOP_CARD_LAYOUTS.flatMap((l) => l.card).join(', ');

/** The card's layout and the member's name in it; `layout` when the card was found by its anchor. */
function readCard(card: Element | null | undefined, layout?: TopCardLayout): TopCard | undefined {
  if (!card || inChromeOrRail(card)) return undefined;
  for (const l of TOP_CARD_LAYOUTS) {
    if (layout ? l !== layout : !l.card.some((selector) => matches(card, selector))) continue;
    for (const selector of l.name) {
      const nameEl = queryAll(card, selector).find((el) => !inChromeOrRail(el));
      const name = textOf(nameEl, { skipButtons: true, maxChars: 300 });
      if (nameEl && plausibleName(name)) return { layout: l, card, nameEl, name };
    }
  }
  return undefined;
}

function findTopCard(doc: Document): TopCard | undefined {
  return (
    // The top card is near the start of the page: its first match is almost always the one.
    readCard(queryPage(doc, ANY_CARD)) ??
    queryAll(doc, ANY_CARD)
      .slice(0, 20)
      .map((card) => readCard(card))
      .find(Boolean) ??
    // Hashed-class layouts: the <section> around what only a top card holds.
    TOP_CARD_LAYOUTS.flatMap((layout) =>
      (layout.cardAnchors ?? []).map((anchor) =>
        readCard(queryPage(doc, anchor)?.closest('section'), layout),
      ),
    ).find(Boolean)
  );
}

/** The member slug and what follows it, for a link to a LinkedIn profile; else undefined. */
function profileLink(href: unknown): { slug: string; rest: string } | undefined {
  if (typeof href !== 'string' || !href) return undefined;
  try {
    const u = new URL(href, 'https://www.linkedin.com/');
    const m = /^\/(?:mwlite\/)?in\/([^/]+)\/?(.*)$/i.exec(u.pathname);
    const slug = m?.[1] && /(^|\.)linkedin\.com$/i.test(u.hostname) ? normaliseLinkedInSlug(m[1]) : undefined;
    return slug ? { slug, rest: m?.[2] ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

/** The Person of LinkedIn's public-page JSON-LD (2020-24): name, own address, employer, place. */
interface LdPerson {
  name?: string;
  slugs: string[];
  worksFor?: string;
  location?: string;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? normaliseLine(v) || undefined : Array.isArray(v) ? asText(v[0]) : undefined;

function ldPersons(doc: Document): LdPerson[] {
  const out: LdPerson[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]').slice(0, 10)) {
    try {
      // The parser visits every node, however deep (@graph, arrays, an article's author).
      JSON.parse(script.textContent ?? '', (_key, o: Record<string, unknown> | null) => {
        if (o && String(o['@type']).includes('Person')) {
          const employer = [o.worksFor].flat()[0] as Record<string, unknown> | undefined;
          const address = o.address as Record<string, unknown> | undefined;
          out.push({
            name: asText(o.name),
            slugs: [o.url, o['@id'], o.mainEntityOfPage]
              .flat()
              .map((u) => profileLink(u)?.slug)
              .filter((s): s is string => !!s),
            worksFor: asText(employer?.name),
            location: asText(address?.addressLocality),
          });
        }
        return o;
      });
    } catch {
      // Not JSON: the page's other blocks may still describe the member.
    }
  }
  return out;
}

type Identity = { verdict: 'same' | 'other' | 'unknown'; vanity?: string };

/**
 * Whether the top card is the address's member. Evidence, strongest first: the link around the
 * name; the card's own links (about-this-profile, contact info, activity); the page's canonical
 * address and JSON-LD; the profile's own links in the main column. Opaque member-id slugs are
 * evidence neither way, but a vanity name found beside one becomes the canonical address.
 */
function identify(doc: Document, top: TopCard, slug: string, persons: () => LdPerson[]): Identity {
  const urlIsMemberId = MEMBER_ID_SLUG.test(slug);
  const decide = (slugs: (string | undefined)[]): Identity | undefined => {
    const list = slugs.filter((s): s is string => !!s && !MEMBER_ID_SLUG.test(s));
    if (list.length === 0) return undefined;
    if (urlIsMemberId) return { verdict: 'unknown', vanity: list[0] };
    return { verdict: list.includes(slug) ? 'same' : 'other' };
  };
  const selfLinks = (root: ParentNode, limit: number, nameEl?: Element) =>
    queryAll(root, 'a[href*="/in/"]')
      .slice(0, limit)
      .map((a) => {
        const link = profileLink(a.getAttribute('href'));
        const own = link && (SELF_LINK_SUFFIX.test(link.rest) || (nameEl && a.contains(nameEl)));
        return own && !inChromeOrRail(a) ? link.slug : undefined;
      });
  const nameLink = top.nameEl.closest('a[href]');
  return (
    (nameLink && top.card.contains(nameLink)
      ? decide([profileLink(nameLink.getAttribute('href'))?.slug])
      : undefined) ??
    decide(selfLinks(top.card, 100, top.nameEl)) ??
    decide(declaredUrls(doc).map((u) => profileLink(u)?.slug)) ??
    decide(persons().flatMap((p) => p.slugs)) ??
    decide(selfLinks(doc.querySelector('main, [role="main"], .core-rail') ?? doc, 400)) ?? {
      verdict: 'unknown',
    }
  );
}

/**
 * Lines that are never a headline or a place: degree badges in any language ("· 2nd", "· 2e",
 * "· 2."), pronouns, counts, controls.
 */
const NOISE =
  /^([·•|].{0,12}|(1st|2nd|3rd\+?)|contact info|open to|follow(ing)?)$|degree connection|[\dkm]\+? ?(connections?|followers?)\b|mutual connection/i;

const SCHOOL_WORDS = /universit|college|school|institut|academy|école|hochschule|polytechn|faculty/i;

/**
 * Pronouns in any interface language ("She/Her", "(he/him)", "Elle/Elle", "Sie/Ihr",
 * "They/Them/Theirs"): a word of at most four letters, then short words, joined by slashes;
 * "CEO/CTO" (all capitals) and "Coach/Mentor" (a longer first word) are headlines.
 */
const PRONOUNS = /^\(?\p{L}\p{Ll}{0,3}(\s?\/\s?\p{L}\p{Ll}{0,5}){1,2}\)?$/u;

/**
 * The 2025-26 server-driven card has bare <p> lines: after the name come the headline, then
 * "Company · School", then the location beside the "Contact info" link. What follows that row
 * (an "Open to work" or "Providing services" box, counts) is neither headline nor employer.
 */
function readStructuralCard({ card, nameEl, name }: TopCard) {
  const contact = first(card, ['a[href*="contact-info"]']);
  const row = contact ? (contact.closest('p')?.parentElement ?? contact.parentElement) : null;
  let location: string | undefined;
  const free: string[] = [];
  for (const p of queryAll(card, 'p')) {
    // Only what follows the name: the card may open with a banner or the photo.
    if (p.parentElement?.closest('p') || !(nameEl.compareDocumentPosition(p) & 4) || p.contains(nameEl))
      continue;
    const text = textOf(p, { skipButtons: true, maxChars: 400 });
    if (!text || NOISE.test(text) || PRONOUNS.test(text) || text === name) continue;
    if (row?.contains(p)) location ??= p.contains(contact) ? undefined : text;
    else if (!row || row.compareDocumentPosition(p) & 2) free.push(text);
  }
  return { headline: free[0], orgLine: free[1], location };
}

function companyFromCard(top: TopCard): string | undefined {
  for (const selector of top.layout.company) {
    for (const el of queryAll(top.card, selector)) {
      // The 2015 card lists previous companies too: only the "Current" row counts.
      const row = el.closest('tr');
      if (row && !/current/i.test(textOf(row.querySelector('th')))) continue;
      const label = /^current company:\s*(.+?)\.?\s*(click to skip.*)?$/i.exec(
        el.getAttribute('aria-label') ?? '',
      );
      const text = label?.[1]
        ? normaliseLine(label[1])
        : textOf(el, { maxChars: 300 }).replace(/[,;]\s*$/, '');
      if (text) return text;
    }
  }
  return undefined;
}

const orgParts = (line: string | undefined) => line?.split(/\s+[·•|]\s+/) ?? [];

/** "Company · School" (2025): the part that is a current job, else the first if not a school. */
function companyFromOrgLine(
  line: string | undefined,
  experience: readonly ExperienceEntry[],
  schools: string[],
) {
  const parts = orgParts(line);
  const current = experience.find((e) => isCurrentRange(e.dateRange))?.company;
  if (current && parts.includes(current)) return current;
  const org = parts[0];
  if (!org || schools.includes(org) || (parts.length < 2 && SCHOOL_WORDS.test(org))) return undefined;
  return org;
}

/** The member's photo: the layout's photo element decides; else an image named after them. */
function photoOfCard(top: TopCard, url: string): string | undefined {
  const el =
    first(top.card, top.layout.photo) ??
    queryAll(top.card, 'img[alt]').find((img) => normaliseLine(img.getAttribute('alt') ?? '') === top.name);
  const photo = photoOf(el, url);
  return photo && !/displaybackgroundimage/i.test(photo) ? photo : undefined;
}

function fromTopCard(doc: Document, top: TopCard, url: string, person: () => LdPerson | undefined) {
  const { layout, card } = top;
  const facts = layout.structural
    ? readStructuralCard(top)
    : {
        headline: firstText(card, layout.headline, { skipButtons: true, maxChars: 1000 }),
        location: firstText(card, layout.location, { maxChars: 300 }),
        orgLine: undefined,
      };
  const experience = readExperience(doc, layout.era);
  const education = readEducation(doc, layout.era);
  const schools = education.map((e) => e.school);
  // No headline (2025): the first line is then "Company · School", every part a known employer
  // or school.
  if (
    layout.structural &&
    !facts.orgLine &&
    orgParts(facts.headline).every(
      (part) => schools.includes(part) || experience.some((e) => e.company === part),
    )
  )
    facts.orgLine = facts.headline;
  const currents = experience.filter((e) => isCurrentRange(e.dateRange));
  const company =
    companyFromCard(top) ??
    companyFromOrgLine(facts.orgLine, experience, schools) ??
    currents[0]?.company ??
    person()?.worksFor;
  const location = facts.location && !NOISE.test(facts.location) ? facts.location : undefined;
  return {
    fullName: top.name,
    headline: facts.headline !== top.name && facts.headline !== facts.orgLine ? facts.headline : undefined,
    // With several current roles, the one at the company the card shows: title and company agree.
    title: (currents.find((e) => e.company === company) ?? currents[0])?.title,
    company,
    location: location ?? person()?.location,
    about: readAbout(doc, layout.era),
    photoUrl: photoOfCard(top, url),
    experience,
    education,
  };
}

export function readLinkedIn(doc: Document, slug: string, url: string): CaptureResult {
  // JSON-LD is parsed only when needed: most pages are decided without it.
  let persons: LdPerson[] | undefined;
  const ld = () => (persons ??= ldPersons(doc));
  const person = () => ld().find((p) => p.slugs.includes(slug));
  const top = findTopCard(doc);
  if (top) {
    const identity = identify(doc, top, slug, ld);
    if (identity.verdict === 'other') return { ok: false, reason: 'mismatch' };
    const profileUrl = linkedInProfileUrl(identity.vanity ?? slug);
    return { ok: true, profile: { network: 'linkedin', profileUrl, ...fromTopCard(doc, top, url, person) } };
  }
  const described = person();
  if (described?.name && plausibleName(described.name)) {
    // No top card we know, but structured data names this member: a newer public layout.
    const profile: ProfileSnapshot = {
      network: 'linkedin',
      profileUrl: linkedInProfileUrl(slug),
      fullName: described.name,
      company: described.worksFor,
      location: described.location,
      experience: readExperience(doc),
      education: readEducation(doc),
    };
    return { ok: true, profile };
  }
  return { ok: false, reason: linkedInFailure(doc) ?? 'not-rendered' };
}
