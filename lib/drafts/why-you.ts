/**
 * Lists the "why you" facts a user can pick from a captured profile (headline, current and past
 * roles, a career move, About sentences, education), each phrased about the person, without
 * adding a single word that is not on the profile except the fixed frame around it.
 */
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { splitSentences } from './text';
import type { WHY_YOU_SOURCES } from './types';

export type WhyYouSource = (typeof WHY_YOU_SOURCES)[number];

export interface WhyYouFact {
  /** Stable within one profile: `${source}:${n}`. */
  id: string;
  source: WhyYouSource;
  /** The profile's own words, for the picker. */
  label: string;
  /** The fact as a phrase about them, starting with "your" or "you", ready for a draft. */
  text: string;
  /** A shorter phrase for tight connection notes, when one exists without inventing anything. */
  short?: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// An entry is current when its date range is open-ended ("2021 - Present") or has no end.
const CURRENT = /\b(?:present|now|current|today|heute|aujourd'hui|actualidad|atual|oggi|heden)\b/i;

function roleText(title: string, company: string): string {
  return company ? `${title} at ${company}` : title;
}

/** Splits a headline into its parts ("Staff Engineer at Acme | Speaker | ex-Google"). */
function headlineSegments(headline: string): string[] {
  return headline
    .split(/\s*[|·•]\s*|\s+[-–—]\s+|\s+\/\s+/)
    .map(clean)
    .filter((s) => s.length >= 3);
}

export function listWhyYouFacts(profile: ProfileSnapshot): WhyYouFact[] {
  const facts: WhyYouFact[] = [];
  const add = (source: WhyYouSource, label: string, text: string, short?: string) => {
    if (facts.some((f) => same(f.text, text))) return;
    const n = facts.filter((f) => f.source === source).length;
    facts.push({ id: `${source}:${n}`, source, label, text, ...(short && short !== text ? { short } : {}) });
  };

  const experience = profile.experience
    .map((e) => ({ ...e, title: clean(e.title), company: clean(e.company) }))
    .filter((e) => e.title);
  const currentIndex = experience.findIndex((e) => !e.dateRange || CURRENT.test(e.dateRange));
  const current =
    clean(profile.title) !== ''
      ? { title: clean(profile.title), company: clean(profile.company), dateRange: undefined }
      : currentIndex >= 0
        ? experience[currentIndex]
        : undefined;

  if (current) {
    const role = roleText(current.title, current.company ?? '');
    add('current-role', role, `your work as ${role}`, `your work as ${current.title}`);
  }

  const headline = clean(profile.headline);
  for (const segment of headline ? headlineSegments(headline) : []) {
    const roleLike = /\s(?:at|@)\s/i.test(` ${segment} `);
    const text = roleLike
      ? `your work as ${segment.replace(/\s*@\s*/g, ' at ')}`
      : `you describe yourself as “${segment}”`;
    add('headline', segment, text);
  }

  // Past roles: everything that is not the current one, most recent first as profiles list them.
  const past = experience.filter(
    (e, i) =>
      i !== currentIndex &&
      !(current && same(e.title, current.title) && same(e.company, current.company ?? '')),
  );
  for (const e of past.slice(0, 4)) {
    const role = roleText(e.title, e.company);
    const label = e.dateRange ? `${role} (${clean(e.dateRange)})` : role;
    add('past-role', label, `your time as ${role}`, e.company ? `your time at ${e.company}` : undefined);
  }

  // A career move the person made, named from two roles on their own profile.
  const previous = past[0];
  if (current && previous && !same(previous.title, current.title)) {
    const from = roleText(previous.title, previous.company);
    const to = roleText(current.title, current.company ?? '');
    add(
      'career-move',
      `${from} → ${to}`,
      `your move from ${from} to ${to}`,
      `your move from ${previous.title} to ${current.title}`,
    );
  }

  const about = clean(profile.about);
  if (about) {
    for (const s of splitSentences(about).slice(0, 12)) {
      const words = s.text.split(/\s+/).length;
      if (words < 4 || words > 40) continue;
      // The sentence's own full stop goes: the draft's sentence around the quote ends it.
      add('about', s.text, `you write in your About section: “${s.text.replace(/[.!]+$/, '')}”`);
      if (facts.filter((f) => f.source === 'about').length >= 5) break;
    }
  }

  for (const e of profile.education) {
    const school = clean(e.school);
    if (!school) continue;
    const degree = clean(e.degree);
    const label = degree ? `${degree}, ${school}` : school;
    add(
      'education',
      label,
      degree ? `you studied ${degree} at ${school}` : `you studied at ${school}`,
      `you studied at ${school}`,
    );
  }

  return facts;
}

/** A fact the user typed, kept in their words (only trimmed, and "Your" lowered for mid-sentence use). */
export function typedWhyYouFact(text: string, n = 0): WhyYouFact {
  const t = clean(text).replace(/[.!;,\s]+$/, '');
  const lowered = /^(?:your|you)\b/i.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  return { id: `typed:${n}`, source: 'typed', label: clean(text), text: lowered };
}
