/** Reads a LinkedIn profile's Experience and Education lists and its About text, in any layout. */

import { first, outermost, queryAll, queryPage, textOf } from '../dom';
import type { EducationEntry, ExperienceEntry } from '../types';
import { ABOUT, EDUCATION_LAYOUTS, type Era, EXPERIENCE_LAYOUTS, type SectionLayout } from './selectors';

const MAX_ENTRIES = 50;

const EMPLOYMENT_TYPE =
  /^((full|part)[- ]time|self[- ]employed|freelance|contract(or)?|internship|apprenticeship|seasonal|permanent|temporary|volunteer|trainee)$/i;
const DURATION = /^(less than a year|(\d+\s*(yrs?|years?|mos?|months?)\s*)+)$/i;
const SKILLS_LINE = /^skills?:|\band \+\d+ skills?$/i;

/**
 * A date line: short, with a year (every range LinkedIn shows has one), not two sentences (an
 * abbreviated month is no sentence: "févr. 2022", "мар. 2020 г."). "Present" alone is no date:
 * "Current Health · Full-time" and "Now Labs" are company lines.
 */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && /\b(19|20)\d{2}\b/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** "Feb 2022 - Present · 2 yrs 6 mos" and "2008 – Present (7 years)" become "Feb 2022 - Present". */
