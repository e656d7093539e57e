/**
 * Every selector the LinkedIn reader uses, in one place, grouped by layout era (newest first, the
 * order the reader tries them). Each entry names the layout and when it was seen, so that a broken
 * selector can be traced to the page that taught it. Class names are a last resort: LinkedIn has
 * hashed most of them since 2024; attributes, ARIA and structure last longer.
 */

/** One layout of the profile's top card (name, headline, location, current company, photo). */
export interface TopCardLayout {
  era: string;
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
   * The member's own photo, in order of preference; the first element found decides (a ghost
   * there means no photo). Without one, an image whose alt text is the member's name is used;
   * never any other image: the card also shows mutual connections' faces.
   */
  photo: readonly string[];
  /** The card's text lines are plain <p>s without classes (server-driven layout): read by structure. */
  structural?: boolean;
}

export const TOP_CARD_LAYOUTS: readonly TopCardLayout[] = [
  {
    // 2025-26 logged-in, server-driven UI (SDUI): hashed classes, no h1, the name in an h2, the
    // card keyed `componentkey="com.linkedin.sdui.profile.card.ref<urn>Topcard"`. Seen in public
    // scrapers' code and fixtures dated 2025-09 to 2026-09; no saved page of our own.
    era: 'sdui-2025',
    card: [
      '[componentkey$="Topcard"]',
      '[componentkey*="Topcard"]',
      '[componentkey*="topcard"]',
      '[data-view-name="profile-top-card"]',
    ],
    name: ['h1', 'h2', '[data-view-name="profile-top-card-verified-badge"] p'],
    headline: [],
    location: [],
    company: ['a[href*="/company/"]'],
    photo: ['[data-view-name="profile-top-card-member-photo"] img', '[aria-label="Profile photo"] img'],
    structural: true,
  },
  {
    // 2021-24 logged-in Ember "voyager-web" top card: `section.pv-top-card` until 2023; in the
    // mid-2024 build (seen 2024-07 and 2024-08) the section has only hashed classes, so it is found
    // by what it holds (photo wrapper, right panel, sticky-header anchor) or `data-member-id`.
    era: 'voyager-2021-24',
    card: ['section.pv-top-card', 'main section[data-member-id]', '.pv-top-card'],
    cardAnchors: [
      '#profile-sticky-header-toggle',
      '.pv-top-card-profile-picture__container',
      '.pv-text-details__right-panel',
      '.pv-top-card__non-self-photo-wrapper',
    ],
    name: ['h1.text-heading-xlarge', 'h1'],
    headline: ['.text-body-medium.break-words', '[data-generated-suggestion-target]', '.text-body-medium'],
    location: [
      'span.text-body-small.inline.t-black--light.break-words',
      '.pv-text-details__left-panel .text-body-small',
    ],
    company: [
      // aria-label "Current company: X. Click to skip to experience card" (2024-07).
      'button[aria-label^="Current company"]',
      'button[aria-label*="experience card"]',
      '.pv-text-details__right-panel-item-text',
      '[data-field="experience_company_logo"]',
    ],
    photo: [
      'img.pv-top-card-profile-picture__image--show',
      'img.pv-top-card-profile-picture__image',
      '.pv-top-card__photo img',
    ],
  },
  {
    // 2023-24 logged-out public profile (pageKey public_profile_v3_desktop), seen 2023-04 and
    // 2024-03: `section.top-card-layout`, the h1 wrapped in a sign-in button, sign-in modals inside.
    era: 'public-2023-24',
    card: ['section.top-card-layout', '.top-card-layout'],
    name: ['h1.top-card-layout__title', 'h1'],
    headline: ['h2.top-card-layout__headline', '.top-card-layout__headline'],
    location: [
      '.top-card-layout__first-subline .profile-info-subheader span:first-child',
      '.top-card-layout__first-subline .top-card__subline-item:first-child',
      '.top-card__subline-item',
    ],
    company: [
      'a[data-tracking-control-name="public_profile_topcard-current-company"] .top-card-link__description',
      '[data-section="currentPositionsDetails"] .top-card-link__description',
      'a[data-tracking-control-name="public_profile_topcard-current-company"]',
    ],
    photo: ['img.top-card__profile-image', 'img.top-card-layout__entity-image', 'img.profile-photo'],
  },
  {
    // 2018 logged-in Ember, "pv-top-card-section" (seen 2018-04); the photo is a CSS background.
    era: 'voyager-2018',
    card: ['section.pv-top-card-section', '.pv-top-card-section', '.pv-top-card-v2-section__info'],
    name: ['h1.pv-top-card-section__name', '.pv-top-card-v2-section__name', 'h1'],
    headline: ['h2.pv-top-card-section__headline', '.pv-top-card-section__headline'],
    location: ['h3.pv-top-card-section__location', '.pv-top-card-section__location'],
    company: ['h3.pv-top-card-section__company', '.pv-top-card-v2-section__company-name'],
    photo: [
      '.pv-top-card-section__photo',
      '.pv-top-card-section__photo img',
      'img.pv-top-card-section__photo',
    ],
  },
  {
    // 2015 logged-out public profile, the "pp" layout (seen 2015-12): hCard classes (fn, locality).
    era: 'public-2015',
    card: ['#topcard .profile-card', '#topcard', '.profile-card.vcard'],
    name: ['#name', 'h1.fn', '.full-name'],
    headline: ['p.headline', '.headline.title', '#headline .title'],
    location: ['#demographics .locality', '.locality'],
    company: ['table.extra-info tr:first-child td li:first-child a', '.extra-info .org'],
    photo: ['.profile-picture img', 'img.photo'],
  },
];

