// The schema.org reader the popup offers, on request, for pages Askwell has no reader for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGenericPerson, readNetworkProfile, readProfile } from '@/lib/profiles';
import { FIXTURES, parse } from './helpers';

const page = (name: string) => parse(readFileSync(join(FIXTURES, 'person', name), 'utf8'));

describe('a person described with schema.org on any page', () => {
  it('is not captured on the click unless the user asks: the popup’s reader says the page is unsupported', () => {
    expect(readNetworkProfile(page('personal-site-jsonld.html'), 'https://rosa.example.test/about')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('is what readProfile reads off LinkedIn and GitHub, the same as the reader the user asks for', () => {
    const url = 'https://rosa.example.test/about';
    const read = readProfile(page('personal-site-jsonld.html'), url);
    expect(read).toMatchObject({ ok: true, profile: { network: 'generic', fullName: 'Rosa Delacroix' } });
    expect(read).toEqual(readGenericPerson(page('personal-site-jsonld.html'), url));
  });

  it('is not read by readProfile on a LinkedIn or GitHub page that is not a profile', () => {
    const doc = page('personal-site-jsonld.html');
    expect(readProfile(doc, 'https://www.linkedin.com/pulse/some-article/')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
    expect(readProfile(doc, 'https://github.com/orgs/some-org/people')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('reads the owner of a ProfilePage, not a guest author or the organisation', () => {
    const result = readGenericPerson(
      page('personal-site-jsonld.html'),
      'https://rosa.example.test/about#top',
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        network: 'generic',
        profileUrl: 'https://rosa.example.test/about',
        fullName: 'Rosa Delacroix',
        headline: 'Engineering Manager',
        title: 'Engineering Manager',
        company: 'Fjord & Pine',
        location: 'Lyon, France',
        about: 'I help new managers find their feet.\nAsk me about hiring.',
        photoUrl: 'https://rosa.example.test/img/rosa.jpg',
        experience: [{ title: 'Engineering Manager', company: 'Fjord & Pine' }],
        education: [{ school: 'INSA Lyon' }],
      },
    });
  });

  it('reads microdata: nested organisation and address, multi-paragraph description', () => {
    const result = readGenericPerson(
      page('speaker-microdata.html'),
      'https://conf.example.test/speakers/tariq',
    );
    expect(result.ok && result.profile).toMatchObject({
      fullName: 'Tariq Haddad',
      title: 'Principal Engineer',
      company: 'Cedar Networks',
      location: 'Amman, Jordan',
      about: 'Tariq builds networks that survive storms.\n\nHe mentors at local meetups.',
      photoUrl: 'https://conf.example.test/speakers/tariq.jpg',
    });
  });

  it('does not take a default avatar for a photo', () => {
    const doc = parse(`<script type="application/ld+json">{"@type":"Person","name":"Ana Souza",
      "image":"https://conf.example.test/img/default-avatar.png"}</script>`);
    const result = readGenericPerson(doc, 'https://conf.example.test/speakers/ana');
    expect(result.ok && result.profile.fullName).toBe('Ana Souza');
    expect(result.ok && result.profile.photoUrl).toBeUndefined();
  });

  it('refuses a page that lists several people without saying which one it is about', () => {
    expect(readGenericPerson(page('speakers-list.html'), 'https://conf.example.test/speakers')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('picks the listed person whose own address is the page', () => {
    const doc = parse(`<script type="application/ld+json">[
      {"@type":"Person","name":"Ana Souza","url":"https://conf.example.test/speakers/ana"},
      {"@type":"Person","name":"Bo Lindqvist","url":"https://conf.example.test/speakers/bo/"}]</script>`);
    const result = readGenericPerson(doc, 'https://conf.example.test/speakers/bo');
    expect(result.ok && result.profile.fullName).toBe('Bo Lindqvist');
  });

  it('follows an @graph ProfilePage whose mainEntity is an @id reference to its Person', () => {
    const result = readGenericPerson(
      page('graph-mainentity-reference.html'),
      'https://noa.example.test/about/?utm_source=x',
    );
    expect(result.ok && result.profile).toMatchObject({
      fullName: 'Noa Peretz',
      title: 'Illustrator',
      company: 'Inkwell Studio',
      location: 'Haifa, Israel',
    });
  });

  it('takes the mainEntity of a microdata ProfilePage, not an author listed before it', () => {
    const result = readGenericPerson(
      page('staff-page-microdata.html'),
      'https://uni.example.test/staff/ren-ito',
    );
    expect(result.ok && result.profile).toMatchObject({
      fullName: 'Ren Ito',
      title: 'Senior Lecturer',
      company: 'Hill University',
    });
  });

  it('does not take an article’s author or a company’s founder for the page’s subject', () => {
    expect(
      readGenericPerson(page('news-article-author.html'), 'https://news.example.test/2024/bread-prices'),
    ).toEqual({ ok: false, reason: 'unsupported-page' });
    const company = parse(`<script type="application/ld+json">{"@context":"https://schema.org",
      "@type":"Organization","name":"Kantele Works","founder":{"@type":"Person","name":"Sami Korhonen"}}</script>`);
    expect(readGenericPerson(company, 'https://kantele.example.test/')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('does not take an author for the page’s owner because its @id names a node of the page', () => {
    const doc = parse(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"BlogPosting","headline":"Bread","author":{"@id":"https://blog.example.test/2024/bread/#author"}},
      {"@type":"Person","@id":"https://blog.example.test/2024/bread/#author","name":"Liv Berg"}]}</script>`);
    expect(readGenericPerson(doc, 'https://blog.example.test/2024/bread/')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('takes a Person described on its own, not the people it knows', () => {
    const doc = parse(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person",
      "name":"Sami Korhonen","jobTitle":"Luthier","knows":[{"@type":"Person","name":"Aino Lahti"},
      {"@type":"Person","name":"Eero Salo"}],"spouse":{"@type":"Person","name":"Kaisa Salo"}}</script>`);
    const result = readGenericPerson(doc, 'https://sami.example.test/');
    expect(result.ok && result.profile.fullName).toBe('Sami Korhonen');
  });

  it('reads JSON-LD wrapped in an HTML comment or CDATA section, as older sites write it', () => {
    for (const [open, close] of [
      ['<!--', '-->'],
      ['//<![CDATA[', '//]]>'],
      ['/*<![CDATA[*/', '/*]]>*/'],
    ]) {
      const doc = parse(`<script type="application/ld+json">${open}
        {"@context":"https://schema.org","@type":"Person","name":"Sami Korhonen"}
        ${close}</script>`);
      const result = readGenericPerson(doc, 'https://sami.example.test/');
      expect(result.ok && result.profile.fullName).toBe('Sami Korhonen');
    }
  });

  it('finds the subject of a forum profile before thousands of commenters', () => {
    const comments = Array.from(
      { length: 3000 },
      (_, i) => `{"@type":"Comment","text":"hi","author":{"@type":"Person","name":"Member ${i}"}}`,
    ).join(',');
    const doc =
      parse(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage",
      "mainEntity":{"@type":"Person","name":"Noa Peretz","alternateName":"noa"},"hasPart":[${comments}]}</script>`);
    const result = readGenericPerson(doc, 'https://forum.example.test/u/noa');
    expect(result.ok && result.profile.fullName).toBe('Noa Peretz');
  });

  it('says "unsupported" for a page with no person, or with broken structured data', () => {
    expect(readGenericPerson(page('no-person.html'), 'https://recipes.example.test/bread')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
    expect(readGenericPerson(parse('<p>hello</p>'), 'not a url')).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });
});
