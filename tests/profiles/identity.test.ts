// Askwell must never save the wrong person: not the viewer (nav bar), not a stranger from a side
// rail, not the previous person an in-app navigation left on screen.
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/lib/profiles';
import { fixture, parse } from './helpers';

/** A 2024-style logged-in page for `shown`, with the viewer in the nav and a stranger in the rail. */
function page({ shown = 'amara-nwosu', nameLink = true, selfLinks = true } = {}): Document {
  const link = (rest: string) => `/in/${shown}/${rest}`;
  return parse(`<header id="global-nav"><nav><a href="/in/priya-raman-viewer/"><h1>Priya Raman</h1></a></nav></header>
  <main><section data-member-id="1">
    ${nameLink ? `<a href="${link('overlay/about-this-profile/')}"><h1>Shown Person</h1></a>` : '<h1>Shown Person</h1>'}
    <div class="text-body-medium break-words">Headline</div>
    ${selfLinks ? `<span><a id="top-card-text-details-contact-info" href="${link('overlay/contact-info/')}">Contact info</a></span>` : ''}
    <a href="/in/mutual-friend/"><img alt="Mutual Friend" src="https://media.example.test/m.jpg"></a>
  </section></main>
  <aside><section><a href="/in/rail-stranger/"><h1>Rail Stranger</h1></a></section></aside>`);
}

describe('whose profile the page shows', () => {
  it('captures the person whose top card links to the address’s member', () => {
    const result = readProfile(page(), 'https://www.linkedin.com/in/amara-nwosu/');
    expect(result.ok && result.profile.fullName).toBe('Shown Person');
  });

  it('says "mismatch" when the top card is someone else (an in-app navigation half done)', () => {
    expect(
      readProfile(page({ shown: 'kenji-watanabe' }), 'https://www.linkedin.com/in/amara-nwosu/'),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(
      readProfile(fixture('linkedin-spa-stale.html').doc, 'https://www.linkedin.com/in/amara-nwosu/'),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('uses the card’s own links when the name is not a link', () => {
    const doc = page({ shown: 'kenji-watanabe', nameLink: false });
    expect(readProfile(doc, 'https://www.linkedin.com/in/amara-nwosu/')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    const same = page({ nameLink: false });
    expect(readProfile(same, 'https://www.linkedin.com/in/amara-nwosu/').ok).toBe(true);
  });

  it('compares members, not spellings: letter case, host and encoding do not matter', () => {
    const result = readProfile(
      page({ shown: 'Amara-Nwosu' }),
      'https://ng.linkedin.com/in/amara%2Dnwosu?trk=x',
    );
    expect(result.ok && result.profile.profileUrl).toBe('https://www.linkedin.com/in/amara-nwosu/');
  });

  it('accepts an opaque member-id address and keys the prospect by the vanity name the card shows', () => {
    const result = readProfile(
      page(),
      'https://www.linkedin.com/in/ACoAAABabzYBwvhVn6dEdN4Jn1C52hBNDHs9RF4/',
    );
    expect(result.ok && result.profile.profileUrl).toBe('https://www.linkedin.com/in/amara-nwosu/');
  });

  it('accepts a top card with no evidence either way (a layout without profile links)', () => {
    const result = readProfile(
      page({ nameLink: false, selfLinks: false }),
      'https://www.linkedin.com/in/amara-nwosu/',
    );
    expect(result.ok && result.profile.fullName).toBe('Shown Person');
  });

  it('never takes the name from the nav bar or the rail, even when the top card is gone', () => {
    const doc = page();
    doc.querySelector('main')?.remove();
    expect(readProfile(doc, 'https://www.linkedin.com/in/amara-nwosu/')).toEqual({
      ok: false,
      reason: 'not-rendered',
    });
  });

  it('on public pages, checks the canonical address', () => {
    const { doc } = fixture('linkedin-public-2024.html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/someone-else/')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('reads a public page whose top card is unknown from JSON-LD naming the member', () => {
    const doc =
      parse(`<script type="application/ld+json">{"@graph":[{"@type":"Person","name":"Jonas Feldmann",
      "url":"https://de.linkedin.com/in/jonas-feldmann-4b1a2","worksFor":[{"name":"Quarry Robotics"}],
      "address":{"addressLocality":"Munich"}}]}</script><main><div class="new-layout"><h1>Jonas Feldmann</h1></div></main>`);
    expect(readProfile(doc, 'https://de.linkedin.com/in/jonas-feldmann-4b1a2')).toEqual({
      ok: true,
      profile: {
        network: 'linkedin',
        profileUrl: 'https://www.linkedin.com/in/jonas-feldmann-4b1a2/',
        fullName: 'Jonas Feldmann',
        company: 'Quarry Robotics',
        location: 'Munich',
        experience: [],
        education: [],
      },
    });
    // JSON-LD about someone else names no one here.
    expect(readProfile(doc, 'https://www.linkedin.com/in/lena-hoffmann/').ok).toBe(false);
  });

  it('on GitHub, says "mismatch" when the card shows another login', () => {
    expect(readProfile(fixture('github-stale.html').doc, 'https://github.com/bramble-oak')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });
});
