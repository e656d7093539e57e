/** Reads the person on a GitHub user page (github.com/<login>), or says why it cannot. */

import { failureOfText, first, firstText, inChromeOrRail, photoOf, queryAll } from '../dom';
import type { CaptureResult } from '../types';
import { GITHUB } from './selectors';

function failure(doc: Document): CaptureResult {
  const reason = first(doc, GITHUB.organisation)
    ? 'unsupported-page'
    : (failureOfText(doc) ?? (first(doc, GITHUB.notFound) ? 'not-found' : failureOfText(doc, true)));
  return { ok: false, reason: reason ?? 'not-rendered' };
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

  const bio = firstText(card, GITHUB.bio, { multiline: true, skipButtons: true, maxChars: 2000 });
  // Empty fields are dropped by the caller (`finish` in ../index.ts).
  return {
    ok: true,
    profile: {
      network: 'github',
      profileUrl,
      fullName: firstText(card, GITHUB.name, { maxChars: 300 }) || shown || login,
      // A bio is at most 160 characters; its first line is the headline.
      headline: bio.split('\n')[0],
      // "@acme & @beta-labs": organisation mentions without their @.
      company: firstText(card, GITHUB.company, { maxChars: 300 }).replace(/(^|\s)@/g, '$1'),
      location: firstText(card, GITHUB.location, { maxChars: 300 }),
      about: bio,
      // The selectors in order of preference; the first real (non-placeholder) photo.
      photoUrl: GITHUB.photo
        .flatMap((selector) => queryAll(card, selector))
        .map((img) => photoOf(img, url))
        .find(Boolean),
      experience: [],
      education: [],
    },
  };
}