/** One layout of the Experience or Education list. */
export interface SectionLayout {
  era: string;
  /** The section; `#id` anchors (2021-24) are resolved to their <section>. */
  section: readonly string[];
  /** One entry; only the outermost matches count. */
  entry: string;
  /** Roles grouped under one company (Experience only). */
  roles?: string;
  /** Entries are read as text lines (title, company line, dates, location) from these elements. */
  lines?: string;
  /** Field selectors, for layouts with named fields. */
  title?: readonly string[];
  company?: readonly string[];
  groupCompany?: readonly string[];
  degree?: readonly string[];
  dateRange?: readonly string[];
  location?: readonly string[];
  /** Meta lines (dates, place, description) of layouts that do not name the place. */
  meta?: readonly string[];
  /** Left out when reading lines: descriptions, media, skill lists, nested entries. */
  skip?: string;
}

export const EXPERIENCE_LAYOUTS: readonly SectionLayout[] = [
  {
    // 2025-26 server-driven: `componentkey` cards, entries `entity-collection-item-*` separated by
    // <hr>, every line a bare <p>, grouped roles in a <ul> (seen in public fixtures, 2026-09).
    era: 'sdui-2025',
    section: [
      '[componentkey$="ExperienceTopLevelSection"]',
      '[componentkey*="ExperienceDetailsSection"]',
      '[data-view-name="profile-card-experience"]',
    ],
    entry: '[componentkey^="entity-collection-item"]',
    roles: 'li',
    lines: 'p',
    skip: '[data-testid="expandable-text-box"], a[href*="/overlay/"], button, figure',
  },
  {
    // 2022-24 logged-in "pvs" lists (hashed classes from 2024-07): each entry a
    // `data-view-name="profile-component-entity"`, every text doubled for screen readers.
    era: 'voyager-2022-24',
    section: ['#experience'],
    entry: '[data-view-name="profile-component-entity"]',
    roles: '.pvs-entity__sub-components [data-view-name="profile-component-entity"]',
    lines: 'span[aria-hidden="true"]',
    skip: '.pvs-entity__sub-components, .visually-hidden, button',
  },
  {
    // 2023-24 logged-out public profile (seen 2023-04 and 2024-03).
    era: 'public-2023-24',
    section: ['section[data-section="experience"]', 'section.experience'],
    entry: 'li.experience-item, li.experience-group, li.profile-section-card',
    roles: 'li.experience-group-position',
    title: ['.experience-item__title', '.profile-section-card__title', 'h3'],
    company: ['.experience-item__subtitle', '.profile-section-card__subtitle', 'h4'],
    groupCompany: ['.experience-group-header__company'],
    dateRange: ['.date-range', '.experience-item__duration'],
    location: ['.experience-item__location', '.experience-group-position__location'],
    meta: ['p.experience-item__meta-item', 'p.experience-group-position__meta-item'],
  },
  {
    // 2018-21 logged-in Ember "pv-profile-section" (seen 2018-04, 2021).
    era: 'voyager-2018-21',
    section: ['#experience-section', 'section.experience-section'],
    entry:
      'li.pv-entity__position-group-pager, li.pv-profile-section__list-item, li.pv-profile-section__sortable-item, .pv-position-entity',
    roles: '.pv-entity__position-group-role-item',
    title: ['.pv-entity__summary-info h3', '.pv-entity__summary-info-v2 h3', 'h3'],
    company: ['.pv-entity__secondary-title', '.pv-entity__company-summary-info h3'],
    groupCompany: ['.pv-entity__company-summary-info h3'],
    dateRange: ['.pv-entity__date-range'],
    location: ['.pv-entity__location'],
  },
  {
    // 2015 logged-out public "pp" layout (seen 2015-12).
    era: 'public-2015',
    section: ['#experience'],
    entry: 'li.position',
    title: ['.item-title'],
    company: ['.item-subtitle'],
    dateRange: ['.date-range'],
    location: ['.location'],
  },
];

