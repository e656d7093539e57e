/**
 * Reads the one member a LinkedIn profile page is about, in every layout since 2015, or says why
 * it cannot. The name only ever comes from the top card tied to the address's member (or from
 * structured data naming that member); a top card showing someone else is a `mismatch`.
 */

import { linkedInProfileUrl, normaliseLinkedInSlug } from '../detect';
import { first, firstText, inChromeOrRail, normaliseLine, photoOf, queryAll, textOf } from '../dom';
import { jsonLdPersons, type SchemaPerson } from '../generic/schema';
import type { CaptureResult, ExperienceEntry, ProfileSnapshot } from '../types';
import { isCurrentRange, readAbout, readEducation, readExperience } from './sections';
import { EMBEDDED_DATA, SELF_LINK_SUFFIX, TOP_CARD_LAYOUTS, type TopCardLayout } from './selectors';
import { linkedInFailure } from './status';

interface TopCard {
  layout: TopCardLayout;
  card: Element;
  nameEl: Element;
  name: string;
}

/** A member id slug (`/in/ACoAA...`): LinkedIn's opaque form, not comparable with a vanity name. */
const MEMBER_ID_SLUG = /^acoa[a-z0-9_-]{16,}$/i;

/** A plausible display name: not empty, not a paragraph, has a letter or a symbol. */
function plausibleName(text: string): boolean {
  return text.length > 0 && text.length <= 150 && /[\p{L}\p{N}\p{So}]/u.test(text);
}

function cardCandidates(doc: Document, layout: TopCardLayout): Element[] {
  const out: Element[] = [];
  for (const selector of layout.card) out.push(...queryAll(doc, selector).slice(0, 10));
  for (const selector of layout.cardAnchors ?? []) {
    const section = queryAll(doc, selector)[0]?.closest('section');
    if (section) out.push(section);
  }
  return out;
}

function findTopCard(doc: Document): TopCard | undefined {
  for (const layout of TOP_CARD_LAYOUTS) {
    for (const card of cardCandidates(doc, layout)) {
      if (inChromeOrRail(card)) continue;
      for (const nameSelector of layout.name) {
        const nameEl = queryAll(card, nameSelector).find((el) => !inChromeOrRail(el));
        if (!nameEl) continue;
        const name = textOf(nameEl, { skipButtons: true, maxChars: 300 });
        if (plausibleName(name)) return { layout, card, nameEl, name };
      }
    }
  }
  return undefined;
}

/** The member slug and what follows it, for a link to a LinkedIn profile; else undefined. */
function profileLink(href: string | null): { slug: string; rest: string } | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const m = /^\/(?:mwlite\/)?in\/([^/]+)\/?(.*)$/i.exec(u.pathname);
  if (!m?.[1]) return undefined;
  const slug = normaliseLinkedInSlug(m[1]);
  return slug ? { slug, rest: m[2] ?? '' } : undefined;
}

type Identity = { verdict: 'same' | 'other' | 'unknown'; vanity?: string };

/**
 * Whether the top card is the address's member. Evidence, strongest first: the link around the
 * name; the card's own links (about-this-profile, contact info, activity); the page's canonical
 * address and JSON-LD; the profile's own links in the main column. Opaque member-id slugs are
 * not evidence either way.
 */
function identify(doc: Document, top: TopCard, slug: string, persons: readonly SchemaPerson[]): Identity {
  const urlIsMemberId = MEMBER_ID_SLUG.test(decodeURIComponent(slug));
  const decide = (slugs: Iterable<string>): Identity | undefined => {
    const list = [...slugs].filter((s) => !MEMBER_ID_SLUG.test(decodeURIComponent(s)));
    if (list.length === 0) return undefined;
    if (urlIsMemberId) return { verdict: 'unknown', vanity: list[0] };
    return { verdict: list.includes(slug) ? 'same' : 'other' };
  };

  const nameLink = top.nameEl.closest('a[href]');
  if (nameLink && top.card.contains(nameLink)) {
    const link = profileLink(nameLink.getAttribute('href'));
    const verdict = link && decide([link.slug]);
    if (verdict) return verdict;
  }

  const own = new Set<string>();
  for (const a of queryAll(top.card, 'a[href*="/in/"]')) {
    const link = profileLink(a.getAttribute('href'));
    if (link && (SELF_LINK_SUFFIX.test(link.rest) || a.contains(top.nameEl))) own.add(link.slug);
  }
  const fromCard = decide(own);
  if (fromCard) return fromCard;

  const page = new Set<string>();
  for (const [selector, attr] of [
    ['link[rel="canonical"]', 'href'],
    ['meta[property="og:url"]', 'content'],
  ] as const) {
    const link = profileLink(first(doc, [selector])?.getAttribute(attr) ?? null);
    if (link) page.add(link.slug);
  }
  for (const p of persons) {
    for (const u of p.urls) {
      const link = profileLink(u);
      if (link) page.add(link.slug);
    }
  }
  const fromPage = decide(page);
  if (fromPage) return fromPage;

  const main = new Set<string>();
  for (const a of queryAll(
    doc,
    'main a[href*="/in/"], [role="main"] a[href*="/in/"], .core-rail a[href*="/in/"]',
  ).slice(0, 400)) {
    const link = profileLink(a.getAttribute('href'));
    if (link && SELF_LINK_SUFFIX.test(link.rest) && !inChromeOrRail(a)) main.add(link.slug);
  }
  return decide(main) ?? { verdict: 'unknown' };
}

