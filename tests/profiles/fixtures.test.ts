// Every synthetic page (one per LinkedIn layout era, per failure page, per GitHub case) read as
// a user would see it captured.
import { describe, expect, it } from 'vitest';
import { type CaptureResult, type ProfileSnapshot, readProfile } from '@/lib/profiles';
import { fixture, pageFixtures } from './helpers';

function profileOf(result: CaptureResult): ProfileSnapshot {
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}`);
  return result.profile;
}

function read(name: string): ProfileSnapshot {
  const { doc, check } = fixture(name);
  return profileOf(readProfile(doc, check.url));
}

describe('each synthetic page gives the expected capture', () => {
  it.each(pageFixtures())('%s', (name) => {
    const { doc, check } = fixture(name);
    const result = readProfile(doc, check.url);
    if (!check.expect.ok) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(check.expect.reasons).toContain(result.reason);
      return;
    }
    const profile = profileOf(result);
    for (const field of ['profileUrl', 'fullName', 'headline', 'location', 'company'] as const) {
      // A field the page does not show must not be invented either.
      expect(profile[field], field).toBe(check.expect[field]);
    }
  });
});

describe('the 2015 public layout', () => {
  it('reads the current company, not a previous one listed first, and the photo', () => {
    const p = read('linkedin-public-2015.html');
    expect(p.company).toBe('Havforsk Institute');
    expect(p.photoUrl).toBe('https://media.example.test/mokonkwo-400.jpg');
    expect(p.about).toBe('I study kelp forests.\nAnd I teach diving.');
  });

  it('reads experience and education with dates but without durations', () => {
    const p = read('linkedin-public-2015.html');
    expect(p.experience).toEqual([
      {
        title: 'Research Director',
        company: 'Havforsk Institute',
        dateRange: '2012 – Present',
        location: 'Bergen',
      },
      { title: 'Field Scientist', company: 'Coral Watch', dateRange: '2006 – 2012' },
    ]);
    expect(p.education).toEqual([
      {
        school: 'University of Bergen',
        degree: 'Doctor of Philosophy (PhD), Marine Biology',
        dateRange: '2001 – 2006',
      },
    ]);
    expect(p.title).toBe('Research Director');
  });
});

describe('the 2018 logged-in layout (a body fragment, no <head>)', () => {
  it('takes the photo from the CSS background of the top card', () => {
    expect(read('linkedin-loggedin-2018.html').photoUrl).toBe(
      'https://media.example.test/tomasz-800.jpg?e=1&v=beta',
    );
  });

  it('reads the clamped summary once, without the dummy ellipsis or the "Show more" button', () => {
    expect(read('linkedin-loggedin-2018.html').about).toBe(
      'Building teams that ship calm software, one release at a time. I also m...',
    );
  });

  it('leaves screen-reader labels, durations and media titles out of experience', () => {
    const p = read('linkedin-loggedin-2018.html');
    expect(p.experience).toEqual([
      {
        title: 'VP Engineering',
        company: 'Brightwater',
        dateRange: 'Mar 2015 – Present',
        location: 'Seattle, WA',
      },
      { title: 'Engineering Manager', company: 'Kettle Systems', dateRange: '2011 – 2015' },
    ]);
    expect(p.education).toEqual([
      {
        school: 'Warsaw University of Technology',
        degree: 'Master of Science, Computer Science',
        dateRange: '2004 – 2009',
      },
    ]);
  });
});

describe('the 2021 logged-in layout', () => {
  it('gives every role grouped under one company that company', () => {
    const p = read('linkedin-loggedin-2021.html');
    expect(p.experience).toEqual([
      {
        title: 'Lead Product Designer',
        company: 'Lantern Health',
        dateRange: 'Jan 2019 – Present',
        location: 'Osaka, Japan',
      },
      { title: 'Product Designer', company: 'Lantern Health', dateRange: 'Dec 2016 – Dec 2018' },
      { title: 'Junior Designer', company: 'Maple Studio', dateRange: 'Apr 2014 – Nov 2016' },
    ]);
    expect(p.title).toBe('Lead Product Designer');
  });

  it('keeps the About text’s paragraphs but not its "see more" button', () => {
    expect(read('linkedin-loggedin-2021.html').about).toBe(
      'I design for people who are often left out.\n\nAsk me about inclusive research.',
    );
  });
});

describe('the 2024 logged-in layout (hashed classes, doubled text)', () => {
  it('reads each text once, not the screen-reader copy as well', () => {
    const p = read('linkedin-loggedin-2024.html');
    expect(p.about).toBe(
      'I move data between hospitals without losing anyone’s trust.\n\nMentoring two junior engineers.',
    );
    expect(p.experience[0]?.title).toBe('Senior Data Engineer');
  });

  it('treats a private (ghost) photo as no photo, and never uses a mutual connection’s face', () => {
    expect(read('linkedin-loggedin-2024.html').photoUrl).toBeUndefined();
  });

  it('reads grouped roles, employment types and durations left out', () => {
    expect(read('linkedin-loggedin-2024.html').experience).toEqual([
      {
        title: 'Senior Data Engineer',
        company: 'Northwind Health',
        dateRange: 'Mar 2021 - Present',
        location: 'Lagos, Nigeria',
      },
      {
        title: 'Data Engineer',
        company: 'Northwind Health',
        dateRange: 'Jul 2018 - Feb 2021',
        location: 'Abuja, Nigeria · Hybrid',
      },
      { title: 'Software Intern', company: 'Paystack', dateRange: 'Jun 2017 - Sep 2017' },
    ]);
    expect(read('linkedin-loggedin-2024.html').education).toEqual([
      {
        school: 'University of Lagos',
        degree: 'Bachelor of Science - BS, Computer Science',
        dateRange: '2013 - 2017',
      },
    ]);
  });
});

describe('a company whose name starts with "Current" or "Now"', () => {
  it('is read as the company, not as a date range', () => {
    const p = read('linkedin-loggedin-2024-company-words.html');
    expect(p.experience).toEqual([
      {
        title: 'Grid Storage Engineer',
        company: 'Current Tide Energy',
        dateRange: 'Apr 2022 - Present',
        location: 'Brest, Brittany, France · On-site',
      },
      { title: 'Field Technician', company: 'Now Wind Cooperative', dateRange: 'Sep 2019 - Mar 2022' },
    ]);
    expect(p.title).toBe('Grid Storage Engineer');
  });
});

describe('several current roles', () => {
  it('gives the title of the role at the company the top card shows', () => {
    const p = read('linkedin-loggedin-2024-two-current-roles.html');
    expect(p).toMatchObject({ title: 'Chief Epidemiologist', company: 'Meridian Public Health Trust' });
    expect(p.photoUrl).toBe('https://media.example.test/tomasina-200.jpg');
  });
});

describe('a page in another language', () => {
  it('knows the current role by its open-ended range, and the company before the employment type', () => {
    const p = read('linkedin-loggedin-2024-japanese-ui.html');
    expect(p.title).toBe('主任修復士');
    expect(p.experience).toEqual([
      { title: '主任修復士', company: '雲丹工房', dateRange: '2021年4月 - 現在', location: '日本 京都府' },
      { title: '修復士', company: '雲丹工房', dateRange: '2018年7月 - 2021年3月' },
      { title: 'インターン', company: '青磁舎', dateRange: '2017年6月 - 2017年9月' },
    ]);
  });

  it('reads abbreviated months that end in a full stop as dates, not sentences', () => {
    const p = read('linkedin-public-2024-french.html');
    expect(p.title).toBe('Responsable d’atelier');
    expect(p.experience).toEqual([
      {
        title: 'Responsable d’atelier',
        company: 'Atelier Sablier',
        dateRange: 'févr. 2022 - aujourd’hui',
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
      },
      { title: 'Horlogère', company: 'Atelier Sablier', dateRange: 'sept. 2018 - janv. 2022' },
    ]);
  });
});

describe('the 2023-24 public layout', () => {
  it('reads the name and headline without the sign-in modals inside the card', () => {
    const p = read('linkedin-public-2024.html');
    expect(p.fullName).toBe('Jonas Feldmann');
    expect(p.headline).not.toMatch(/sign in/i);
    expect(p.location).toBe('Munich, Bavaria, Germany');
  });

  it('takes the profile photo, not the cover image', () => {
    expect(read('linkedin-public-2024.html').photoUrl).toBe('https://media.example.test/jonas-200.jpg');
  });

  it('reads grouped roles and splits degree and field of study', () => {
    const p = read('linkedin-public-2024.html');
    expect(p.experience).toEqual([
      {
        title: 'Staff Engineer',
        company: 'Quarry Robotics',
        dateRange: 'Feb 2021 - Present',
        location: 'Munich, Bavaria, Germany',
      },
      {
        title: 'Senior Engineer',
        company: 'Bergwerk Automation',
        dateRange: 'Jan 2018 - Jan 2021',
        location: 'Stuttgart',
      },
      { title: 'Engineer', company: 'Bergwerk Automation', dateRange: 'Dec 2015 - Dec 2017' },
    ]);
    expect(p.education).toEqual([
      {
        school: 'Technical University of Munich',
        degree: 'Master of Science - MS, Robotics',
        dateRange: '2013 - 2015',
      },
    ]);
    expect(p.about).toBe(
      'I make robots stop before they bump into people.\n\nHappy to talk about safety cases.',
    );
  });
});

describe('the 2025-26 server-driven layout (no h1, componentkey cards)', () => {
  it('reads the top card by structure: headline, then company line, then place', () => {
    const p = read('linkedin-loggedin-2025-sdui.html');
    expect(p).toMatchObject({
      fullName: 'Lucía Fernández',
      headline: 'Head of Design Research at Solenne · Teaching at IE',
      company: 'Solenne',
      title: 'Head of Design Research',
      location: 'Madrid, Community of Madrid, Spain',
      photoUrl: 'https://media.example.test/profile-displayphoto-shrink_200_200/lucia.jpg',
    });
  });

  it('reads roles, grouped roles and education; descriptions, skills and media stay out', () => {
    const p = read('linkedin-loggedin-2025-sdui.html');
    expect(p.experience).toEqual([
      {
        title: 'Head of Design Research',
        company: 'Solenne',
        dateRange: 'Mar 2022 - Present',
        location: 'Madrid, Spain · Hybrid',
      },
      {
        title: 'Research Lead',
        company: 'Atalaya Studio',
        dateRange: 'Jan 2019 - Feb 2022',
        location: 'Barcelona, Spain',
      },
      {
        title: 'UX Researcher',
        company: 'Atalaya Studio',
        dateRange: 'Feb 2016 - Dec 2018',
        location: 'Remote',
      },
    ]);
    expect(p.education).toEqual([
      {
        school: 'IE University',
        degree: "Master's degree, Human-Computer Interaction",
        dateRange: '2012 – 2014',
      },
    ]);
    expect(p.about).toBe('I study how people decide what to trust online.\nAsk me about interview methods.');
  });
});

describe('GitHub', () => {
  it('reads a user page: bio as headline and about, organisation without its @, avatar', () => {
    expect(read('github-user.html')).toEqual({
      network: 'github',
      profileUrl: 'https://github.com/adaquill',
      fullName: 'Ada Quillfeather',
      headline: 'Compiler person. Mentoring new contributors to open source.',
      about: 'Compiler person. Mentoring new contributors to open source.',
      company: 'lanternhealth',
      location: 'Dublin, Ireland',
      photoUrl: 'https://avatars.example.test/u/424242?v=4',
      experience: [],
      education: [],
    });
  });

  it('uses the login as the name when the user has set none', () => {
    const { doc } = fixture('github-user.html');
    doc.querySelector('.vcard-fullname')?.remove();
    expect(profileOf(readProfile(doc, 'https://github.com/adaquill')).fullName).toBe('adaquill');
  });

  it('reads the login beside the pronouns GitHub shows in the same element', () => {
    const { doc } = fixture('github-user-pronouns.html');
    expect(profileOf(readProfile(doc, 'https://github.com/Kiri-Tane/')).fullName).toBe('Kiri Tane');
    doc.querySelector('.vcard-fullname')?.remove();
    expect(profileOf(readProfile(doc, 'https://github.com/kiri-tane')).fullName).toBe('kiri-tane');
  });
});