export const EDUCATION_LAYOUTS: readonly SectionLayout[] = [
  {
    // 2025-26 server-driven, as Experience (entries `entity-collection-item-*`, <p> lines).
    era: 'sdui-2025',
    section: [
      '[componentkey$="EducationTopLevelSection"]',
      '[componentkey*="EducationDetailsSection"]',
      '[data-view-name="profile-card-education"]',
    ],
    entry: '[componentkey^="entity-collection-item"]',
    lines: 'p',
    skip: '[data-testid="expandable-text-box"], a[href*="/overlay/"], button, figure',
  },
  {
    // 2022-24 logged-in "pvs" lists (seen 2024-07 and 2024-08).
    era: 'voyager-2022-24',
    section: ['#education'],
    entry: '[data-view-name="profile-component-entity"]',
    lines: 'span[aria-hidden="true"]',
    skip: '.pvs-entity__sub-components, .visually-hidden, button',
  },
  {
    // 2023-24 logged-out public profile.
    era: 'public-2023-24',
    section: ['section[data-section="educationsDetails"]', 'section.education'],
    entry: 'li.education__list-item, li.profile-section-card',
    title: ['.profile-section-card__title', 'h3'],
    degree: ['.education__item--degree-info', '.profile-section-card__subtitle', 'h4'],
    dateRange: ['.date-range', '.education__item--duration'],
  },
  {
    // 2018-21 logged-in Ember.
    era: 'voyager-2018-21',
    section: ['#education-section', 'section.education-section'],
    entry: 'li.pv-education-entity, li.pv-profile-section__list-item',
    title: ['.pv-entity__school-name', 'h3'],
    degree: ['.pv-entity__degree-name .pv-entity__comma-item', '.pv-entity__fos .pv-entity__comma-item'],
    dateRange: ['.pv-entity__dates'],
  },
  {
    // 2015 logged-out public "pp" layout.
    era: 'public-2015',
    section: ['#education'],
    entry: 'li.school',
    title: ['.item-title'],
    degree: ['.item-subtitle'],
    dateRange: ['.date-range'],
  },
];

/** The About text, newest layout first. `#about` anchors are resolved to their <section>. */
export const ABOUT = {
  // 2025-26 server-driven: an "About" card keyed `...About`, text in an expandable box.
  sdui: [
    '[componentkey$="About"] [data-testid="expandable-text-box"]',
    '[data-view-name="profile-card-about"] [data-testid="expandable-text-box"]',
  ],
  // 2022-24 logged-in: the section holding the `#about` anchor; the aria-hidden copy.
  voyagerText: ['.inline-show-more-text span[aria-hidden="true"]', '[class*="inline-show-more-text"]'],
  // 2023-24 public; 2018 logged-in (in the top card); 2015 public.
  legacy: [
    'section.summary .core-section-container__content',
    '[data-section="summary"] .core-section-container__content',
    '.pv-top-card-section__summary-text',
    '.pv-about__summary-text',
    '#summary .description',
  ],
} as const;

/**
 * Failure pages. Sign-in walls (2024 guest home page `d_homepage-guest-home`, 2026 profile auth
 * wall `auth_wall_desktop_profile`), not-found pages (2024 public `page-not-found`) and the
 * 2024 anti-bot interstitial (a meta refresh over an empty body).
 */
export const STATUS = {
  pageKey: 'meta[name="pageKey"]',
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
  signInForms: [
    'form[action*="login-submit"]',
    'form[action*="/signup/"]',
    'form.join-form',
    'form[action*="/uas/"]',
    '.authwall-join-form',
    'input[name="session_password"]',
    'input[type="password"]',
  ],
  notFound: [
    '.page-not-found',
    '[class*="page-not-found"]',
    '.not-found',
    '[class*="not-found__"]',
    '[data-test-id="not-found"]',
    '.profile-unavailable',
  ],
  metaRefresh: 'meta[http-equiv="refresh"], meta[http-equiv="Refresh"], meta[http-equiv="REFRESH"]',
} as const;

/** The profile's own links ("About this profile", contact info, activity, details, edit). */
export const SELF_LINK_SUFFIX = /^(?:overlay|details?|recent-activity|edit|opportunities)\//i;

/** Embedded API responses of the Ember app (2018-24), used only when they name the URL's member. */
export const EMBEDDED_DATA = 'code[id^="bpr-guid-"]';