/** Lines that are never a headline or a place: degree badges, pronouns, counts, controls. */
const NOISE = [
  /^[·•|]$/,
  /^[·•]?\s*(1st|2nd|3rd\+?|\d+(st|nd|rd|th))(\s+degree connection)?$/i,
  /degree connection$/i,
  /^\(?\s*(he|she|they|ze|xe|ey|it)\s*\/\s*[a-z]+(\s*\/\s*[a-z]+)?\s*\)?$/i,
  /^contact info$/i,
  /\b\d[\d,.]*[km]?\+?\s*(connections?|followers?)\b/i,
  /mutual connections?|^followed by\b/i,
  /^(open to|message|connect|follow|following|more|pending|premium|verified|view in sales navigator|talks about\b.*)$/i,
];
const isNoise = (t: string) => NOISE.some((re) => re.test(t));

const SCHOOL_WORDS = /universit|college|school|institut|academy|école|hochschule|polytechn|faculty|lyc[ée]e/i;

interface CardFacts {
  headline?: string;
  location?: string;
  /** "Company · School" as the 2025 top card shows it. */
  orgLine?: string;
}

/**
 * The 2025-26 server-driven card has bare <p> lines: the headline comes first after the name,
 * then "Company · School", then the location beside the "Contact info" link.
 */
function readStructuralCard(top: TopCard): CardFacts {
  const { card, nameEl } = top;
  const contact = first(card, ['a[href*="/overlay/contact-info"]', 'a[href*="contact-info"]']);
  const row = contact ? (contact.closest('p')?.parentElement ?? contact.parentElement) : null;
  const lines: { el: Element; text: string }[] = [];
  for (const p of queryAll(card, 'p')) {
    if (p.parentElement?.closest('p')) continue;
    // Only what follows the name: the card may open with a banner or the photo.
    if (p.contains(nameEl) || !(nameEl.compareDocumentPosition(p) & 4)) continue;
    const text = textOf(p, { skipButtons: true, maxChars: 400 });
    if (text && !isNoise(text)) lines.push({ el: p, text });
  }
  let location: string | undefined;
  if (row && card.contains(row))
    location = lines.find((l) => row.contains(l.el) && !l.el.contains(contact))?.text;
  const free = lines.filter(
    (l) => !row?.contains(l.el) && l.text !== location && l.text !== top.name,
  );
  return { headline: free[0]?.text, orgLine: free[1]?.text, location };
}

function companyFromCard(top: TopCard): string | undefined {
  for (const selector of top.layout.company) {
    for (const el of queryAll(top.card, selector)) {
      // The 2015 card lists previous companies too: only the "Current" row counts.
      const row = el.closest('tr');
      if (row && !/current/i.test(textOf(row.querySelector('th')))) continue;
      const label = el.getAttribute('aria-label') ?? '';
      const m = /^current company:\s*(.+?)\.?\s*(click to skip.*)?$/i.exec(label);
      if (m?.[1]) return normaliseLine(m[1]);
      const text = textOf(el, { skipButtons: el.localName !== 'button', maxChars: 300 }).replace(
        /[,;]\s*$/,
        '',
      );
      if (text) return text;
    }
  }
  return undefined;
}

function companyFromOrgLine(
  line: string | undefined,
  experience: readonly ExperienceEntry[],
  schools: readonly string[],
): string | undefined {
  if (!line) return undefined;
  const parts = line.split(/\s+[·•|]\s+/).filter(Boolean);
  const current = experience.find((e) => isCurrentRange(e.dateRange))?.company;
  if (current && parts.includes(current)) return current;
  const first = parts[0];
  if (!first || schools.includes(first)) return undefined;
  if (parts.length >= 2) return first;
  return SCHOOL_WORDS.test(first) ? undefined : first;
}

function locationFromContactRow(card: Element): string | undefined {
  const contact = first(card, ['#top-card-text-details-contact-info', 'a[href*="/overlay/contact-info"]']);
  const holder = contact?.parentElement;
  const row = holder?.parentElement;
  if (!holder || !row) return undefined;
  for (const sibling of Array.from(row.children)) {
    if (sibling === holder || sibling.contains(contact)) break;
    const text = textOf(sibling, { skipButtons: true, maxChars: 200 });
    if (text && !isNoise(text)) return text;
  }
  return undefined;
}

