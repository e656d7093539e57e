/**
 * Every selector the LinkedIn reader uses, in one place, grouped by layout era, oldest first. Each
 * entry names the layout and when it was seen, so that a broken selector can be traced to the page
 * that taught it. The reader tries the era of the top card it found first: a page then costs only
 * a few document-wide queries. Class names are a last resort: LinkedIn has hashed most of them
 * since 2024; attributes, ARIA and structure last longer. Lists are in order of preference.
 * (These strings ship in the capture script: keep them short, without duplicates.)
 */

/**
 * Layout eras: "pp" 2015 public; "ember" 2018-21 logged-in; "voyager" 2021-24 logged-in;
 * "public" 2023-24 logged-out; "sdui" 2025-26 logged-in, server-driven.
 */
export type Era = 'pp' | 'ember' | 'voyager' | 'public' | 'sdui';

/** One layout of the profile's top card (name, headline, location, current company, photo). */
export interface TopCardLayout {
  era: Era;
  /** The top card itself; the first match outside site chrome and side rails is used. */
  card: readonly string[];
  /** Elements only a top card holds; the <section> around one is the card (hashed-class layouts). */
  cardAnchors?: readonly string[];
  /** Inside the card. */
  name: readonly string[];
  headline: readonly string[];
  location: readonly string[];
  company: readonly string[];
  /**
   * The member's own photo; the first element found decides (a ghost there means no photo).
   * Without one, an image whose alt text is the member's name is used; never any other image:
   * the card also shows mutual connections' faces.
   */
  photo: readonly string[];
  /** The card's lines are bare <p>s (server-driven layout): headline and place are read by order. */
  structural?: boolean;
}

export const TOP_CARD_LAYOUTS: readonly TopCardLayout[] = [
  // 2015 logged-out public "pp" layout (seen 2015-12): hCard classes (fn, locality).
  {
    era: 'pp',
    card: ['#topcard'],
    name: ['#name', '.fn'],
    headline: ['.headline'],
    location: ['.locality'],
    company: ['.extra-info td li a'],
    photo: ['.profile-picture img'],
  },
  // 2018 logged-in Ember "pv-top-card-section" (seen 2018-04); the photo is a CSS background.
  {
    era: 'ember',
    card: ['.pv-top-card-section'],
    name: ['.pv-top-card-section__name', 'h1'],
    headline: ['.pv-top-card-section__headline'],
    location: ['.pv-top-card-section__location'],
    company: ['.pv-top-card-section__company'],
    photo: ['.pv-top-card-section__photo'],
  },
  // 2021-24 logged-in Ember "voyager-web": section.pv-top-card until 2023; the mid-2024 build (seen
  // 2024-07, 2024-08) hashes the section's classes, so it is found by data-member-id or by what
  // only it holds. Company from aria-label "Current company: X. Click to skip to experience card".
  {
    era: 'voyager',
    card: ['.pv-top-card', 'section[data-member-id]'],
    cardAnchors: ['#profile-sticky-header-toggle', '.pv-top-card-profile-picture__container'],
    name: ['h1'],
    headline: ['.text-body-medium.break-words', '[data-generated-suggestion-target]'],
    location: ['span.text-body-small.inline.t-black--light.break-words'],
    company: ['button[aria-label^="Current company"]', 'button[aria-label*="experience card"]'],
    photo: ['img[class*="pv-top-card-profile-picture__image"]', '.pv-top-card__photo img'],
  },
  // 2023-24 logged-out public profile (pageKey public_profile_v3_desktop), seen 2023-04 and 2024-03:
  // the h1 wrapped in a sign-in button, sign-in modals inside the card.
  {
    era: 'public',
    card: ['.top-card-layout'],
    name: ['h1'],
    headline: ['.top-card-layout__headline'],
    location: ['.profile-info-subheader span', '.top-card__subline-item'],
    company: ['[data-section="currentPositionsDetails"] .top-card-link__description'],
    photo: ['.top-card__profile-image', '.top-card-layout__entity-image'],
  },
  // 2025-26 logged-in, server-driven UI ("SDUI"): hashed classes, no h1, the name in an h2 inside
  // a link to /in/<slug>/, the card keyed componentkey="com.linkedin.sdui.profile.card.ref<urn>Topcard".
  // Seen in public scrapers' code and fixtures dated 2025-09 to 2026-09; no saved page of our own.
  {
    era: 'sdui',
    card: ['[componentkey*="Topcard"]', '[data-view-name="profile-top-card"]'],
    name: ['h1', 'h2', '[data-view-name="profile-top-card-verified-badge"] p'],
    headline: [],
    location: [],
    company: ['a[href*="/company/"]'],
    photo: ['[data-view-name="profile-top-card-member-photo"] img', '[aria-label="Profile photo"] img'],
    structural: true,
  },
];

/**
 * One layout of the Experience or Education list. Every layout is read the same way: an entry's
 * text lines in order (title, company line, dates, place; or school, degree, dates).
 */
export interface SectionLayout {
  era: Era;
  /** The section; `#id` anchors (2021-24) are resolved to their <section>. */
  section: string;
  /** One entry; only the outermost matches count. */
  entry: string;
  /**
   * Roles grouped under one company (Experience only); the entry's own first line is the company.
   * The same selector as `entry` means: the entries nested in an entry.
   */
  roles?: string;
  /** The elements that are an entry's lines. */
  lines: string;
  /** Left out: descriptions, media, durations, screen-reader labels, nested entries. */
  skip?: string;
}

