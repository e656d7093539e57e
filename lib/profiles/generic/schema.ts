/** Finds schema.org `Person` descriptions in a page, from JSON-LD blocks and from microdata. */
import {
  absoluteUrl,
  decodeEntities,
  isPlaceholderPhoto,
  normaliseLine,
  normaliseMultiline,
  textOf,
} from '../dom';

/** Any site: placeholders, and files named like default avatars, are not photos. */
function isDefaultPicture(url: string): boolean {
  return (
    isPlaceholderPhoto(url) ||
    /\/(ghost|default|placeholder|anonymous|no[-_]?(photo|avatar))[^/]*\.(png|jpe?g|gif|svg|webp)/i.test(url)
  );
}

/** A person as schema.org describes them, reduced to the fields Askwell keeps. */
export interface SchemaPerson {
  source: 'json-ld' | 'microdata';
  name?: string;
  jobTitle?: string;
  worksFor?: string;
  location?: string;
  description?: string;
  image?: string;
  /** The person's own page(s): `url`, `@id` (without a fragment), `sameAs`, `mainEntityOfPage`. */
  urls: string[];
  schools: string[];
  /** The Person is the main entity (or what it is `about`) of a web page: the page is about them. */
  isPageSubject: boolean;
  /**
   * The Person stands on its own (a top-level item, not someone's author, founder, performer or
   * friend): the only such person may be what the page is about.
   */
  standalone: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bounds for hostile pages: how many blocks, how big, how deep, how many nodes. */
const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 2_000_000;
const MAX_NODES = 5_000;

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function str(v: Json | undefined, base?: string): string | undefined {
  if (typeof v === 'string') {
    const s = normaliseLine(decodeEntities(v));
    return s || undefined;
  }
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = str(item, base);
      if (s) return s;
    }
    return undefined;
  }
  if (isObject(v)) return str(v.name ?? v['@value'] ?? v.text, base);
  return undefined;
}

function urlOf(v: Json | undefined, base: string): string | undefined {
  if (typeof v === 'string') return absoluteUrl(v, base);
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = urlOf(item, base);
      if (u) return u;
    }
    return undefined;
  }
  if (isObject(v)) return urlOf(v.contentUrl ?? v.url ?? v['@id'], base);
  return undefined;
}

function urlsOf(v: Json | undefined, base: string): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    const u =
      typeof item === 'string' ? absoluteUrl(item, base) : isObject(item) ? urlOf(item, base) : undefined;
    if (u) out.push(u);
  }
  return out;
}

function placeOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return placeOf(v[0]);
  if (!isObject(v)) return undefined;
  if (v.address !== undefined) return placeOf(v.address);
  const locality = str(v.addressLocality);
  const parts = [locality, str(v.addressRegion), str(v.addressCountry)].filter(
    (p): p is string => !!p && !(locality && p !== locality && locality.includes(p)),
  );
  // LinkedIn puts the whole "City, Region, Country" in addressLocality and a country code after.
  if (locality && parts.length > 1 && /^[A-Z]{2}$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.length ? parts.join(', ') : str(v.name);
}

function personFromJson(
  o: JsonObject,
  base: string,
  isPageSubject: boolean,
  standalone: boolean,
): SchemaPerson {
  const given = str(o.givenName);
  const family = str(o.familyName);
  const name = str(o.name) ?? ([given, family].filter(Boolean).join(' ') || undefined);
  const worksForList = Array.isArray(o.worksFor) ? o.worksFor : [o.worksFor];
  const alumni = Array.isArray(o.alumniOf) ? o.alumniOf : [o.alumniOf];
  const schools = alumni
    .filter(
      (a): a is JsonObject => isObject(a) && typesOf(a).some((t) => /Educational|School|College/i.test(t)),
    )
    .map((a) => str(a.name))
    .filter((s): s is string => !!s);
  // Cut before tidying: a snapshot keeps 10,000 characters at most.
  const description =
    typeof o.description === 'string'
      ? normaliseMultiline(decodeEntities(o.description.slice(0, 20_000)))
      : undefined;
  const image = urlOf(o.image, base);
  return {
    source: 'json-ld',
    name,
    jobTitle: str(o.jobTitle) ?? str(o.hasOccupation),
    worksFor: str(worksForList[0]),
    location: placeOf(o.address) ?? placeOf(o.homeLocation) ?? placeOf(o.workLocation),
    description: description || undefined,
    image: image && !isDefaultPicture(image) ? image : undefined,
    urls: [
      ...urlsOf(o.url, base),
      // An @id with a fragment names a node ("/2024/bread/#author"), it is not the person's page.
      ...urlsOf(o['@id'], base).filter((u) => !u.includes('#')),
      ...urlsOf(o.mainEntityOfPage, base),
      ...urlsOf(o.sameAs, base),
    ],
    schools,
    isPageSubject,
    standalone,
  };
}