function photoOfCard(top: TopCard, url: string): string | undefined {
  const keep = (photo: string | undefined) =>
    photo && !/displaybackgroundimage/i.test(photo) ? photo : undefined;
  for (const selector of top.layout.photo) {
    const el = queryAll(top.card, selector).find((x) => !inChromeOrRail(x));
    if (el) return keep(photoOf(el, url));
  }
  const name = top.name.toLowerCase();
  const named = queryAll(top.card, 'img[alt], img[title]').find(
    (img) => normaliseLine(img.getAttribute('alt') ?? img.getAttribute('title') ?? '').toLowerCase() === name,
  );
  return keep(photoOf(named, url));
}

function personFor(persons: readonly SchemaPerson[], slug: string): SchemaPerson | undefined {
  return persons.find((p) => p.urls.some((u) => profileLink(u)?.slug === slug));
}

function fromTopCard(
  doc: Document,
  top: TopCard,
  slug: string,
  url: string,
  persons: readonly SchemaPerson[],
) {
  const person = personFor(persons, slug);
  const { layout, card } = top;
  const facts: CardFacts = layout.structural
    ? readStructuralCard(top)
    : {
        headline: firstText(card, layout.headline, { skipButtons: true, maxChars: 1000 }),
        location:
          firstText(card, layout.location, { skipButtons: true, maxChars: 300 }) ||
          locationFromContactRow(card),
      };
  const experience = readExperience(doc);
  const education = readEducation(doc);
  const current =
    experience.find((e) => isCurrentRange(e.dateRange)) ??
    (experience[0]?.dateRange ? undefined : experience[0]);
  const company =
    companyFromCard(top) ??
    companyFromOrgLine(
      facts.orgLine,
      experience,
      education.map((e) => e.school),
    ) ??
    current?.company ??
    person?.worksFor;
  const photoUrl = photoOfCard(top, url);
  const headline = facts.headline && facts.headline !== top.name ? facts.headline : undefined;
  return {
    fullName: top.name,
    headline,
    title: current?.title,
    company,
    location: (facts.location && !isNoise(facts.location) ? facts.location : undefined) ?? person?.location,
    about: readAbout(doc),
    photoUrl,
    experience,
    education,
  };
}

/** Member data the Ember app embeds in the page (2018-24), used only for the address's member. */
function fromEmbeddedData(doc: Document, slug: string): { fullName: string; headline?: string } | undefined {
  const wanted = decodeURIComponent(slug);
  const needle = `"publicIdentifier":"`;
  for (const code of queryAll(doc, EMBEDDED_DATA).slice(0, 80)) {
    const raw = code.textContent ?? '';
    if (raw.length > 4_000_000 || !raw.includes(needle)) continue;
    if (!raw.toLowerCase().includes(`${needle}${wanted}"`)) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const included = (data as { included?: unknown }).included;
    if (!Array.isArray(included)) continue;
    for (const item of included) {
      if (typeof item !== 'object' || item === null) continue;
      const o = item as Record<string, unknown>;
      if (typeof o.publicIdentifier !== 'string' || o.publicIdentifier.toLowerCase() !== wanted) continue;
      const fullName = normaliseLine(
        [o.firstName, o.lastName].filter((x) => typeof x === 'string').join(' '),
      );
      if (!plausibleName(fullName)) continue;
      const headline = typeof o.headline === 'string' ? normaliseLine(o.headline) : '';
      return { fullName, headline: headline || undefined };
    }
  }
  return undefined;
}

export function readLinkedIn(doc: Document, slug: string, url: string): CaptureResult {
  const persons = jsonLdPersons(doc, url);
  const top = findTopCard(doc);
  if (top) {
    const identity = identify(doc, top, slug, persons);
    if (identity.verdict === 'other') return { ok: false, reason: 'mismatch' };
    const profileUrl = linkedInProfileUrl(identity.vanity ?? slug);
    const fields = fromTopCard(doc, top, slug, url, persons);
    const profile: ProfileSnapshot = { network: 'linkedin', profileUrl, ...fields };
    return { ok: true, profile };
  }
  // No top card: structured data naming this member still identifies them.
  const person = personFor(persons, slug);
  if (person?.name && plausibleName(person.name)) {
    return {
      ok: true,
      profile: {
        network: 'linkedin',
        profileUrl: linkedInProfileUrl(slug),
        fullName: person.name,
        headline: undefined,
        title: person.jobTitle,
        company: person.worksFor,
        location: person.location,
        about: person.description,
        photoUrl: person.image,
        experience: readExperience(doc),
        education: readEducation(doc),
      },
    };
  }
  const failure = linkedInFailure(doc);
  if (failure) return { ok: false, reason: failure };
  const embedded = fromEmbeddedData(doc, slug);
  if (embedded) {
    return {
      ok: true,
      profile: {
        network: 'linkedin',
        profileUrl: linkedInProfileUrl(slug),
        fullName: embedded.fullName,
        headline: embedded.headline,
        experience: [],
        education: [],
      },
    };
  }
  return { ok: false, reason: 'not-rendered' };
}
