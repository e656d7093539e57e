/**
 * Why a LinkedIn profile address shows no profile: a sign-in wall, a not-found page, throttling,
 * or an app shell that has not rendered yet. Consulted only when no top card was found.
 */

import { first, queryAll, textOf, withoutCountPrefix } from '../dom';
import type { CaptureFailure } from '../types';
import { STATUS } from './selectors';

const RATE_LIMIT_TEXT =
  /too many requests|rate limit|unusual activity|temporarily (restricted|limited|blocked)|try again later|reached the (weekly|commercial use) limit/i;
const NOT_FOUND_TEXT =
  /not found|page not found|doesn[’']t exist|does not exist|isn[’']t available|is not available|profile (is )?unavailable|could not be found/i;

function attr(doc: Document, selector: string, name: string): string {
  return first(doc, [selector])?.getAttribute(name)?.trim() ?? '';
}

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://www.linkedin.com/').pathname.toLowerCase();
  } catch {
    return '';
  }
}

/** Headline-like texts of the page: its title and first headings, short and cheap to read. */
function headings(doc: Document): string {
  const parts = [withoutCountPrefix(doc.title ?? '')];
  for (const h of queryAll(doc, 'h1, h2').slice(0, 4)) parts.push(textOf(h, { maxChars: 300 }));
  return parts.join(' | ');
}

export function linkedInFailure(doc: Document): CaptureFailure | undefined {
  const pageKey = attr(doc, STATUS.pageKey, 'content').toLowerCase();
  const canonical = pathOf(attr(doc, STATUS.canonical, 'href'));
  const ogUrl = pathOf(attr(doc, STATUS.ogUrl, 'content'));
  const heads = headings(doc);
  const body = doc.body;

  // The 2024 anti-bot interstitial: a meta refresh over an empty body, obfuscated script only.
  const refresh = first(doc, [STATUS.metaRefresh]);
  const bodyText = body ? textOf(body, { maxChars: 400 }) : '';
  if (
    (refresh && bodyText.length < 40) ||
    RATE_LIMIT_TEXT.test(heads) ||
    /^\/(checkpoint|captcha)/.test(canonical)
  )
    return 'rate-limited';

  if (
    first(doc, STATUS.notFound) ||
    /404|not[-_]?found/.test(pageKey) ||
    /^\/404/.test(canonical) ||
    NOT_FOUND_TEXT.test(heads)
  )
    return 'not-found';

  if (
    /auth[-_]?wall|guest|login|signup|join|uas/.test(pageKey) ||
    /^\/(authwall|login|signup|uas)/.test(canonical) ||
    /^\/(authwall|login|signup|uas)/.test(ogUrl) ||
    first(doc, STATUS.signInForms)
  )
    return 'sign-in-wall';

  return undefined;
}
