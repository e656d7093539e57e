// Pages built to break a reader: huge, deep, malformed, or not documents at all.
import { describe, expect, it } from 'vitest';
import { readGenericPerson, readProfile } from '@/lib/profiles';
import { largeProfilePage } from './generate';
import { fixture, parse } from './helpers';

const URL_2024 = 'https://www.linkedin.com/in/amara-nwosu/';

describe('hostile pages', () => {
  it('keeps HTML-looking text in a name as plain text, with its emoji, quotes and accents', () => {
    const { doc, check } = fixture('linkedin-hostile-name.html');
    const result = readProfile(doc, check.url);
    expect(result.ok && result.profile.fullName).toBe(
      '<img src=x onerror="alert(1)"> Zoë “Zed” O\'Brien-Łukasz 🚀👩🏽‍💻',
    );
    // An empty headline element is no headline; the viewer's h1 in the nav is never the name.
    expect(result.ok && 'headline' in result.profile).toBe(false);
  });

  it('reads a right-to-left name without its direction marks', () => {
    const { doc, check } = fixture('linkedin-rtl-name.html');
    const result = readProfile(doc, check.url);
    expect(result.ok && result.profile.fullName).toBe('ليلى الحسن');
  });

  it('reads a 2 MB page (embedded data, sprites, a long activity feed) and still finds the person', () => {
    const html = largeProfilePage(2_000_000);
    expect(html.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const result = readProfile(parse(html), URL_2024);
    expect(result.ok && result.profile).toMatchObject({
      fullName: 'Amara Nwosu',
      company: 'Northwind Health',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads a name and headline nested 1000 elements deep (Chromium’s parser stops nesting at 512)', () => {
    const depth = 1000;
    const html = `<main><section class="pv-top-card"><a href="/in/deep-person/overlay/about-this-profile/"><h1>${'<span>'.repeat(depth)}Deep Person${'</span>'.repeat(depth)}</h1></a>
      <div class="text-body-medium break-words">${'<div>'.repeat(depth)}Nested headline${'</div>'.repeat(depth)}</div></section></main>`;
    const result = readProfile(parse(html), 'https://www.linkedin.com/in/deep-person/');
    expect(result.ok && result.profile).toMatchObject({
      fullName: 'Deep Person',
      headline: 'Nested headline',
    });
  });

  it('answers, without throwing, on a page nested so deep that the DOM library itself overflows', () => {
    const depth = 20_000;
    const html = `<main><section class="pv-top-card"><h1>Amara Nwosu</h1></section>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</main>`;
    const doc = parse(html);
    expect(() => readProfile(doc, URL_2024)).not.toThrow();
    expect(typeof readProfile(doc, URL_2024).ok).toBe('boolean');
  });

  it('caps what it keeps from absurdly long fields', () => {
    const long = 'x'.repeat(50_000);
    const html = `<main><section class="pv-top-card"><h1>${'Name '.repeat(200)}</h1><div class="text-body-medium break-words">${long}</div></section></main>`;
    const result = readProfile(parse(html), URL_2024);
    // A 1000-character "name" is not a name: the page is not rendered as a profile.
    expect(result).toEqual({ ok: false, reason: 'not-rendered' });
    const ok = readProfile(parse(html.replace(/(Name ){200}/, 'Real Name')), URL_2024);
    expect(ok.ok && ok.profile.headline?.length).toBeLessThanOrEqual(600);
  });

  it('never throws: not a document, a missing URL, an empty page, odd URLs', () => {
    const odd: unknown[] = [null, undefined, {}, 42, 'text', parse('')];
    for (const doc of odd) {
      for (const url of [URL_2024, 'https://github.com/adaquill', '', 'not a url', undefined]) {
        expect(() => readProfile(doc as Document, url as string)).not.toThrow();
        expect(() => readGenericPerson(doc as Document, url as string)).not.toThrow();
      }
    }
    expect(readProfile(null as unknown as Document, URL_2024)).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('gives a typed failure, not an exception, when the DOM itself misbehaves', () => {
    const doc = parse('<main><section class="pv-top-card"><h1>Amara</h1></section></main>');
    const broken = new Proxy(doc, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        return () => {
          throw new Error('boom');
        };
      },
    });
    expect(readProfile(broken, URL_2024)).toEqual({ ok: false, reason: 'unsupported-page' });
    expect(readGenericPerson(broken, URL_2024)).toEqual({ ok: false, reason: 'unsupported-page' });
  });

  it('does not change the page it reads', () => {
    const { doc, check } = fixture('linkedin-loggedin-2025-sdui.html');
    const before = doc.documentElement.outerHTML;
    readProfile(doc, check.url);
    readGenericPerson(doc, check.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
