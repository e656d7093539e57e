/**
 * Why a LinkedIn profile address shows no profile: a sign-in wall, a not-found page, throttling,
 * or an app shell that has not rendered yet. Consulted only when no top card was found.
 */

import { declaredUrls, failureOfText, first, textOf } from '../dom';
import type { CaptureFailure } from '../types';
import { STATUS } from './selectors';

export function linkedInFailure(doc: Document): CaptureFailure | undefined {
  const pageKey = first(doc, ['meta[name="pageKey"]'])?.getAttribute('content')?.toLowerCase() ?? '';
  // The paths of the addresses the page declares (a query may say "join" or "guest" anywhere).
  const paths = declaredUrls(doc)
    .map((u) => {
      try {
        return new URL(u ?? '', 'https://www.linkedin.com/').pathname.toLowerCase();
      } catch {
        return '';
      }
    })
    .join(' ');
  // The 2024 anti-bot interstitial: a meta refresh over an empty body, obfuscated script only.
  if (first(doc, [STATUS.metaRefresh]) && textOf(doc.body, { maxChars: 400 }).length < 40)
    return 'rate-limited';
  const worded = failureOfText(doc);
  if (worded) return worded;
  if (first(doc, STATUS.notFound) || /404|not[-_]?found/.test(pageKey + paths)) return 'not-found';
  if (/auth[-_]?wall|guest|login|signup|join|uas/.test(pageKey + paths) || first(doc, STATUS.signInForms))
    return 'sign-in-wall';
  return failureOfText(doc, true);
}
