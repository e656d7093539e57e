// A red-team pass: pages a real user could plausibly hit that the era fixtures do not cover
// (addresses, names, card lines, experience quirks, failure pages in other languages, GitHub
// accounts, schema.org pages with several people). Invented people and companies throughout.
import { describe, expect, it } from 'vitest';
import { type CaptureResult, type ProfileSnapshot, readProfile } from '@/lib/profiles';
import { parse } from './helpers';

function profileOf(result: CaptureResult): ProfileSnapshot {
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}`);
  return result.profile;
}

const read = (html: string, url: string) => readProfile(parse(html), url);
const reasonOf = (html: string, url: string) => {
  const result = read(html, url);
  return result.ok ? 'ok' : result.reason;
};

// --- LinkedIn 2021-24 logged-in ("voyager") pages -------------------------------------------

/** Every line doubled for screen readers, as LinkedIn renders it. */
const line = (text: string) =>
  `<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;
const entity = (...lines: string[]) =>
  `<li><div data-view-name="profile-component-entity">${lines.map((t) => `<div>${line(t)}</div>`).join('')}</div></li>`;

interface VoyagerOptions {
  slug?: string;
  name?: string;
  headline?: string;
  location?: string;
  experience?: string;
  education?: string;
  /** Markup in <main> before the top card. */
  before?: string;
  photo?: string;
}

function voyager({
  slug = 'tamsin-achebe',
  name = 'Tamsin Achebe',
  headline = 'Platform engineer',
  location = 'Kisumu, Kenya',
  experience = '',
  education = '',
  before = '',
  photo = '',
}: VoyagerOptions = {}): string {
  return `<html><head><title>(3) ${name} | LinkedIn</title></head><body>
  <header id="global-nav"><nav><a href="/in/viewer-person/"><h1>Viewer Person</h1></a></nav></header>
  <main>${before}<section class="artdeco-card" data-member-id="7">${photo}
    <a href="/in/${slug}/overlay/about-this-profile/"><h1 class="text-heading-xlarge">${name}</h1></a>
    ${headline ? `<div class="text-body-medium break-words">${headline}</div>` : ''}
    <div>${location ? `<span class="text-body-small inline t-black--light break-words">${location}</span>` : ''}
      <a id="top-card-text-details-contact-info" href="/in/${slug}/overlay/contact-info/">Contact info</a></div>
  </section>
  ${experience ? `<section><div id="experience"></div><ul>${experience}</ul></section>` : ''}
  ${education ? `<section><div id="education"></div><ul>${education}</ul></section>` : ''}
  </main><aside><section><a href="/in/rail-stranger/"><h1>Rail Stranger</h1></a></section></aside></body></html>`;
}

const TAMSIN = 'https://www.linkedin.com/in/tamsin-achebe/';

