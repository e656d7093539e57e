import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, networkOf } from '@/lib/db/canonical';

describe('canonical profile URLs: every form of one person gives one URL', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-okafor/', 'https://www.linkedin.com/in/ada-okafor/'],
    ['https://www.linkedin.com/in/ada-okafor', 'https://www.linkedin.com/in/ada-okafor/'],
    ['http://linkedin.com/in/Ada-Okafor', 'https://www.linkedin.com/in/ada-okafor/'],
    [
      'https://de.linkedin.com/in/ada-okafor/?originalSubdomain=de',
      'https://www.linkedin.com/in/ada-okafor/',
    ],
    ['https://m.linkedin.com/in/ada-okafor', 'https://www.linkedin.com/in/ada-okafor/'],
    ['https://www.linkedin.com/in/ada-okafor/details/experience/', 'https://www.linkedin.com/in/ada-okafor/'],
    [
      'https://www.linkedin.com/in/ada-okafor/recent-activity/all/',
      'https://www.linkedin.com/in/ada-okafor/',
    ],
    [
      'https://www.linkedin.com/in/ada-okafor/?utm_source=share&trk=x#experience',
      'https://www.linkedin.com/in/ada-okafor/',
    ],
    ['https://www.linkedin.com/mwlite/in/ada-okafor', 'https://www.linkedin.com/in/ada-okafor/'],
    ['  www.linkedin.com/in/ada-okafor  ', 'https://www.linkedin.com/in/ada-okafor/'],
    ['linkedin.com/in/ada-okafor', 'https://www.linkedin.com/in/ada-okafor/'],
    ['HTTPS://WWW.LINKEDIN.COM/IN/ADA-OKAFOR/', 'https://www.linkedin.com/in/ada-okafor/'],
    // The older mobile form, which the capture's page detector already reads as this person.
    ['https://www.linkedin.com/m/in/ada-okafor/', 'https://www.linkedin.com/in/ada-okafor/'],
    ['https://touch.www.linkedin.com/M/in/Ada-Okafor?trk=x', 'https://www.linkedin.com/in/ada-okafor/'],
  ])('LinkedIn %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it('normalises percent-encoding and case of a non-ASCII LinkedIn slug', () => {
    const forms = [
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/',
      'https://www.linkedin.com/in/J%c3%bcrgen-M%c3%bcller',
      'https://www.linkedin.com/in/Jürgen-Müller/',
      'https://www.linkedin.com/in/JÜRGEN-MÜLLER/details/skills/',
    ];
    const canonical = forms.map(canonicalProfileUrl);
    expect(new Set(canonical).size).toBe(1);
    expect(canonical[0]).toBe('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/');
  });

  it.each([
    ['https://github.com/QuillMaker', 'https://github.com/quillmaker'],
    ['https://www.github.com/quillmaker/', 'https://github.com/quillmaker'],
    ['https://github.com/quillmaker?tab=repositories', 'https://github.com/quillmaker'],
    ['https://github.com/quillmaker/some-repo/issues/3', 'https://github.com/quillmaker'],
    ['github.com/QuillMaker#readme', 'https://github.com/quillmaker'],
  ])('GitHub %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it.each([
    ['http://blog.example.org/about/', 'https://blog.example.org/about/'],
    ['https://Blog.Example.org:443/about?utm_campaign=x&fbclid=y#bio', 'https://blog.example.org/about'],
    ['https://example.org/people?id=42&utm_medium=mail', 'https://example.org/people?id=42'],
    ['https://user:pw@example.org/me', 'https://example.org/me'],
    ['https://example.org', 'https://example.org/'],
  ])('any other page %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it('keeps LinkedIn pages that are not a person apart from people', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/company/lumen-grid/?trk=x')).toBe(
      'https://www.linkedin.com/company/lumen-grid/',
    );
  });

  it('keeps the query that says which LinkedIn page it is, dropping only tracking', () => {
    const a = canonicalProfileUrl('https://de.linkedin.com/profile/view?id=AAA111&trk=nav');
    const b = canonicalProfileUrl('https://www.linkedin.com/profile/view?id=BBB222');
    expect(a).toBe('https://www.linkedin.com/profile/view?id=AAA111');
    expect(a).not.toBe(b);
    expect(canonicalProfileUrl(a)).toBe(a);
  });

  it('says the URL is missing, in plain words, when there is none', () => {
    expect(() => canonicalProfileUrl(undefined as unknown as string)).toThrow('The profile URL is missing.');
  });

  it('does not mistake GitHub’s own pages for a login', () => {
    expect(canonicalProfileUrl('https://github.com/orgs/acme/people')).toBe(
      'https://github.com/orgs/acme/people',
    );
  });

  it('is idempotent', () => {
    for (const url of [
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/',
      'https://github.com/quillmaker',
      'https://example.org/people?id=42',
      'https://www.linkedin.com/in/bad%zzslug',
    ])
      expect(canonicalProfileUrl(canonicalProfileUrl(url))).toBe(canonicalProfileUrl(url));
  });

  it.each(['', '   ', 'javascript:alert(1)', 'mailto:ada@example.org', 'file:///etc/passwd', 'http://'])(
    'refuses %j, which is not a web address',
    (input) => {
      expect(() => canonicalProfileUrl(input)).toThrow(TypeError);
    },
  );

  it('tells the network of a URL', () => {
    expect(networkOf('https://uk.linkedin.com/in/x')).toBe('linkedin');
    expect(networkOf('https://github.com/x')).toBe('github');
    expect(networkOf('https://example.org/x')).toBe('generic');
    expect(networkOf('https://notlinkedin.com/in/x')).toBe('generic');
  });
});
