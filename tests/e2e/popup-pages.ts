/**
 * Synthetic LinkedIn profile pages for the popup's end-to-end tests and benchmark: invented people
 * in LinkedIn's 2021 logged-in layout, optionally padded to a given size with a feed and a
 * "People also viewed" rail, as a real profile page is (about 1 MB of HTML).
 */

export interface SyntheticPerson {
  slug: string;
  fullName: string;
  headline: string;
  company: string;
  location: string;
  about: string;
  roles: { title: string; company: string; dates: string }[];
}

export const MAYA: SyntheticPerson = {
  slug: 'maya-lindqvist-e2e',
  fullName: 'Maya Lindqvist',
  headline: 'Principal engineer · platform migrations',
  company: 'Fjordline Systems',
  location: 'Gothenburg, Sweden',
  about:
    'I led the move of our billing platform to event sourcing without a day of downtime. I write about migrations that product teams can live with.',
  roles: [
    { title: 'Principal Engineer', company: 'Fjordline Systems', dates: 'Mar 2020 – Present' },
    { title: 'Senior Engineer', company: 'Harbor Pay', dates: 'Jan 2015 – Feb 2020' },
  ],
};

/** Text is escaped as a server would: markup in a name stays text on the page too. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function profileUrlOf(person: Pick<SyntheticPerson, 'slug'>): string {
  return `https://www.linkedin.com/in/${person.slug}/`;
}

function filler(targetBytes: number): string {
  if (targetBytes <= 0) return '';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const block =
      i % 3 === 0
        ? `<li class="pv-browsemap-section__member-container"><a href="/in/other-member-${i}/"><div class="pv-browsemap-section__member-detail"><h3 class="actor-name">Other Member ${i}</h3><p class="browsemap-headline">Engineer at Company ${i} · writes about systems ${i}</p></div></a></li>`
        : `<li class="feed-shared-update-v2"><div class="update-components-text"><span dir="ltr">Post ${i}: notes on incremental delivery, rollback plans and the people side of change. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</span></div><div class="social-details-social-counts"><button type="button">${i % 97} reactions</button></div></li>`;
    parts.push(block);
    size += block.length;
  }
  return `<aside class="scaffold-layout__aside"><section class="pv-browsemap-section"><h2>People also viewed</h2><ul>${parts.join('\n')}</ul></section></aside>`;
}

/** A logged-in 2021-layout profile of `person`, padded with rail and feed items to about `bytes`. */
export function profilePage(person: SyntheticPerson, bytes = 0): string {
  const e = escapeHtml;
  const roles = person.roles
    .map(
      (r) => `<li class="pv-entity__position-group-pager pv-profile-section__list-item ember-view">
        <section class="pv-profile-section pv-position-entity"><div class="pv-entity__summary-info">
          <h3 class="t-16 t-black t-bold">${e(r.title)}</h3>
          <p class="pv-entity__secondary-title t-14 t-black t-normal">${e(r.company)}</p>
          <h4 class="pv-entity__date-range t-14"><span class="visually-hidden">Dates Employed</span><span>${e(r.dates)}</span></h4>
        </div></section></li>`,
    )
    .join('\n');
  const head = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${e(person.fullName)} | LinkedIn</title></head>
<body class="render-mode-BIGPIPE nav-v2 ember-application">
<header id="global-nav" class="global-nav"><nav class="global-nav__nav"><ul>
  <li class="global-nav__primary-item"><button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger"><span class="t-12">Me</span></button></li>
</ul></nav></header>
<div class="application-outlet"><main id="main" class="scaffold-layout__main">
  <section class="artdeco-card ember-view pv-top-card">
    <div class="ph5 pb5"><div class="display-flex mt2">
      <div class="pv-text-details__left-panel">
        <div><h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${e(person.fullName)}</h1></div>
        <div class="text-body-medium break-words">${e(person.headline)}</div>
      </div>
      <ul class="pv-text-details__right-panel">
        <li><button aria-label="Current company: ${e(person.company)}. Click to skip to experience card" class="pv-text-details__right-panel-item-link" type="button">
          <span class="pv-text-details__right-panel-item-text"><div class="inline-show-more-text">${e(person.company)}</div></span></button></li>
      </ul>
    </div>
    <div class="pv-text-details__left-panel mt2">
      <span class="text-body-small inline t-black--light break-words">${e(person.location)}</span>
      <span class="pv-text-details__separator t-black--light"><a href="/in/${person.slug}/overlay/contact-info/" id="top-card-text-details-contact-info" class="ember-view link-without-visited-state">Contact info</a></span>
    </div>
    </div>
  </section>
  <section class="pv-profile-section pv-about-section artdeco-card ember-view"><div id="about" class="pv-profile-card__anchor"></div>
    <h2>About</h2><div class="inline-show-more-text">${e(person.about)}</div></section>
  <section id="experience-section" class="pv-profile-section experience-section ember-view"><header class="pv-profile-section__card-header"><h2>Experience</h2></header>
    <ul class="pv-profile-section__section-info section-info">${roles}</ul>
  </section>
</main>`;
  const tail = '\n</div></body></html>';
  return head + filler(bytes - head.length - tail.length) + tail;
}
