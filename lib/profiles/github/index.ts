/** Reads the person on a GitHub user page (github.com/<login>), or says why it cannot. */

import { first, firstText, inChromeOrRail, photoOf, queryAll } from '../dom';
import type { CaptureResult } from '../types';
import { GITHUB } from './selectors';

function failure(doc: Document): CaptureResult {
  const title = doc.title ?? '';
  if (/too many requests|rate limit/i.test(title)) return { ok: false, reason: 'rate-limited' };
  if (first(doc, GITHUB.notFound) || /not found/i.test(title)) return { ok: false, reason: 'not-found' };
  return { ok: false, reason: first(doc, GITHUB.organisation) ? 'unsupported-page' : 'not-rendered' };
}

export function readGitHub(doc: Document, login: string, profileUrl: string, url: string): CaptureResult {
  const card = GITHUB.card
    .flatMap((selector) => queryAll(doc, selector))
    .find((el) => !inChromeOrRail(el) && first(el, [...GITHUB.name, ...GITHUB.login]));
  if (!card) return failure(doc);

  // Identity: the card's login (or the page's profile:username) must be the address's login;
  // GitHub's page transitions can briefly leave the previous user on screen. The login is the
  // first word: pronouns follow it in the same element ("mona · she/her").
  const shown =
    /[\w-]+/
      .exec(
        firstText(card, GITHUB.login, { maxChars: 100 }) ||
          (first(doc, [GITHUB.username])?.getAttribute('content') ?? ''),
      )?.[0]
      .toLowerCase() ?? '';
  if (shown && shown !== login)
    return { ok: false, reason: first(doc, GITHUB.organisation) ? 'unsupported-page' : 'mismatch' };

  const fullName = firstText(card, GITHUB.name, { maxChars: 300 }) || shown || login;
  const bio = firstText(card, GITHUB.bio, { multiline: true, skipButtons: true, maxChars: 2000 });
  const company = firstText(card, GITHUB.company, { maxChars: 300 }).replace(/^@/, '');
  let photoUrl: string | undefined;
  for (const selector of GITHUB.photo) {
    photoUrl = queryAll(card, selector)
      .map((img) => photoOf(img, url))
      .find(Boolean);
    if (photoUrl) break;
  }
  const headline = bio.split('\n')[0] ?? '';
  return {
    ok: true,
    profile: {
      network: 'github',
      profileUrl,
      fullName,
      headline: headline && headline.length <= 300 ? headline : undefined,
      company: company || undefined,
      location: firstText(card, GITHUB.location, { maxChars: 300 }) || undefined,
      about: bio || undefined,
      photoUrl,
      experience: [],
      education: [],
    },
  };
}
