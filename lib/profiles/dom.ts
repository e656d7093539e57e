/** Reads text, links and photos from a page the way a person sees them: one copy, tidy whitespace. */

/** Elements whose text is never visible content. */
const SKIPPED_ELEMENTS = /^(script|style|noscript|template|svg|iframe|object|textarea|select|input|dialog)$/;

/**
 * Screen-reader copies: LinkedIn renders `<span aria-hidden="true">X</span><span
 * class="visually-hidden">X</span>`, so reading both doubles every text. The 2018 layout adds a
 * "dummy" ellipsis for its line clamp.
 */
const HIDDEN_COPY =
  /(^|\s)(visually-hidden|a11y-text|sr-only|screen-reader-text|lt-line-clamp__ellipsis--dummy)(\s|$)/;

/** Elements that break a line when rendered; the text walker separates their text. */
const BLOCK_ELEMENTS =
  /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/;

/** Edge characters that carry nothing once the text stands alone (zero-width, direction marks). */
const EDGE_INVISIBLES =
  /^[\s\u200b-\u200f\u2060\u202a-\u202e\ufeff]+|[\s\u200b-\u200f\u2060\u202a-\u202e\ufeff]+$/g;

export interface TextOptions {
  /** Keep line breaks (`<br>`, paragraphs) as `\n`; otherwise everything is one line. */
  multiline?: boolean;
  /** Leave out buttons ("…see more", "Follow"). */
  skipButtons?: boolean;
  /** Leave out any element matching this selector. */
  skip?: string;
  /** Stop after this many characters: a hostile page cannot make one field huge. */
  maxChars?: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Bounds the work of one read on a hostile page (deep or huge DOM). */
const MAX_NODES = 20_000;

/** True for elements hidden by markup alone (no layout is read: `readProfile` must stay fast). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.getAttribute('role') === 'dialog' || el.getAttribute('aria-modal') === 'true';
}

function collect(root: Element, opts: TextOptions, skipHiddenCopies: boolean): string {
  const max = opts.maxChars ?? 20_000;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  // Line breaks owed by block boundaries, written only before the next text (as innerText does:
  // a paragraph is set apart by a blank line, other blocks by a line break).
  let owed = 0;
  // An explicit stack: a deeply nested page must not overflow the call stack. Numbers are the
  // line breaks a block boundary asks for.
  const stack: (Node | number)[] = [root];
  while (stack.length > 0 && length < max && visited < MAX_NODES) {
    const item = stack.pop() as Node | number;
    if (typeof item === 'number') {
      owed = Math.max(owed, item);
      continue;
    }
    visited++;
    if (item.nodeType === TEXT_NODE) {
      // Line breaks in the source are formatting, not content: only <br> and blocks break lines.
      const value = (item.nodeValue ?? '').replace(/\s+/g, ' ');
      if (owed && value.trim()) {
        parts.push(opts.multiline ? '\n'.repeat(owed) : ' ');
        owed = 0;
      }
      parts.push(value);
      length += value.length;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    const tag = el.localName;
    if (tag === 'br') {
      parts.push(opts.multiline ? '\n' : ' ');
      continue;
    }
    if (el !== root) {
      if (SKIPPED_ELEMENTS.test(tag) || isHiddenByMarkup(el)) continue;
      if (skipHiddenCopies && HIDDEN_COPY.test(el.getAttribute('class') ?? '')) continue;
      if (opts.skipButtons && (tag === 'button' || el.getAttribute('role') === 'button')) continue;
      if (opts.skip && el.matches(opts.skip)) continue;
    }
    const breaks = BLOCK_ELEMENTS.test(tag) ? (tag === 'p' ? 2 : 1) : 0;
    if (breaks) stack.push(breaks);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (breaks) stack.push(breaks);
  }
  return parts.join('');
}

/** One line: runs of whitespace become one space, invisible edge characters go. */
export function normaliseLine(text: string): string {
  return trimInvisible(text.replace(/\s+/g, ' '));
}

/** Trims, and drops invisible edge characters, testing first: most texts have none. */
function trimInvisible(text: string): string {
  const t = text.trim();
  return t.charCodeAt(0) > 0x2000 || t.charCodeAt(t.length - 1) > 0x2000 ? t.replace(EDGE_INVISIBLES, '') : t;
}

/** Several lines: each line tidied, at most one empty line in a row. */
export function normaliseMultiline(text: string): string {
  return trimInvisible(
    text
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n'),
  );
}

/**
 * The visible text of an element, read once: screen-reader copies are left out unless they are
 * the only copy. Never throws; an absent element reads as ''.
 */
export function textOf(el: Element | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  // Most lines are an element holding only text: read it directly, it is by far the commonest case.
  let raw = el.childElementCount === 0 ? (el.textContent ?? '') : collect(el, opts, true);
  if (!/\S/.test(raw)) raw = collect(el, opts, false);
  return (opts.multiline ? normaliseMultiline(raw) : normaliseLine(raw)).slice(0, opts.maxChars ?? 20_000);
}

/** The first element matching any selector, in the order given (the order is the preference). */
export function first(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const selector of selectors) {
    const el = queryFirst(root, selector);
    if (el) return el;
  }
  return null;
}

/**
 * querySelector that answers null instead of throwing: a selector one DOM implementation does not
 * support (happy-dom, an old browser) must not stop the whole read.
 */
