// Thousands of randomly damaged profile pages (nodes removed, attributes swapped between
// elements, sections duplicated), in every layout era: readProfile never throws, and never
// returns the viewer's name (nav bar) or a side-rail stranger's name as the person captured.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/lib/profiles';
import { parse } from './helpers';

interface People {
  person: string;
  viewer: string;
  rail: string[];
  previous: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const nav = (p: People) => `<header id="global-nav" class="global-nav"><nav class="global-nav__nav">
  <img class="global-nav__me-photo" alt="${esc(p.viewer)}" src="https://media.example.test/viewer.jpg">
  <a href="/in/the-viewer/"><h1 class="text-heading-xlarge">${esc(p.viewer)}</h1><span>${esc(p.viewer)}</span></a></nav></header>`;

const rail = (
  p: People,
) => `<aside class="scaffold-layout__aside"><section data-view-name="profile-card"><h2>People also viewed</h2><ul>
  ${p.rail
    .map(
      (r, i) => `<li><div data-view-name="profile-component-entity" class="pv-top-card top-card-layout">
        <a href="/in/rail-${i}/overlay/about-this-profile/"><h1 class="text-heading-xlarge top-card-layout__title">${esc(r)}</h1></a>
        <a href="/in/rail-${i}/"><h2>${esc(r)}</h2><span aria-hidden="true">${esc(r)}</span></a>
        <img alt="${esc(r)}" src="https://media.example.test/rail-${i}.jpg"></div></li>`,
    )
    .join('')}</ul></section></aside>`;

/** The top card of each era, for `name` at `slug`; mutual connections name a rail person. */
const LAYOUTS: Record<string, (name: string, slug: string, p: People) => string> = {
  sdui: (
    name,
    slug,
    p,
  ) => `<main><div componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard"><section>
    <div aria-label="Profile photo"><figure><img alt="" src="https://media.example.test/p.jpg"></figure></div>
    <div><div><a href="https://www.linkedin.com/in/${slug}/"><h2>${esc(name)}</h2></a><p>· 2nd</p></div></div>
    <p>Headline here</p><p>Acme · Some University</p>
    <div><p>Oslo, Norway</p><p>·</p><p><a href="https://www.linkedin.com/in/${slug}/overlay/contact-info/">Contact info</a></p></div>
    <a href="/search/results/people/"><p><strong>${esc(p.rail[0] ?? '')}</strong> and 3 other mutual connections</p></a>
  </section></div>
  <div componentkey="com.linkedin.sdui.profile.card.refACoAAxExperienceTopLevelSection"><h2>Experience</h2>
    <div componentkey="entity-collection-item-1"><hr role="presentation"><p>Engineer</p><p>Acme · Full-time</p><p>2020 - Present</p></div></div></main>`,
  voyager2024: (
    name,
    slug,
    p,
  ) => `<main class="scaffold-layout__main"><section class="artdeco-card" data-member-id="1"><div class="ph5">
    <div class="pv-top-card__non-self-photo-wrapper"><img alt="${esc(name)}" class="pv-top-card-profile-picture__image--show" src="https://media.example.test/p.jpg"></div>
    <a href="/in/${slug}/overlay/about-this-profile/"><h1 class="text-heading-xlarge">${esc(name)}</h1></a>
    <div class="text-body-medium break-words">Headline here</div>
    <div><span class="text-body-small inline t-black--light break-words">Oslo</span><span><a id="top-card-text-details-contact-info" href="/in/${slug}/overlay/contact-info/">Contact info</a></span></div>
    <a href="/search/results/people/"><img alt="" src="https://media.example.test/m.jpg"><strong>${esc(p.rail[0] ?? '')}</strong> and 2 other mutual connections</a>
    </div><div id="profile-sticky-header-toggle"></div></section>
    <section data-view-name="profile-card"><div id="experience"></div><ul><li><div data-view-name="profile-component-entity">
      <span aria-hidden="true">Engineer</span><span class="visually-hidden">Engineer</span><span aria-hidden="true">Acme · Full-time</span><span aria-hidden="true">2020 - Present</span></div></li></ul></section></main>`,
  public2024: (
    name,
    slug,
  ) => `<main><section class="top-card-layout"><button><h1 class="top-card-layout__title">${esc(name)}</h1></button>
    <div class="contextual-sign-in-modal"><section role="dialog"><h2>Sign in to view ${esc(name)}’s full profile</h2></section></div>
    <h2 class="top-card-layout__headline">Headline here</h2>
    <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader"><span>Oslo</span></div></h3></section>
    <a href="https://www.linkedin.com/in/${slug}/details/experience/">All experience</a></main>`,
  voyager2018: (name, slug) => `<div role="main" class="core-rail"><section class="pv-top-card-section">
    <h1 class="pv-top-card-section__name">${esc(name)}</h1><h2 class="pv-top-card-section__headline">Headline here</h2>
    <h3 class="pv-top-card-section__location">Oslo</h3></section>
    <a href="/in/${slug}/detail/recent-activity/">See all activity</a></div>`,
  public2015: (
    name,
    slug,
  ) => `<main><section id="topcard"><div class="profile-card vcard"><h1 id="name" class="fn">${esc(name)}</h1>
    <p class="headline">Headline here</p><span class="locality">Oslo</span></div></section>
    <a href="https://www.linkedin.com/in/${slug}/recent-activity/">Activity</a></main>`,
};

function page(layout: string, p: People, stale: boolean): string {
  const build = LAYOUTS[layout] ?? LAYOUTS.sdui!;
  const card = stale ? build(p.previous, 'previous-person', p) : build(p.person, 'target-person', p);
  return `<!DOCTYPE html><html><head><title>${esc(p.person)} | LinkedIn</title></head><body>${nav(p)}<div class="application-outlet">${card}${rail(p)}</div></body></html>`;
}

const ATTRIBUTES = [
  'class',
  'href',
  'id',
  'componentkey',
  'data-view-name',
  'data-member-id',
  'aria-hidden',
  'aria-label',
  'role',
  'alt',
  'style',
];

type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number; attr: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap' as const),
    a: fc.nat(),
    b: fc.nat(),
    attr: fc.constantFrom(...ATTRIBUTES),
  }),
);