export function cleanDateRange(text: string): string | undefined {
  const range = (text.split(/\s+·\s+/)[0] ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();
  return range || undefined;
}

/**
 * A range that ends with no date is current, in whatever language the page is: "Feb 2022 -
 * Present", "févr. 2022 - aujourd’hui", "jan. 2020–heden", "2021年4月 - 現在".
 */
export function isCurrentRange(range: string | undefined): boolean {
  return !!range && /\d[^-–—\d]*[-–—]\D*$/.test(range);
}

function looksLikeLocation(text: string): boolean {
  return text.length <= 80 && text.split(/\s+/).length <= 10 && !SKILLS_LINE.test(text) && !isDateLine(text);
}

/** The section a layout names: `#anchor` ids (2021-24) stand inside their <section>. */
export function findSection(doc: Document, selector: string): Element | null {
  const el = queryPage(doc, selector);
  if (!el) return null;
  return selector.startsWith('#') ? (el.closest('section') ?? el.parentElement) : el;
}

/** The layouts of the given era first: a page is read with few document-wide queries. */
export function eraFirst<T extends { era: Era }>(layouts: readonly T[], era?: Era): T[] {
  return [...layouts.filter((l) => l.era === era), ...layouts.filter((l) => l.era !== era)];
}

/** The text lines of one entry: its own, and those of each role grouped in it. */
interface EntryLines {
  own: string[];
  roles: string[][];
}

/**
 * Every entry's text lines, in order, read with four queries for the whole section (entries,
 * roles, skipped regions, lines): per-entry queries cost too much on a big page. A line belongs to
 * the nearest role or entry above it, unless a skipped region (description, media, screen-reader
 * label) comes first. A "role" without a date line is not a role: its lines are the entry's.
 */
function entriesOf(section: Element, layout: SectionLayout): EntryLines[] {
  // Where roles are entries nested in an entry (2022-24), one query finds both. In document
  // order, an element nested in an entry comes right after it: one pass sorts them.
  const entries: Element[] = [];
  const nested: Element[] = [];
  for (const el of queryAll(section, layout.entry)) {
    if (entries[entries.length - 1]?.contains(el)) nested.push(el);
    else if (entries.length < MAX_ENTRIES) entries.push(el);
  }
  const entrySet = new Set(entries);
  const roles: Element[] = [];
  if (layout.roles === layout.entry) {
    for (const el of nested) if (!roles[roles.length - 1]?.contains(el)) roles.push(el);
  } else if (layout.roles) roles.push(...outermost(section, layout.roles));
  const roleSet = new Set(roles.filter((r) => !entrySet.has(r)));
  const skipSet = new Set(layout.skip ? queryAll(section, layout.skip) : []);
  const found = new Map<Element, { role?: Element; text: string }[]>(entries.map((e) => [e, []]));
  for (const line of outermost(section, layout.lines)) {
    let role: Element | undefined;
    let up: Element | null = line;
    for (; up && up !== section && !entrySet.has(up); up = up.parentElement) {
      if (roleSet.has(up)) role ??= up;
      else if (!role && skipSet.has(up)) break;
    }
    const lines = up ? found.get(up) : undefined;
    const text =
      lines && lines.length < 40 ? textOf(line, { skip: layout.skip, skipButtons: true, maxChars: 400 }) : '';
    if (text && lines) lines.push({ role, text });
  }
  return entries.map((entry) => {
    const lines = found.get(entry) ?? [];
    const roles = [...new Set(lines.map((l) => l.role))].filter(
      (r): r is Element => !!r && lines.some((l) => l.role === r && isDateLine(l.text)),
    );
    const dedupe = (texts: string[]) => texts.filter((t, i) => t !== texts[i - 1]).slice(0, 12);
    return {
      own: dedupe(lines.filter((l) => !l.role || !roles.includes(l.role)).map((l) => l.text)),
      roles: roles.map((r) => dedupe(lines.filter((l) => l.role === r).map((l) => l.text))),
    };
  });
}

/** "Company · Full-time" gives the company; "Full-time", "Full-time · 5 yrs 3 mos" give none. */
function companyOfLine(line: string): string | undefined {
  if (isDateLine(line)) return undefined;
  const parts = line.split(/\s+·\s+/).filter((p) => !EMPLOYMENT_TYPE.test(p) && !DURATION.test(p));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** One role from its lines: title, company line, date line, then location. */
function positionFromLines(lines: readonly string[], groupCompany?: string): ExperienceEntry | undefined {
  const title = lines[0];
  if (!title) return undefined;
  const di = lines.findIndex((t, i) => i > 0 && isDateLine(t));
  const head = di > 0 ? lines.slice(1, di) : lines.slice(1, 2);
  const rest = di > 0 ? lines.slice(di + 1) : lines.slice(2);
  let company = groupCompany;
  // "Company · Full-time": the company comes first, the employment type in any language after it.
  for (const line of head) company ??= companyOfLine(line)?.split(' · ')[0];
  // A career break ("Career Break" above or below its kind, "Caregiving") is no employer.
  if ([title, ...head].some((t) => /^career break/i.test(t))) company = undefined;
  const dateLine = di > 0 ? lines[di] : undefined;
  const location = rest[0] && looksLikeLocation(rest[0]) ? rest[0] : undefined;
  return { title, company, dateRange: dateLine ? cleanDateRange(dateLine) : undefined, location };
}

function readPositions(section: Element, layout: SectionLayout): ExperienceEntry[] {
  const out: ExperienceEntry[] = [];
  for (const { own, roles } of entriesOf(section, layout)) {
    if (roles.length === 0) {
      const p = positionFromLines(own);
      if (p) out.push(p);
      continue;
    }
    // Roles grouped under one company: the entry's own first line is the company, and a place
    // line of its own is the roles' place (never the "Full-time · 6 yrs" line, in any language:
    // a place has no digits).
    const groupLocation = own
      .slice(1)
      .find((t) => looksLikeLocation(t) && companyOfLine(t) === t && !/\d/.test(t));
    for (const lines of roles) {
      const p = positionFromLines(lines, own[0]);
      if (p) out.push({ ...p, location: p.location ?? groupLocation });
    }
  }
  return out.slice(0, MAX_ENTRIES);
}

export function readExperience(doc: Document, era?: Era): ExperienceEntry[] {
  for (const layout of eraFirst(EXPERIENCE_LAYOUTS, era)) {
    const section = findSection(doc, layout.section);
    const list = section ? readPositions(section, layout) : [];
    if (list.length > 0) return list;
  }
  return [];
}

/** One school from its lines: school, degree and field (joined as they read), dates. */
function schoolFromLines([school, ...rest]: readonly string[]): EducationEntry | undefined {
  if (!school) return undefined;
  const date = rest.find(isDateLine);
  const degree = rest
    .slice(0, date ? rest.indexOf(date) : 2)
    .filter((t) => !/^(grade|activities and societies|skills?)\s*:/i.test(t))
    .join(', ');
  return { school, degree: degree || undefined, dateRange: date ? cleanDateRange(date) : undefined };
}

export function readEducation(doc: Document, era?: Era): EducationEntry[] {
  for (const layout of eraFirst(EDUCATION_LAYOUTS, era)) {
    const section = findSection(doc, layout.section);
    const list = section
      ? entriesOf(section, layout)
          .map(({ own }) => schoolFromLines(own))
          .filter((e): e is EducationEntry => !!e)
      : [];
    if (list.length > 0) return list;
  }
  return [];
}

/** The About text, with its line breaks; "…see more" buttons and the heading left out. */
export function readAbout(doc: Document, era?: Era): string | undefined {
  for (const layout of eraFirst(ABOUT, era)) {
    const el = first(findSection(doc, layout.section), [layout.text]);
    const text = textOf(el, { multiline: true, skipButtons: true, maxChars: 10_000 });
    if (text) return text;
  }
  return undefined;
}
