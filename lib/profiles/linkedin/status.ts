/**
 * Why a LinkedIn profile address shows no profile: a sign-in wall, a not-found page, throttling,
 * or an app shell that has not rendered yet. Consulted only when no top card was found.
 */

import { first, queryAll, textOf } from '../dom';
import type { CaptureFailure } from '../types';
import { STATUS } from './selectors';

const RATE_LIMITED = /too many requests|rate limit|unusual activity|try again later/i;
const NOT_FOUND = /not found|doesn[’']t exist|unavailable/i;

/** The path of an address the page declares (canonical link, og:url), lower-cased. */
function declaredPath(doc: Document, selector: string, attr: string): string {
  try {
    return new URL(
      first(doc, [selector])?.getAttribute(attr) ?? '',
      'https://www.linkedin.com/',
    ).pathname.toLowerCase();
  } catch {
    return '';
  }
}

export function linkedInFailure(doc: Document): CaptureFailure | undefined {
  const pageKey = first(doc, ['meta[name="pageKey"]'])?.getAttribute('content')?.toLowerCase() ?? '';
  const paths = `${declaredPath(doc, 'link[rel="canonical"]', 'href')} ${declaredPath(doc, 'meta[property="og:url"]', 'content')}`;
  // The page's title and first headings: short, and cheap to read.
  const heads = [
    doc.title,
    ...queryAll(doc, 'h1, h2')
      .slice(0, 4)
      .map((h) => textOf(h, { maxChars: 300 })),
  ].join(' | ');

  // The 2024 anti-bot interstitial: a meta refresh over an empty body, obfuscated script only.
  if (
    (first(doc, [STATUS.metaRefresh]) && textOf(doc.body, { maxChars: 400 }).length < 40) ||
    RATE_LIMITED.test(heads)
  )
    return 'rate-limited';
  if (first(doc, STATUS.notFound) || /404|not[-_]?found/.test(pageKey + paths) || NOT_FOUND.test(heads))
    return 'not-found';
  if (/auth[-_]?wall|guest|login|signup|join|uas/.test(pageKey + paths) || first(doc, STATUS.signInForms))
    return 'sign-in-wall';
  return undefined;
}