/** Web pages (`WebPage`, `ProfilePage`, `AboutPage`...) whose `mainEntity` or `about` is their subject. */
const PAGE_TYPE = /Page$/;
const SUBJECT_KEY = /^(mainEntity|about)$/;

/**
 * The wrappers some sites still put around JSON-LD, as around old scripts: `<!-- -->`,
 * `//<![CDATA[ //]]>`, `/*<![CDATA[*\/ /*]]>*\/`.
 */
const WRAPPER = /^\s*(\/[/*])?\s*(<!--|<!\[CDATA\[)(\s*\*\/)?|(\/[/*])?\s*(-->|\]\]>)(\s*\*\/)?\s*$/g;

interface Visit {
  v: Json;
  /** Reached as the `mainEntity` or `about` of a web page. */
  subject: boolean;
  /** A top-level item: a block, an item of a top-level list, or of a top-level `@graph`. */
  top: boolean;
  depth: number;
}

/**
 * Every Person in the page's JSON-LD, wherever it sits (@graph, arrays, mainEntity, author...),
 * with whether it is a page's subject or stands on its own. `@graph` nodes refer to each other by
 * `@id`: a reference from a page's `mainEntity` makes that Person the subject, and a reference
 * from anything else (an article's author, a site's publisher) means it does not stand alone.
 * Walked breadth first, so that a page's subject is found before thousands of comments' authors.
 */
export function jsonLdPersons(doc: Document, base: string): SchemaPerson[] {
  const out: { person: SchemaPerson; id?: string }[] = [];
  const subjectIds = new Set<string>();
  const referenced = new Set<string>();
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_BLOCKS);
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw.replace(WRAPPER, '')) as Json;
    } catch {
      continue;
    }
    const queue: Visit[] = [{ v: data, subject: false, top: true, depth: 0 }];
    for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
      const { v, subject, top, depth } = queue[i] as Visit;
      if (depth > 12) continue;
      if (Array.isArray(v)) {
        for (const item of v) queue.push({ v: item, subject, top, depth: depth + 1 });
        continue;
      }
      if (!isObject(v)) continue;
      const id = typeof v['@id'] === 'string' ? absoluteUrl(v['@id'], base) : undefined;
      if (id && !top) (subject ? subjectIds : referenced).add(id);
      const types = typesOf(v);
      if (types.includes('Person')) out.push({ person: personFromJson(v, base, subject, top), id });
      const isPage = types.some((t) => PAGE_TYPE.test(t));
      for (const [key, value] of Object.entries(v)) {
        if (typeof value !== 'object' || value === null) continue;
        queue.push({
          v: value,
          subject: isPage && SUBJECT_KEY.test(key),
          top: top && key === '@graph',
          depth: depth + 1,
        });
      }
    }
  }
  for (const { person, id } of out) {
    if (!id) continue;
    if (subjectIds.has(id)) person.isPageSubject = true;
    else if (referenced.has(id)) person.standalone = false;
  }
  return out.map((p) => p.person);
}