export function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * The first element outside site chrome and side rails that matches. Cheap on large pages (a
 * document-wide query costs ~0.1 ms on a 1.2 MB page): a plain `#id` is looked up directly, other
 * selectors are tried in <main> first (where every profile layout since 2018 puts the profile),
 * and the whole document is searched only when that finds nothing usable.
 */
export function queryPage(doc: Document, selector: string): Element | undefined {
  const usable = (el: Element | null | undefined) => (el && !inChromeOrRail(el) ? el : undefined);
  const main = doc.getElementsByTagName('main')[0];
  const found = /^#[\w-]+$/.test(selector)
    ? usable(doc.getElementById(selector.slice(1)))
    : usable(main && queryFirst(main, selector));
  return found ?? queryAll(doc, selector).find((el) => !inChromeOrRail(el));
}

/** The addresses a page declares for itself: its canonical link and its og:url. */
export function declaredUrls(doc: Document): (string | null | undefined)[] {
  return [
    first(doc, ['link[rel="canonical"]'])?.getAttribute('href'),
    first(doc, ['meta[property="og:url"]'])?.getAttribute('content'),
  ];
}

/** Element.matches that answers false instead of throwing on a selector the DOM cannot parse. */
export function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first non-empty text among the selectors. */
export function firstText(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  opts: TextOptions = {},
): string {
  if (!root) return '';
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = textOf(el, opts);
      if (text) return text;
    }
  }
  return '';
}

/** Elements matching `selector` that are not inside another match (the outermost ones). */
export function outermost(root: ParentNode, selector: string, limit = 200): Element[] {
  const out: Element[] = [];
  let all: NodeListOf<Element>;
  try {
    all = root.querySelectorAll(selector);
  } catch {
    return out;
  }
  // Iterated as the live list it is: copying every match first costs more than the check.
  for (let i = 0; i < all.length && out.length < limit; i++) {
    const el = all[i] as Element;
    if (!out[out.length - 1]?.contains(el)) out.push(el);
  }
  return out;
}

/** Removes the "(3) " unread-notifications prefix LinkedIn and others put in front of titles. */
export function withoutCountPrefix(title: string): string {
  return title.replace(/^\s*\(\d+\+?\)\s*/, '');
}

/** Resolves `href` against the page; only http(s) URLs are kept. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Placeholder pictures are not photos: data: pixels, LinkedIn's static "ghost" silhouettes, and
 * images the page itself marks as ghosts. (Default-looking file names: see `isDefaultPicture`.)
 */
export function isPlaceholderPhoto(url: string, el?: Element | null): boolean {
  return (
    /^data:|^https?:\/\/static(-exp\d)?\.licdn\.com\/(aero-v1\/)?sc/.test(url) ||
    (!!el &&
      (el.getAttribute('data-ghost-url') === url || /(^|\s|-)ghost/.test(el.getAttribute('class') ?? '')))
  );
}

/** The photo URL an element shows: an <img> (lazy-loaded or not), or a CSS background image. */
export function photoOf(el: Element | null | undefined, base: string): string | undefined {
  if (!el) return undefined;
  let raw: string | null | undefined;
  if (el.localName === 'img') {
    raw = el.getAttribute('src');
    if (!raw || raw.startsWith('data:')) raw = el.getAttribute('data-delayed-url') ?? raw;
  } else {
    raw = /background-image\s*:\s*url\(\s*["']?([^"')]+)/i.exec(el.getAttribute('style') ?? '')?.[1];
  }
  const url = absoluteUrl(raw, base);
  return url && !isPlaceholderPhoto(url, el) ? url : undefined;
}

/** True when the element sits in site chrome (navigation, header) or a side rail. */
export function inChromeOrRail(el: Element): boolean {
  return (
    el.closest(
      'nav, aside, header, [role="navigation"], [role="banner"], [role="complementary"], #global-nav, .global-nav',
    ) !== null
  );
}

/** Decodes the few HTML entities structured data sometimes carries double-escaped. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27|#34|nbsp);/g, (_m, name: string) => {
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
      case '#34':
        return '"';
      case 'nbsp':
        return ' ';
      default:
        return "'";
    }
  });
}

/**
 * Throttling and missing-page wording, in the interface languages LinkedIn and GitHub serve
 * most, and the status codes such pages print in any language (429, LinkedIn's 999; 404).
 */
const RATE_LIMITED =
  /too many requests|rate limit|unusual activity|try again later|\b(429|999)\b|trop(pe)? (de|ri)|zu viele|demasiad|muitas/i;
const NOT_FOUND =
  /\b404\b|not found|(doesn[’']t|n[’']|no |não )exist|existiert nicht|non esiste|bestaat niet|(un|not )available|introuvable|gefunden|encontrad|trovat/i;

/**
 * Why a page that shows no profile failed, from its wording: the title and first headings, else
 * (`body`) the start of its text. Undefined when the wording says neither.
 */
export function failureOfText(doc: Document, body?: boolean): 'rate-limited' | 'not-found' | undefined {
  const text = body
    ? textOf(doc.body, { maxChars: 400 })
    : [
        doc.title,
        ...queryAll(doc, 'h1, h2')
          .slice(0, 4)
          .map((h) => textOf(h, { maxChars: 300 })),
      ].join(' | ');
  return RATE_LIMITED.test(text) ? 'rate-limited' : NOT_FOUND.test(text) ? 'not-found' : undefined;
}
