import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, classifyUrl } from '@/lib/profiles/detect';

describe('which addresses are LinkedIn profiles', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['http://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://uk.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    [
      'https://se.linkedin.com/in/jane-doe-4b1a2?trk=public_profile_browsemap',
      'https://www.linkedin.com/in/jane-doe-4b1a2/',
    ],
    ['https://m.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/mwlite/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/#experience', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/all/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://WWW.LinkedIn.com./in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['  https://www.linkedin.com/in/jane-doe  ', 'https://www.linkedin.com/in/jane-doe/'],
    // A unicode slug, encoded as the browser shows it or pasted decoded: one form.
    [
      'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/',
      'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/',
    ],
    ['https://www.linkedin.com/in/lucía-fernández', 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/'],
    [
      'https://www.linkedin.com/in/LUC%C3%8DA-fern%c3%a1ndez',
      'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/',
    ],
    [
      'https://www.linkedin.com/in/%D9%84%D9%8A%D9%84%D9%89',
      'https://www.linkedin.com/in/%D9%84%D9%8A%D9%84%D9%89/',
    ],
  ])('%s is the profile %s', (url, canonical) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
    expect(classifyUrl(url)).toMatchObject({ network: 'linkedin', kind: 'profile' });
  });

  it.each([
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/company/lantern-health/',
    'https://www.linkedin.com/school/kth/',
    'https://www.linkedin.com/search/results/people/?keywords=jane%20doe',
    'https://www.linkedin.com/jobs/view/12345/',
    'https://www.linkedin.com/posts/jane-doe_activity-1234',
    'https://www.linkedin.com/pulse/some-article-jane-doe/',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/messaging/thread/abc/',
    'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe',
    'https://linkedin.com.evil.example/in/jane-doe',
    'https://evil-linkedin.com/in/jane-doe',
    'https://www.linkedin.co/in/jane-doe',
    'ftp://www.linkedin.com/in/jane-doe',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%s is not a profile', (url) => {
    expect(canonicalProfileUrl(url)).toBeUndefined();
  });

  it('tells LinkedIn sign-in and security pages apart from other LinkedIn pages', () => {
    expect(classifyUrl('https://www.linkedin.com/authwall?trk=x')).toEqual({
      network: 'linkedin',
      kind: 'sign-in',
    });
    expect(classifyUrl('https://www.linkedin.com/login')).toEqual({ network: 'linkedin', kind: 'sign-in' });
    expect(classifyUrl('https://www.linkedin.com/checkpoint/challenge/abc')).toEqual({
      network: 'linkedin',
      kind: 'checkpoint',
    });
    expect(classifyUrl('https://www.linkedin.com/feed/')).toEqual({ network: 'linkedin', kind: 'other' });
  });
});

describe('which addresses are GitHub accounts', () => {
  it.each([
    ['https://github.com/octocat', 'https://github.com/octocat'],
    ['https://github.com/octocat/', 'https://github.com/octocat'],
    ['https://github.com/OctoCat', 'https://github.com/octocat'],
    ['https://www.github.com/octocat', 'https://github.com/octocat'],
    ['https://github.com/octocat?tab=repositories', 'https://github.com/octocat'],
    ['https://github.com/a-b-c', 'https://github.com/a-b-c'],
    ['https://github.com/x', 'https://github.com/x'],
  ])('%s is the account %s', (url, canonical) => {
    expect(canonicalProfileUrl(url)).toBe(canonical);
  });

  it.each([
    'https://github.com/',
    'https://github.com/octocat/hello-world',
    'https://github.com/octocat/hello-world/issues/1',
    'https://github.com/orgs/lanternhealth/people',
    'https://github.com/settings/profile',
    'https://github.com/features',
    'https://github.com/marketplace',
    'https://github.com/explore',
    'https://github.com/topics',
    'https://github.com/trending',
    'https://github.com/notifications',
    'https://github.com/login',
    'https://github.com/-octocat',
    'https://github.com/octo--cat',
    'https://github.com/this-login-is-far-too-long-to-be-a-real-github-login',
    'https://gist.github.com/octocat',
    'https://github.community/octocat',
  ])('%s is not an account', (url) => {
    expect(canonicalProfileUrl(url)).toBeUndefined();
  });
});

describe('other sites', () => {
  it('are neither LinkedIn nor GitHub', () => {
    expect(classifyUrl('https://rosa.example.test/about')).toEqual({ network: 'other' });
    expect(classifyUrl('chrome://extensions')).toEqual({ network: 'other' });
  });
});

describe('the canonical address', () => {
  const slug = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' });
  const host = fc.constantFrom(
    'www.linkedin.com',
    'linkedin.com',
    'uk.linkedin.com',
    'm.linkedin.com',
    'de.linkedin.com',
  );

  it('is stable: canonicalising a canonical address gives it back', () => {
    fc.assert(
      fc.property(
        host,
        slug,
        fc.constantFrom('', '/', '/details/experience/', '?trk=x', '#about'),
        (h, s, tail) => {
          const once = canonicalProfileUrl(`https://${h}/in/${encodeURIComponent(s)}${tail}`);
          if (once === undefined) return;
          expect(canonicalProfileUrl(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is the same for the encoded and the decoded form of a slug, in any letter case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zà-ÿ0-9-]{1,20}$/), (s) => {
        const a = canonicalProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(s)}/`);
        const b = canonicalProfileUrl(`https://uk.linkedin.com/in/${s.toUpperCase()}`);
        expect(a).toBeDefined();
        expect(b).toBe(a);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything()), (x) => {
        expect(() => canonicalProfileUrl(x as string)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
