/** Reads a LinkedIn profile's Experience and Education lists and its About text, in any layout. */

import { first, inChromeOrRail, outermost, queryAll, textOf } from '../dom';
import type { EducationEntry, ExperienceEntry } from '../types';
import { ABOUT, ABOUT_VOYAGER, EDUCATION_LAYOUTS, EXPERIENCE_LAYOUTS, type SectionLayout } from './selectors';

const MAX_ENTRIES = 50;

const EMPLOYMENT_TYPE =
  /^(full[- ]time|part[- ]time|self[- ]employed|freelance|contract|contractor|internship|apprenticeship|seasonal|permanent|temporary|volunteer|trainee)$/i;
const DURATION = /^(less than a year|(\d+\s*(yrs?|years?|mos?|months?)\s*)+)$/i;
const SKILLS_LINE = /^skills?:|\band \+\d+ skills?$/i;
const CURRENT = /\b(present|current|now|heute|aujourd|actualidad|actualmente|atual|presente|oggi)\b/i;

/** A date line: a year or "Present", short, not a sentence. */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && (/\b(19|20)\d{2}\b/.test(text) || CURRENT.test(text)) && !/[.!?]\s/.test(text);
}

/** "Feb 2022 - Present · 2 yrs 6 mos" and "2008 – Present (7 years)" become "Feb 2022 - Present". */
export function cleanDateRange(text: string): string | undefined {
  const range = (text.split(/\s+·\s+/)[0] ?? '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+(less than a year|(\d+\s*(yrs?|years?|mos?|months?)\s*)+)$/i, '')
    .trim();
  return range || undefined;
}

export function isCurrentRange(range: string | undefined): boolean {
  return !!range && CURRENT.test(range);
}

function looksLikeLocation(text: string): boolean {
  return text.length <= 80 && text.split(/\s+/).length <= 10 && !SKILLS_LINE.test(text) && !isDateLine(text);
}

/** The section a layout names: `#anchor` ids (2021-24) stand inside their <section>. */
export function findSection(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of queryAll(doc, selector)) {
      if (inChromeOrRail(el)) continue;
      if (selector.startsWith('#')) return el.closest('section') ?? el.parentElement;
      return el;
    }
  }
  return null;
}

/**
 * The text lines of an entry, in order: each line element read once, lines inside skipped
 * regions (descriptions, nested roles) left out, repeats dropped.
 */
function linesOf(entry: Element, layout: SectionLayout, exclude: readonly Element[] = []): string[] {
  const out: string[] = [];
  for (const line of queryAll(entry, layout.lines)) {
    if (exclude.some((x) => x.contains(line))) continue;
    const outer = line.parentElement?.closest(layout.lines);
    const skipped = layout.skip ? line.parentElement?.closest(layout.skip) : null;
    if ((outer && entry.contains(outer)) || (skipped && entry.contains(skipped))) continue;
    const text = textOf(line, { skip: layout.skip, skipButtons: true, maxChars: 400 });
    if (text && out[out.length - 1] !== text) out.push(text);
    if (out.length >= 12) break;
  }
  return out;
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
  for (const line of head) company ??= companyOfLine(line);
  const dateLine = di > 0 ? lines[di] : undefined;
  const location = rest[0] && looksLikeLocation(rest[0]) ? rest[0] : undefined;
  return { title, company, dateRange: dateLine ? cleanDateRange(dateLine) : undefined, location };
}

function readPositions(section: Element, layout: SectionLayout): ExperienceEntry[] {
  const out: ExperienceEntry[] = [];
  for (const entry of outermost(section, layout.entry, MAX_ENTRIES)) {
    const roles = layout.roles
      ? outermost(entry, layout.roles).filter((r) => r !== entry && linesOf(r, layout).some(isDateLine))
      : [];
    const own = linesOf(entry, layout, roles);
    if (roles.length === 0) {
      const p = positionFromLines(own);
      if (p) out.push(p);
      continue;
    }
    // Roles grouped under one company: the entry's own first line is the company.
    const groupLocation = own.slice(1).find((t) => looksLikeLocation(t) && companyOfLine(t) === t);
    for (const role of roles) {
      const p = positionFromLines(linesOf(role, layout), own[0]);
      if (p) out.push({ ...p, location: p.location ?? groupLocation });
    }
  }
  return out.slice(0, MAX_ENTRIES);
}

export function readExperience(doc: Document): ExperienceEntry[] {
  for (const layout of EXPERIENCE_LAYOUTS) {
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

export function readEducation(doc: Document): EducationEntry[] {
  for (const layout of EDUCATION_LAYOUTS) {
    const section = findSection(doc, layout.section);
    const list = section
      ? outermost(section, layout.entry, MAX_ENTRIES)
          .map((entry) => schoolFromLines(linesOf(entry, layout)))
          .filter((e): e is EducationEntry => !!e)
      : [];
    if (list.length > 0) return list;
  }
  return [];
}

/** The About text, with its line breaks; "…see more" buttons and the heading left out. */
export function readAbout(doc: Document): string | undefined {
  for (const selector of ABOUT) {
    // The 2022-24 "#about" anchor stands in the section; its text is the aria-hidden copy.
    const section = selector === '#about' ? findSection(doc, [selector]) : null;
    const el = section ? first(section, ABOUT_VOYAGER) : first(doc, [selector]);
    const text =
      el && !inChromeOrRail(el) ? textOf(el, { multiline: true, skipButtons: true, maxChars: 10_000 }) : '';
    if (text) return text;
  }
  return undefined;
}