const SDUI_SKIP = '[data-testid="expandable-text-box"], a[href*="/overlay/"], button, figure';
const VOYAGER_ENTRY = '[data-view-name="profile-component-entity"]';
const VOYAGER_LINES = 'span[aria-hidden="true"]';
// Screen-reader copies need no skipping here: the lines are the aria-hidden copies themselves.
const VOYAGER_SKIP = '.pvs-entity__sub-components, button';
/** Public pages put the duration in a <span> beside the <time>s of the date range. */
const PUBLIC_SKIP = '.date-range span';
const EMBER_SKIP = '.visually-hidden, .pv-treasury-carousel';

export const EXPERIENCE_LAYOUTS: readonly SectionLayout[] = [
  // 2015 logged-out public "pp" layout (seen 2015-12).
  {
    era: 'pp',
    section: '#experience',
    entry: 'li.position',
    lines: '.item-title, .item-subtitle, .date-range, .location',
  },
  // 2018-21 logged-in Ember "pv-profile-section" (seen 2018-04, 2021); grouped roles since 2019.
  {
    era: 'ember',
    section: '.experience-section',
    entry:
      'li.pv-entity__position-group-pager, li.pv-profile-section__list-item, li.pv-profile-section__sortable-item',
    roles: '.pv-entity__position-group-role-item',
    lines: 'h3, .pv-entity__secondary-title, .pv-entity__date-range, .pv-entity__location',
    skip: EMBER_SKIP,
  },
  // 2022-24 logged-in "pvs" lists (hashed classes from 2024-07): every text doubled for screen
  // readers; roles at one company nested in the entity's sub-components.
  {
    era: 'voyager',
    section: '#experience',
    entry: VOYAGER_ENTRY,
    roles: VOYAGER_ENTRY,
    lines: VOYAGER_LINES,
    skip: VOYAGER_SKIP,
  },
  // 2023-24 logged-out public profile (seen 2023-04 and 2024-03): h3 title, h4 company, meta <p>s
  // for dates and place; grouped roles under an "experience-group" header.
  {
    era: 'public',
    section: 'section.experience',
    entry: 'li.experience-item, li.experience-group',
    roles: 'li.experience-group-position',
    lines: 'h3, h4, p[class*="__meta-item"]',
    skip: PUBLIC_SKIP,
  },
  // 2025-26 server-driven: componentkey cards, entries "entity-collection-item-*" separated by
  // <hr>, every line a bare <p>, grouped roles in a <ul> (public fixtures, 2026-09).
  {
    era: 'sdui',
    section:
      '[componentkey$="ExperienceTopLevelSection"], [componentkey*="ExperienceDetailsSection"], [data-view-name="profile-card-experience"]',
    entry: '[componentkey^="entity-collection-item"]',
    roles: 'li',
    lines: 'p',
    skip: SDUI_SKIP,
  },
];

export const EDUCATION_LAYOUTS: readonly SectionLayout[] = [
  // 2015 logged-out public "pp" layout.
  { era: 'pp', section: '#education', entry: 'li.school', lines: '.item-title, .item-subtitle, .date-range' },
  // 2018-21 logged-in Ember.
  {
    era: 'ember',
    section: '.education-section',
    entry: 'li',
    lines: '.pv-entity__school-name, .pv-entity__comma-item, .pv-entity__dates',
    skip: EMBER_SKIP,
  },
  // 2022-24 logged-in "pvs" lists (seen 2024-07 and 2024-08).
  { era: 'voyager', section: '#education', entry: VOYAGER_ENTRY, lines: VOYAGER_LINES, skip: VOYAGER_SKIP },
  // 2023-24 logged-out public profile; degree and field of study are separate items.
  {
    era: 'public',
    section: 'section.education',
    entry: 'li.education__list-item',
    lines: 'h3, h4 span, .date-range',
    skip: PUBLIC_SKIP,
  },
  // 2025-26 server-driven, as Experience.
  {
    era: 'sdui',
    section:
      '[componentkey$="EducationTopLevelSection"], [componentkey*="EducationDetailsSection"], [data-view-name="profile-card-education"]',
    entry: '[componentkey^="entity-collection-item"]',
    lines: 'p',
    skip: SDUI_SKIP,
  },
];

/** The About text per era. `#about` anchors are resolved to their <section>. */
export const ABOUT: readonly { era: Era; section: string; text: string }[] = [
  // 2015 public.
  { era: 'pp', section: '#summary', text: '.description' },
  // 2018 logged-in: the summary sits in the top card, clamped to a few lines.
  { era: 'ember', section: '.pv-top-card-section', text: '.pv-top-card-section__summary-text' },
  // 2022-24 logged-in: the section holding the #about anchor; the aria-hidden copy of the text.
  {
    era: 'voyager',
    section: '#about',
    text: '[class*="inline-show-more-text"] span[aria-hidden="true"], [class*="inline-show-more-text"]',
  },
  // 2023-24 public.
  { era: 'public', section: '.summary', text: '.core-section-container__content' },
  // 2025-26 server-driven: an "About" card keyed "...About", the text in an expandable box.
  {
    era: 'sdui',
    section: '[componentkey$="About"], [data-view-name="profile-card-about"]',
    text: '[data-testid="expandable-text-box"]',
  },
];

/**
 * Failure pages: sign-in walls (2024 guest home page, pageKey d_homepage-guest-home; 2026 profile
 * auth wall, auth_wall_desktop_profile), not-found pages (2024 public, page-not-found), and the
 * 2024 anti-bot interstitial (a meta refresh over an empty body).
 */
export const STATUS = {
  signInForms: ['form[action*="login"]', 'form[action*="signup"]', 'input[type="password"]'],
  notFound: ['[class*="not-found"]'],
  metaRefresh: 'meta[http-equiv="refresh"], meta[http-equiv="Refresh"]',
} as const;

/** The profile's own links ("About this profile", contact info, activity, details, edit). */
export const SELF_LINK_SUFFIX = /^(overlay|details?|recent-activity|edit)\//i;