function mutate(doc: Document, mutations: Mutation[]): void {
  for (const m of mutations) {
    const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
    if (all.length === 0) return;
    const pick = (i: number) => all[i % all.length] as Element;
    if (m.kind === 'remove') pick(m.at).remove();
    else if (m.kind === 'duplicate') pick(m.at).after(pick(m.at).cloneNode(true));
    else {
      const a = pick(m.a);
      const b = pick(m.b);
      const va = a.getAttribute(m.attr);
      const vb = b.getAttribute(m.attr);
      if (vb === null) a.removeAttribute(m.attr);
      else a.setAttribute(m.attr, vb);
      if (va === null) b.removeAttribute(m.attr);
      else b.setAttribute(m.attr, va);
    }
  }
}

const name = fc
  .array(
    fc.constantFrom(
      'Ana',
      'Bo',
      'Zoë',
      'Łukasz',
      'O’Brien',
      'ليلى',
      '李',
      'Nwosu',
      '<b>',
      '&amp;',
      '🚀',
      'de la',
      'Ng',
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((parts) => parts.join(' '));

const people: fc.Arbitrary<People> = fc
  .uniqueArray(name, { minLength: 5, maxLength: 6 })
  .map(([person = '', viewer = '', previous = '', ...rail]) => ({ person, viewer, previous, rail }));

describe('randomly damaged profile pages', () => {
  it('never make readProfile throw, nor capture the viewer or a side-rail person', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(LAYOUTS)),
        people,
        fc.boolean(),
        fc.array(mutation, { maxLength: 10 }),
        (layout, p, stale, mutations) => {
          const doc = parse(page(layout, p, stale));
          mutate(doc, mutations);
          const result = readProfile(doc, 'https://www.linkedin.com/in/target-person/');
          if (!result.ok) return;
          expect(result.profile.fullName).not.toBe(p.viewer);
          expect(p.rail).not.toContain(result.profile.fullName);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('read intact, give the person on every layout, or "mismatch" when the page still shows someone else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LAYOUTS)), people, (layout, p) => {
        const url = 'https://www.linkedin.com/in/target-person/';
        const result = readProfile(parse(page(layout, p, false)), url);
        expect(result.ok && result.profile.fullName).toBe(p.person.replace(/\s+/g, ' ').trim());
        expect(readProfile(parse(page(layout, p, true)), url)).toEqual({ ok: false, reason: 'mismatch' });
      }),
      { numRuns: 300 },
    );
  });
});