describe('LinkedIn addresses a user can be on', () => {
  it.each([
    ['a country subdomain and a trailing language', 'https://ke.linkedin.com/in/tamsin-achebe/en'],
    ['the old mobile site', 'https://www.linkedin.com/mwlite/in/tamsin-achebe'],
    ['the mobile host', 'https://m.linkedin.com/in/tamsin-achebe/'],
    ['a details sub-page', 'https://www.linkedin.com/in/tamsin-achebe/details/experience/'],
    ['the activity sub-page', 'https://www.linkedin.com/in/tamsin-achebe/recent-activity/all/'],
    ['plain http without www', 'http://linkedin.com/in/tamsin-achebe'],
    ['capitals everywhere', 'HTTPS://WWW.LINKEDIN.COM/IN/TAMSIN-ACHEBE/'],
    ['spaces around a pasted address', '  https://www.linkedin.com/in/tamsin-achebe/?trk=x#about  '],
  ])('%s', (_what, url) => {
    expect(profileOf(read(voyager(), url)).profileUrl).toBe(TAMSIN);
  });

  it('keys a CJK slug the same whether the address is decoded or percent-encoded in either case', () => {
    const page = voyager({ slug: '%e7%8e%8b%e5%b0%8f%e6%98%8e', name: '王小明' });
    const decoded = profileOf(read(page, 'https://www.linkedin.com/in/王小明/'));
    const upper = profileOf(read(page, 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/'));
    expect(decoded.profileUrl).toBe('https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/');
    expect(upper.profileUrl).toBe(decoded.profileUrl);
    expect(decoded.fullName).toBe('王小明');
  });

  it('accepts card links on another country host', () => {
    const page = voyager().replaceAll('href="/in/', 'href="https://ke.linkedin.com/in/');
    expect(profileOf(read(page, TAMSIN)).fullName).toBe('Tamsin Achebe');
  });
});

describe('LinkedIn names and missing lines', () => {
  it.each(['Tamsin Achebe, PhD', 'Tamsin Achebe 🌍', '山田 太郎', 'Dr. Tamsin Achebe-Ochieng, MBA, CFA'])(
    'keeps the name as shown: %s',
    (name) => {
      expect(profileOf(read(voyager({ name }), TAMSIN)).fullName).toBe(name);
    },
  );

  it('invents no headline or place when the card has none', () => {
    const p = profileOf(read(voyager({ headline: '', location: '' }), TAMSIN));
    expect(p.headline).toBeUndefined();
    expect(p.location).toBeUndefined();
  });

  it('takes the current company from Experience when the card shows none', () => {
    const p = profileOf(
      read(
        voyager({
          experience:
            entity('Staff Engineer', 'Quarry Labs · Full-time', 'Jan 2020 - Present · 4 yrs', 'Remote') +
            entity('Engineer', 'Old Mill Co', 'Jan 2015 - Dec 2019'),
        }),
        TAMSIN,
      ),
    );
    expect(p).toMatchObject({ company: 'Quarry Labs', title: 'Staff Engineer' });
  });

  it('reads education without a degree, and without dates', () => {
    const dated = profileOf(
      read(voyager({ education: entity('Lakeside University', '2013 - 2017') }), TAMSIN),
    );
    expect(dated.education).toEqual([{ school: 'Lakeside University', dateRange: '2013 - 2017' }]);
    const undated = profileOf(
      read(voyager({ education: entity('Lakeside University', 'BSc, Physics') }), TAMSIN),
    );
    expect(undated.education).toEqual([{ school: 'Lakeside University', degree: 'BSc, Physics' }]);
  });

  it('keeps the open-to-work photo and drops ghost silhouettes from any static host', () => {
    const photo = (src: string) =>
      `<button class="pv-top-card-profile-picture__container"><img class="pv-top-card-profile-picture__image--show" alt="Tamsin Achebe" src="${src}"></button>`;
    const real = 'https://media.example.test/dms/image/profile-displayphoto-shrink_400_400/tamsin.jpg';
    expect(profileOf(read(voyager({ photo: photo(real) }), TAMSIN)).photoUrl).toBe(real);
    for (const ghost of [
      'https://static-exp1.licdn.com/sc/h/244xhbkr7g40x6bsu4gi6q4ry',
      'https://static.licdn.com/aero-v1/sc/h/1c5u578iilxfi4m4dvc4q810q',
      'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    ])
      expect(profileOf(read(voyager({ photo: photo(ghost) }), TAMSIN)).photoUrl).toBeUndefined();
  });
});

describe('LinkedIn experience quirks', () => {
  it.each([
    ['Spanish', 'Andes Tech · Jornada completa', 'ene. de 2020 - actualidad · 4 años 2 meses', 'Andes Tech'],
    ['German', 'Bergwerk GmbH · Vollzeit', 'Jan. 2020 – Heute · 4 Jahre 2 Monate', 'Bergwerk GmbH'],
    ['Chinese', '北辰科技 · 全职', '2020年1月 - 至今 · 4年2个月', '北辰科技'],
    ['Portuguese', 'Mar Azul · Tempo integral', 'jan. de 2020 - o momento · 4 anos', 'Mar Azul'],
    ['Italian', 'Laguna Srl · A tempo pieno', 'gen 2020 - Presente · 4 anni', 'Laguna Srl'],
    ['Korean', '한빛 · 정규직', '2020년 1월 - 현재 · 4년', '한빛'],
    ['Turkish', 'Boğaz AŞ · Tam zamanlı', 'Oca 2020 - Halen · 4 yıl', 'Boğaz AŞ'],
    ['Arabic', 'شركة النخيل · دوام كامل', 'يناير 2020 - الحالي · 4 سنوات', 'شركة النخيل'],
  ])('reads a current role in a %s interface', (_language, companyLine, dates, company) => {
    const p = profileOf(read(voyager({ experience: entity('Role', companyLine, dates) }), TAMSIN));
    expect(p.company).toBe(company);
    expect(p.experience[0]?.dateRange).toBe(dates.split(' · ')[0]);
  });

  it('reads roles grouped under one company, with the group’s place', () => {
    const group = `<li><div data-view-name="profile-component-entity"><div>${line('Northwind Ferries')}</div><div>${line('Full-time · 6 yrs')}</div><div>${line('Mombasa, Kenya')}</div>
      <div class="pvs-entity__sub-components"><ul>${entity('Senior Engineer', 'Mar 2021 - Present · 3 yrs')}${entity('Engineer', 'Jan 2018 - Feb 2021 · 3 yrs')}</ul></div></div></li>`;
    const p = profileOf(read(voyager({ experience: group }), TAMSIN));
    expect(p.experience).toEqual([
      {
        title: 'Senior Engineer',
        company: 'Northwind Ferries',
        dateRange: 'Mar 2021 - Present',
        location: 'Mombasa, Kenya',
      },
      {
        title: 'Engineer',
        company: 'Northwind Ferries',
        dateRange: 'Jan 2018 - Feb 2021',
        location: 'Mombasa, Kenya',
      },
    ]);
    expect(p).toMatchObject({ company: 'Northwind Ferries', title: 'Senior Engineer' });
  });

  it('never takes a career break, or its kind, for an employer', () => {
    for (const [first, second] of [
      ['Career Break', 'Caregiving'],
      ['Full-time parenting', 'Career Break'],
    ] as const) {
      const p = profileOf(
        read(
          voyager({
            experience:
              entity(first, second, 'Jan 2023 - Present · 1 yr') +
              entity('Engineer', 'Old Mill Co · Full-time', 'Jan 2015 - Dec 2022'),
          }),
          TAMSIN,
        ),
      );
      expect(p.company).toBeUndefined();
      expect(p.experience[0]?.company).toBeUndefined();
      expect(p.experience[1]?.company).toBe('Old Mill Co');
    }
  });
});

describe('LinkedIn: strangers before the top card', () => {
  it('ignores "People you may know" and the viewer’s mini-profile shown before the card', () => {
    const before = `<section><h2>People you may know</h2><ul>${entity('Stranger One', 'Designer')}</ul>
      <a href="/in/stranger-one/"><img alt="Stranger One" src="https://media.example.test/s1.jpg"></a></section>
      <div class="feed-identity-module"><a href="/in/viewer-person/"><h3>Viewer Person</h3></a><p>Recruiter</p></div>`;
    expect(profileOf(read(voyager({ before }), TAMSIN)).fullName).toBe('Tamsin Achebe');
  });
});

// --- LinkedIn 2025-26 server-driven ("SDUI") top cards --------------------------------------

const LENA = 'https://www.linkedin.com/in/lena-okafor/';

/** A 2025 top card: the name, then the given lines, then (optionally) the place and Contact info. */
function sdui(lines: string, { place = 'Accra, Ghana', after = '', sections = '' } = {}): string {
  return `<html><head><title>Lena Okafor | LinkedIn</title></head><body>
  <header><nav><a href="https://www.linkedin.com/in/viewer-person/">Me</a><h2>Viewer Person</h2></nav></header>
  <main><div componentkey="com.linkedin.sdui.profile.card.refACoAAXTopcard"><section>
    <div aria-label="Profile photo"><figure><img alt="" src="https://media.example.test/profile-displayphoto/lena.jpg"></figure></div>
    <div><div><a href="https://www.linkedin.com/in/lena-okafor/"><h2>Lena Okafor</h2></a><p>· 3rd+</p></div></div>
    ${lines}
    <div>${place ? `<p>${place}</p><p>·</p>` : ''}<p><a href="https://www.linkedin.com/in/lena-okafor/overlay/contact-info/">Contact info</a></p></div>
    <p>300 followers</p>${after}
  </section></div>${sections}</main></body></html>`;
}

const sduiSection = (kind: string, ...entries: string[][]) =>
  `<div componentkey="com.linkedin.sdui.profile.card.refACoAAX${kind}TopLevelSection"><h2>${kind}</h2>${entries
    .map(
      (lines, i) =>
        `<div componentkey="entity-collection-item-${kind}${i}"><hr><a href="https://www.linkedin.com/company/${i}/">${lines.map((t) => `<p>${t}</p>`).join('')}</a></div>`,
    )
    .join('')}</div>`;

describe('LinkedIn 2025 card lines', () => {
  it('reads headline, company and place, and no place when there is none', () => {
    expect(
      profileOf(read(sdui('<p>Product lead at Kestrel</p><p>Kestrel · Lakeside University</p>'), LENA)),
    ).toMatchObject({
      headline: 'Product lead at Kestrel',
      company: 'Kestrel',
      location: 'Accra, Ghana',
    });
    const p = profileOf(read(sdui('<p>Product lead at Kestrel</p><p>Kestrel</p>', { place: '' }), LENA));
    expect(p.location).toBeUndefined();
    expect(p.company).toBe('Kestrel');
  });

  it('does not take the "Company · School" line for a headline when the member wrote none', () => {
    const sections =
      sduiSection('Experience', ['Product lead', 'Kestrel · Full-time', 'Jan 2021 - Present']) +
      sduiSection('Education', ['Lakeside University', 'BA, History', '2010 - 2014']);
    const p = profileOf(read(sdui('<p>Kestrel · Lakeside University</p>', { sections }), LENA));
    expect(p.headline).toBeUndefined();
    expect(p).toMatchObject({ company: 'Kestrel', title: 'Product lead', location: 'Accra, Ghana' });
  });

  it.each(['Elle/Elle', 'Sie/Ihr', 'Ella/Ella', 'They/Them/Theirs', '(he/him)'])(
    'skips pronouns in any language (%s), so the headline and company stay in place',
    (pronouns) => {
      const p = profileOf(read(sdui(`<p>${pronouns}</p><p>Product lead at Kestrel</p><p>Kestrel</p>`), LENA));
      expect(p).toMatchObject({ headline: 'Product lead at Kestrel', company: 'Kestrel' });
    },
  );

  it.each(['CEO/CTO', 'Coach/Mentor', 'Writer/Editor', 'Actor/Model'])(
    'keeps a short slash headline that is not pronouns (%s)',
    (headline) => {
      expect(profileOf(read(sdui(`<p>${headline}</p><p>Kestrel</p>`), LENA)).headline).toBe(headline);
    },
  );

  it.each([
    [
      'Open to work',
      '<div><p>Open to work</p><p>Product Manager roles</p><a href="#">Show details</a></div>',
    ],
    ['Providing services', '<div><p>Providing services</p><p>Consulting, Coaching</p></div>'],
    [
      'a French open-to-work box',
      '<div><p>En recherche d’emploi</p><p>Postes de cheffe de produit</p></div>',
    ],
  ])('never takes the %s box below the place for the employer', (_what, box) => {
    const p = profileOf(read(sdui('<p>Product lead at Kestrel</p>', { after: box }), LENA));
    expect(p.company).toBeUndefined();
    expect(p.headline).toBe('Product lead at Kestrel');
  });

  it('reads a name followed by an emoji or a verified badge', () => {
    const emoji = sdui('<p>Product lead</p>').replace('Lena Okafor</h2>', 'Lena Okafor ✨</h2>');
    expect(profileOf(read(emoji, LENA)).fullName).toBe('Lena Okafor ✨');
    const badge = sdui('<p>Product lead</p>').replace(
      'Lena Okafor</h2>',
      'Lena Okafor<svg aria-label="Verified"><title>Verified</title></svg></h2>',
    );
    expect(profileOf(read(badge, LENA)).fullName).toBe('Lena Okafor');
  });

  it('says the card is still rendering while it is an empty skeleton', () => {
    const skeleton = `<main><div componentkey="com.linkedin.sdui.profile.card.refACoAAXTopcard"><section><div><h2></h2></div><p></p></section></div></main>`;
    expect(reasonOf(skeleton, LENA)).toBe('not-rendered');
  });
});

// --- Failure pages ------------------------------------------------------------------------

describe('LinkedIn and GitHub failure pages, in other languages', () => {
  const page = (lang: string, title: string, body: string) =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><header><nav><a href="/feed/">Accueil</a></nav></header><main>${body}</main></body></html>`;

  it.each([
    ['French', page('fr', 'LinkedIn', '<h1>Trop de requêtes</h1><p>Veuillez réessayer plus tard.</p>')],
    ['German, a 429 title', page('de', 'Fehler 429', '<h1>Zu viele Anfragen</h1>')],
    ['Spanish, the code in the text', page('es', 'LinkedIn', '<h2>Algo salió mal</h2><p>Error 429</p>')],
    ['Portuguese', page('pt', 'LinkedIn', '<h1>Muitas solicitações</h1>')],
    ['LinkedIn’s 999 answer', page('en', 'LinkedIn', '<p>Request denied (999)</p>')],
  ])('rate limit: %s', (_what, html) => {
    expect(reasonOf(html, LENA)).toBe('rate-limited');
  });

  it.each([
    ['French', page('fr', 'LinkedIn', '<h1>Cette page n’existe pas</h1><p>Vérifiez l’URL.</p>')],
    ['German', page('de', 'Seite nicht gefunden | LinkedIn', '<h1>Diese Seite existiert nicht</h1>')],
    ['Spanish', page('es', 'LinkedIn', '<h2>Esta página no existe</h2>')],
    ['Italian', page('it', 'LinkedIn', '<h2>Questa pagina non esiste</h2>')],
    ['Dutch', page('nl', 'LinkedIn', '<h1>Deze pagina bestaat niet</h1>')],
    ['a 404 title', page('ja', '404 | LinkedIn', '<h1>ページが見つかりません</h1>')],
    ['"profile is not available"', page('en', 'LinkedIn', '<h2>This profile is not available</h2>')],
  ])('not found: %s', (_what, html) => {
    expect(reasonOf(html, LENA)).toBe('not-found');
  });

  it('still says a logged-in shell that has not rendered is rendering', () => {
    const shell = page('en', 'LinkedIn', '<div class="artdeco-loader"></div>');
    expect(reasonOf(shell, LENA)).toBe('not-rendered');
    expect(reasonOf('<html><head></head><body></body></html>', LENA)).toBe('not-rendered');
  });

  it('does not take a member whose name looks like a word of those pages for a failure', () => {
    // A rendering page titled with a member's name is not a rate limit or a missing page.
    expect(reasonOf(page('fr', '(2) Troppmann Existo | LinkedIn', ''), LENA)).toBe('not-rendered');
  });

  it('reads a French sign-in wall by its form', () => {
    const wall = page(
      'fr',
      'Inscrivez-vous | LinkedIn',
      '<h1>Rejoignez LinkedIn</h1><form action="https://www.linkedin.com/uas/login-submit"><input type="email"><input type="password"></form>',
    );
    expect(reasonOf(wall, LENA)).toBe('sign-in-wall');
  });

  it('GitHub: the secondary rate-limit page and the 429 page', () => {
    const whoa = page('en', 'GitHub', '<h1>Whoa there!</h1><p>You have exceeded a secondary rate limit.</p>');
    expect(reasonOf(whoa, 'https://github.com/tova-brenner')).toBe('rate-limited');
    const tooMany =
      '<html><head><title>429 Too Many Requests</title></head><body><h1>Too Many Requests</h1></body></html>';
    expect(reasonOf(tooMany, 'https://github.com/tova-brenner')).toBe('rate-limited');
  });

  it('never throws on documents that are not HTML pages', () => {
    const xml = new DOMParser().parseFromString('<a/>', 'application/xml');
    expect(readProfile(xml, LENA)).toEqual({ ok: false, reason: 'not-rendered' });
    expect(readProfile(xml, 'https://github.com/tova-brenner').ok).toBe(false);
  });
});

// --- GitHub -------------------------------------------------------------------------------

const TOVA = 'https://github.com/tova-brenner';

function github(card: string, extra = ''): string {
  return `<html><head><title>GitHub</title></head><body><header role="banner"><img class="avatar" alt="@viewer" src="https://avatars.example.test/u/1"></header><main>${card}${extra}</main></body></html>`;
}

function githubCard(name: string, login = 'tova-brenner', more = '', avatar = true): string {
  return `<div class="h-card" itemscope itemtype="http://schema.org/Person">${
    avatar
      ? `<a itemprop="image" href="https://avatars.example.test/u/5?v=4"><img class="avatar avatar-user" src="https://avatars.example.test/u/5?v=4" alt="@${login}"></a>`
      : ''
  }<h1><span class="p-name vcard-fullname" itemprop="name">${name}</span><span class="p-nickname vcard-username" itemprop="additionalName">${login}</span></h1>${more}</div>`;
}

describe('GitHub accounts', () => {
  it('uses the login as the name when the user set none, and keeps an emoji name', () => {
    expect(profileOf(read(github(githubCard('')), TOVA)).fullName).toBe('tova-brenner');
    expect(profileOf(read(github(githubCard('Tova Brenner 🦀')), TOVA)).fullName).toBe('Tova Brenner 🦀');
  });

  it('keys a capitalised address with a tab query by the lower-case login', () => {
    const p = profileOf(
      read(github(githubCard('Tova Brenner')), 'https://github.com/Tova-Brenner/?tab=repositories'),
    );
    expect(p.profileUrl).toBe(TOVA);
  });

  it('reads an Enterprise Managed User, whose login ends in _<shortcode>', () => {
    const p = profileOf(
      read(github(githubCard('Tova Brenner', 'tova_kiln')), 'https://github.com/tova_kiln'),
    );
    expect(p).toMatchObject({ profileUrl: 'https://github.com/tova_kiln', fullName: 'Tova Brenner' });
  });

  it('removes the @ of every organisation the company line mentions', () => {
    const more =
      '<ul><li itemprop="worksFor"><span class="p-org"><div><a class="user-mention" href="/kiln-works">@kiln-works</a> &amp; <a class="user-mention" href="/beta-labs">@beta-labs</a></div></span></li></ul>';
    expect(profileOf(read(github(githubCard('Tova Brenner', undefined, more)), TOVA)).company).toBe(
      'kiln-works & beta-labs',
    );
  });

  it('never takes an organisation’s avatar from the Organizations list for the user’s photo', () => {
    const orgs =
      '<div><h2>Organizations</h2><a itemprop="follows" href="/kiln-works"><img class="avatar" alt="@kiln-works" src="https://avatars.example.test/u/777"></a></div>';
    const p = profileOf(read(github(githubCard('Tova Brenner', undefined, orgs, false)), TOVA));
    expect(p.photoUrl).toBeUndefined();
    const withOwn = profileOf(read(github(githubCard('Tova Brenner', undefined, orgs)), TOVA));
    expect(withOwn.photoUrl).toBe('https://avatars.example.test/u/5?v=4');
  });

  it('is not a person on an organisation page marked only by its hovercard tag', () => {
    const org = `<html><head><title>Kiln Works · GitHub</title><meta name="hovercard-subject-tag" content="organization:999"></head><body><main><img class="avatar" src="https://avatars.example.test/u/9" alt="@kiln-works"><h1>Kiln Works</h1><div><h2>People</h2><a href="/tova-brenner"><img class="avatar" alt="@tova-brenner" src="https://avatars.example.test/u/5"></a></div></main></body></html>`;
    expect(reasonOf(org, 'https://github.com/kiln-works')).toBe('unsupported-page');
  });

  it.each([
    'https://github.com/sponsors/tova-brenner',
    'https://github.com/tova-brenner/kiln',
    'https://github.com/orgs/kiln-works/people',
  ])('is no profile page: %s', (url) => {
    expect(reasonOf(github(githubCard('Tova Brenner')), url)).toBe('unsupported-page');
  });

  it('says "mismatch" when the card still shows the previous user', () => {
    expect(reasonOf(github(githubCard('Other Person', 'other-person')), TOVA)).toBe('mismatch');
  });
});

// --- schema.org Person on other sites -----------------------------------------------------

const jsonLd = (...blocks: string[]) =>
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`;

describe('schema.org Person on any site', () => {
  it('reads a Person listed beside the WebSite in a top-level array', () => {
    const html = jsonLd(
      '[{"@context":"https://schema.org","@type":"WebSite","name":"Mira’s site","url":"https://mira.example.test/"},{"@type":"Person","name":"Mira Solberg","jobTitle":"Ceramicist","worksFor":{"@type":"Organization","name":"Kiln Works"},"address":{"@type":"PostalAddress","addressLocality":"Bergen","addressCountry":"NO"}}]',
    );
    expect(profileOf(read(html, 'https://mira.example.test/'))).toMatchObject({
      network: 'generic',
      fullName: 'Mira Solberg',
      title: 'Ceramicist',
      company: 'Kiln Works',
      location: 'Bergen',
    });
  });

  it('reads the Person an AboutPage in @graph is about, not a guest', () => {
    const html = jsonLd(
      '{"@context":"https://schema.org","@graph":[{"@type":"AboutPage","about":{"@id":"https://mira.example.test/#me"}},{"@type":"Person","@id":"https://mira.example.test/#me","name":"Mira Solberg"},{"@type":"Person","name":"Guest Writer"}]}',
    );
    expect(profileOf(read(html, 'https://mira.example.test/about')).fullName).toBe('Mira Solberg');
  });

  it('refuses a team page of several people, in JSON-LD or microdata', () => {
    expect(
      reasonOf(
        jsonLd('[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Okoro"}]'),
        'https://studio.example.test/team',
      ),
    ).toBe('unsupported-page');
    const micro = `<main><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Ruiz</span></div><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ben Okoro</span></div></main>`;
    expect(reasonOf(micro, 'https://studio.example.test/team')).toBe('unsupported-page');
  });

  it('picks, among several people, the one whose own page this is', () => {
    const speakers = jsonLd(
      '{"@type":"Event","name":"Clay Conf","performer":[{"@type":"Person","name":"Ana Ruiz","url":"https://conf.example.test/speakers/ana-ruiz"},{"@type":"Person","name":"Ben Okoro","url":"https://conf.example.test/speakers/ben-okoro"}]}',
    );
    expect(profileOf(read(speakers, 'https://conf.example.test/speakers/ben-okoro')).fullName).toBe(
      'Ben Okoro',
    );
  });

  it('recognises the person’s own page whatever its scheme, www. or index.html', () => {
    const html = jsonLd(
      '{"@type":"Person","name":"Mira Solberg","url":"http://www.mira.example.test/index.html"}',
      '{"@type":"Person","name":"Ana Ruiz"}',
    );
    expect(profileOf(read(html, 'https://mira.example.test/')).fullName).toBe('Mira Solberg');
  });

  it('reads prefixed types, language-tagged names and given/family names', () => {
    for (const block of [
      '{"@context":{"@vocab":"http://schema.org/"},"@type":"schema:Person","name":"Mira Solberg"}',
      '{"@type":"Person","name":{"@value":"Mira Solberg","@language":"nb"}}',
      '{"@type":"Person","givenName":"Mira","familyName":"Solberg"}',
      '{"@type":["Person","Artist"],"name":"Mira Solberg"}',
    ])
      expect(profileOf(read(jsonLd(block), 'https://mira.example.test/')).fullName).toBe('Mira Solberg');
  });

  it('is not a profile when the only person is an article’s author', () => {
    const post = jsonLd(
      '{"@type":"BlogPosting","headline":"Glazes","author":{"@type":"Person","name":"Mira Solberg","url":"https://mira.example.test/"}}',
    );
    expect(reasonOf(post, 'https://blog.example.test/glazes')).toBe('unsupported-page');
  });
});
