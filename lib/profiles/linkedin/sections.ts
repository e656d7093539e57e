/** Reads a LinkedIn profile's Experience and Education lists and its About text, in any layout. */

import { first, firstText, inChromeOrRail, outermost, queryAll, textOf } from '../dom';
import type { EducationEntry, ExperienceEntry } from '../types';
import { ABOUT, EDUCATION_LAYOUTS, EXPERIENCE_LAYOUTS, type SectionLayout } from './selectors';

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
  const lineSelector = layout.lines ?? 'p';
  const out: string[] = [];
  for (const line of queryAll(entry, lineSelector)) {
    if (exclude.some((x) => x.contains(line))) continue;
    const outer = line.parentElement?.closest(lineSelector);
    if (outer && entry.contains(outer)) continue;
    if (layout.skip) {
      const skipped = line.parentElement?.closest(layout.skip);
      if (skipped && entry.contains(skipped)) continue;
    }
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
function positionFromLines(lines: readonly string[]): ExperienceEntry | undefined {
  const title = lines[0];
  if (!title) return undefined;
  const di = lines.findIndex((t, i) => i > 0 && isDateLine(t));
  const head = di > 0 ? lines.slice(1, di) : lines.slice(1, 2);
  const rest = di > 0 ? lines.slice(di + 1) : lines.slice(2);
  let company: string | undefined;
  for (const line of head) company ??= companyOfLine(line);
  const dateLine = di > 0 ? lines[di] : undefined;
  const location = rest[0] && looksLikeLocation(rest[0]) ? rest[0] : undefined;
  return { title, company, dateRange: dateLine ? cleanDateRange(dateLine) : undefined, location };
}

const DATE_SKIP = '[class*="duration"], [class*="middot"], .visually-hidden';

function fieldText(root: Element, selectors: readonly string[] | undefined, skip?: string): string {
  return selectors ? firstText(root, selectors, { skipButtons: true, skip, maxChars: 400 }) : '';
}

function positionFromFields(
  el: Element,
  layout: SectionLayout,
  groupCompany?: string,
): ExperienceEntry | undefined {
  const title = fieldText(el, layout.title);
  if (!title) return undefined;
  const companyText = fieldText(el, layout.company);
  const company = (companyText && companyOfLine(companyText)) || groupCompany || undefined;
  const date = fieldText(el, layout.dateRange, DATE_SKIP);
  let location = fieldText(el, layout.location);
  for (const selector of location ? [] : (layout.meta ?? [])) {
    const meta = queryAll(el, selector).find((m) => !first(m, layout.dateRange ?? []));
    location = textOf(meta, { skipButtons: true, maxChars: 200 });
    if (location) break;
  }
  return {
    title,
    company,
    dateRange: date ? cleanDateRange(date) : undefined,
    location: location && looksLikeLocation(location) ? location : undefined,
  };
}

function readPositions(section: Element, layout: SectionLayout): ExperienceEntry[] {
  const out: ExperienceEntry[] = [];
  for (const entry of outermost(section, layout.entry, MAX_ENTRIES)) {
    const roles = layout.roles
      ? outermost(entry, layout.roles).filter(
          (r) => r !== entry && (!layout.lines || linesOf(r, layout).some(isDateLine)),
        )
      : [];
    if (layout.lines) {
      const own = linesOf(entry, layout, roles);
      if (roles.length === 0) {
        const p = positionFromLines(own);
        if (p) out.push(p);
        continue;
      }
      // Roles grouped under one company: the entry's own first line is the company.
      const company = own[0];
      const groupLocation = own.slice(1).find((t) => looksLikeLocation(t) && companyOfLine(t) === t);
      for (const role of roles) {
        const p = positionFromLines(linesOf(role, layout));
        // A role's second line is its employment type, never another company.
        if (p)
          out.push({
            title: p.title,
            company,
            dateRange: p.dateRange,
            location: p.location ?? groupLocation,
          });
      }
      continue;
    }
    if (roles.length === 0) {
      const p = positionFromFields(entry, layout);
      if (p) out.push(p);
      continue;
    }
    const company = fieldText(entry, layout.groupCompany) || undefined;
    for (const role of roles) {
      const p = positionFromFields(role, layout, company);
      if (p) out.push({ ...p, company: company ?? p.company });
    }
  }
  return out.slice(0, MAX_ENTRIES);
}

export function readExperience(doc: Document): ExperienceEntry[] {
  for (const layout of EXPERIENCE_LAYOUTS) {
    const section = findSection(doc, layout.section);
    if (!section) continue;
    const list = readPositions(section, layout);
    if (list.length > 0) return list;
  }
  return [];
}

function schoolFromLines(lines: readonly string[]): EducationEntry | undefined {
  const school = lines[0];
  if (!school) return undefined;
  const rest = lines.slice(1);
  const date = rest.find(isDateLine);
  const degree = rest.find((t) => t !== date && !/^(grade|activities and societies|skills?)\s*:/i.test(t));
  return {
    school,
    degree: degree && degree.length <= 200 ? degree : undefined,
    dateRange: date ? cleanDateRange(date) : undefined,
  };
}

function schoolFromFields(el: Element, layout: SectionLayout): EducationEntry | undefined {
  const school = fieldText(el, layout.title);
  if (!school) return undefined;
  // Degree and field of study are separate items in some layouts: join them as they read.
  let degree = '';
  for (const selector of layout.degree ?? []) {
    const parts = queryAll(el, selector)
      .map((d) => textOf(d, { skipButtons: true, maxChars: 200 }))
      .filter(Boolean);
    if (parts.length > 0) {
      degree = parts.join(', ');
      break;
    }
  }
  const date = fieldText(el, layout.dateRange, DATE_SKIP);
  return { school, degree: degree || undefined, dateRange: date ? cleanDateRange(date) : undefined };
}

export function readEducation(doc: Document): EducationEntry[] {
  for (const layout of EDUCATION_LAYOUTS) {
    const section = findSection(doc, layout.section);
    if (!section) continue;
    const out: EducationEntry[] = [];
    for (const entry of outermost(section, layout.entry, MAX_ENTRIES)) {
      const e = layout.lines ? schoolFromLines(linesOf(entry, layout)) : schoolFromFields(entry, layout);
      if (e) out.push(e);
    }
    if (out.length > 0) return out;
  }
  return [];
}

/** The About text, with its line breaks; "…see more" buttons and the heading left out. */
export function readAbout(doc: Document): string | undefined {
  const opts = { multiline: true, skipButtons: true, maxChars: 10_000 } as const;
  for (const selector of ABOUT.sdui) {
    const el = first(doc, [selector]);
    if (el && !inChromeOrRail(el)) {
      const text = textOf(el, opts);
      if (text) return text;
    }
  }
  const section = findSection(doc, ['#about']);
  if (section) {
    const text = firstText(section, ABOUT.voyagerText, opts);
    if (text) return text;
  }
  for (const selector of ABOUT.legacy) {
    const el = first(doc, [selector]);
    if (el && !inChromeOrRail(el)) {
      const text = textOf(el, opts);
      if (text) return text;
    }
  }
  return undefined;
}
