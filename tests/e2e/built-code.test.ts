// Privacy gate on the shipped code: the production builds contain no way to reach the network,
// no remote URL that they load, no eval of our own, and no analytics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../gates/bundle';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

/** Network APIs a build must not call. */
const NETWORK_APIS = [
  /\bfetch\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bsendBeacon\b/,
  /\bEventSource\b/,
  /\bimportScripts\b/,
  /\bRTCPeerConnection\b/,
];
const EVAL = [/\beval\(/, /\bnew Function\b/, /\bFunction\(\s*["'`]/, /setTimeout\(\s*["'`]/];
const ANALYTICS =
  /google-analytics|googletagmanager|segment\.(io|com)|mixpanel|amplitude|sentry|posthog|hotjar/i;

/**
 * URL strings the code holds without loading them: XML namespaces (Preact's SVG/MathML support),
 * links in WXT's and Dexie's error messages for developers, the profile addresses capture
 * canonicalises to, and "https://…" in Askwell's own error messages.
 */
const INERT_URL = new RegExp(
  [
    String.raw`^https?://www\.w3\.org/`,
    String.raw`^https://(github\.com/wxt-dev/|wxt\.dev/)`,
    String.raw`^(http://bit\.ly/2kdckMn|https://tinyurl\.com/y2uuvskb)$`,
    String.raw`^https://(www\.)?linkedin\.com/(in/?)?$`,
    String.raw`^https://github\.com/?$`,
    '^https://…$',
  ].join('|'),
);

describe.each(BUILDS)('the built code in %s', (dir) => {
  const files = listFiles(dir);
  const scripts = files.filter((f) => f.endsWith('.js'));
  const pages = files.filter((f) => f.endsWith('.html'));
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');

  it('has scripts and pages to check', () => {
    expect(scripts).toEqual(expect.arrayContaining(['background.js', 'capture.js']));
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'sidepanel.html']));
  });

  it.each(NETWORK_APIS.map((re) => [re.source, re] as const))('never calls %s', (_name, re) => {
    expect(scripts.filter((f) => re.test(read(f)))).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    for (const re of EVAL)
      expect(
        scripts.filter((f) => re.test(read(f))),
        re.source,
      ).toEqual([]);
  });

  it('contains no analytics or error-reporting service', () => {
    expect(files.filter((f) => /\.(js|html|json)$/.test(f) && ANALYTICS.test(read(f)))).toEqual([]);
  });

  it('loads nothing from outside the extension in its pages', () => {
    for (const page of pages) {
      const refs = [...read(page).matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
      expect(
        refs.filter((r) => /^(https?:)?\/\//.test(r)),
        page,
      ).toEqual([]);
    }
  });

  it('holds no remote URL other than inert identifiers', () => {
    const urls = scripts.flatMap((f) =>
      [...read(f).matchAll(/https?:\/\/[^\s"'`)\\${]+/g)].map((m) => ({ file: f, url: m[0] })),
    );
    expect(urls.filter(({ url }) => !INERT_URL.test(url))).toEqual([]);
  });
});