/** The `itemprop` elements that belong to this item scope, not to one nested in it. */
function ownProps(scope: Element, name: string): Element[] {
  return Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).filter(
    (el) => (el.parentElement?.closest('[itemscope]') ?? null) === scope,
  );
}

function propValue(el: Element, base: string): string | undefined {
  switch (el.localName) {
    case 'meta':
      return normaliseLine(el.getAttribute('content') ?? '') || undefined;
    case 'img':
    case 'source':
      return absoluteUrl(el.getAttribute('src'), base);
    case 'a':
    case 'link':
    case 'area':
      return absoluteUrl(el.getAttribute('href'), base);
    case 'time':
      return el.getAttribute('datetime') ?? (textOf(el) || undefined);
    default:
      if (el.hasAttribute('content')) return normaliseLine(el.getAttribute('content') ?? '') || undefined;
      return textOf(el) || undefined;
  }
}

function microText(scope: Element, name: string, base: string): string | undefined {
  for (const el of ownProps(scope, name)) {
    if (el.hasAttribute('itemscope')) {
      const inner = microText(el, 'name', base) ?? (textOf(el) || undefined);
      if (inner) return inner;
      continue;
    }
    const label = el.getAttribute('aria-label');
    const value = el.localName === 'a' || el.localName === 'link' ? textOf(el) : propValue(el, base);
    if (value) return value;
    if (label) return normaliseLine(label.replace(/^[^:]{1,40}:\s*/, '')) || undefined;
  }
  return undefined;
}

/** Every microdata Person (`itemtype=".../Person"`) in the page. */
export function microdataPersons(doc: Document, base: string): SchemaPerson[] {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).filter((el) =>
    (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => /schema\.org\/Person$/i.test(t)),
  );
  return scopes.slice(0, 50).map((scope) => {
    const parent = scope.parentElement?.closest('[itemscope]');
    const prop = scope.getAttribute('itemprop')?.trim();
    const given = microText(scope, 'givenName', base);
    const family = microText(scope, 'familyName', base);
    const image = ownProps(scope, 'image')
      .map((el) => (el.localName === 'img' ? absoluteUrl(el.getAttribute('src'), base) : propValue(el, base)))
      .find((u): u is string => !!u && !isDefaultPicture(u));
    const urls = [...ownProps(scope, 'url'), ...ownProps(scope, 'sameAs')]
      .map((el) => absoluteUrl(el.getAttribute('href') ?? el.getAttribute('content'), base))
      .filter((u): u is string => !!u);
    const address = ownProps(scope, 'address')[0] ?? ownProps(scope, 'homeLocation')[0];
    const location = address?.hasAttribute('itemscope')
      ? [
          microText(address, 'addressLocality', base),
          microText(address, 'addressRegion', base),
          microText(address, 'addressCountry', base),
        ]
          .filter(Boolean)
          .join(', ') || microText(address, 'name', base)
      : (microText(scope, 'address', base) ?? microText(scope, 'homeLocation', base));
    const description = ownProps(scope, 'description')[0] ?? ownProps(scope, 'disambiguatingDescription')[0];
    return {
      source: 'microdata' as const,
      name: microText(scope, 'name', base) ?? ([given, family].filter(Boolean).join(' ') || undefined),
      jobTitle: microText(scope, 'jobTitle', base),
      worksFor: microText(scope, 'worksFor', base) ?? microText(scope, 'affiliation', base),
      location: location || undefined,
      description: description ? textOf(description, { multiline: true }) || undefined : undefined,
      image,
      urls,
      schools: ownProps(scope, 'alumniOf')
        .map((el) => microText(el, 'name', base) ?? textOf(el))
        .filter((s): s is string => !!s),
      // A property of another item (an article's author, a person's colleague) is not on its own;
      // the `mainEntity` or `about` of a web page is what the page is about.
      isPageSubject:
        !!prop &&
        PAGE_TYPE.test(parent?.getAttribute('itemtype') ?? '') &&
        prop.split(/\s+/).some((p) => SUBJECT_KEY.test(p)),
      standalone: !parent || !prop,
    };
  });
}
