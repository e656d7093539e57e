/**
 * Which kind of page an address is (a LinkedIn or GitHub profile, or anything else), and the one
 * canonical address of a profile, so that the same person is never saved twice. Pure: URLs only.
 */

export type PageClass =
  /** A LinkedIn member profile, or one of its sub-pages (`/details/experience/`, overlays). */
  | { network: 'linkedin'; kind: 'profile'; slug: string; profileUrl: string }
  /** LinkedIn's log-in, sign-up or "auth wall" pages. */
  | { network: 'linkedin'; kind: 'sign-in' }
  /** LinkedIn's security checks and throttling pages. */
  | { network: 'linkedin'; kind: 'checkpoint' }
  /** Any other LinkedIn page (feed, company, search, jobs...). */
  | { network: 'linkedin'; kind: 'other' }
  /** `github.com/<name>`: a user or an organisation; only the page itself can tell which. */
  | { network: 'github'; kind: 'account'; login: string; profileUrl: string }
  | { network: 'github'; kind: 'other' }
  | { network: 'other' };

/**
 * First path segments on github.com that are site pages, not accounts (GitHub reserves them, so
 * no user can take them).
 */
const GITHUB_RESERVED =
  /^(about|account|apps|codespaces|collections|dashboard|enterprise|explore|features|issues|login|marketplace|new|notifications|orgs|organizations|pricing|pulls|search|settings|signup|sponsors|topics|trending)$/i;
/**
 * GitHub's rule for logins: letters, digits and single inner hyphens, at most 39 characters;
 * Enterprise Managed Users add "_<enterprise shortcode>" ("mona_octo").
 */
const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(_[a-z\d]+)?$/i;

function parse(url: string): URL | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(u: URL): string {
  return u.hostname.toLowerCase().replace(/\.$/, '');
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/**
 * One form per LinkedIn member: slugs are case-insensitive, and a browser shows a unicode slug
 * percent-encoded while a person may paste it decoded. Decode, lower-case, NFC, re-encode: the
 * same member always gives the same string, and the function is idempotent.
 */
export function normaliseLinkedInSlug(raw: string): string | undefined {
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep the raw text, encoded below, so the result is still stable.
  }
  slug = slug.trim().normalize('NFC').toLowerCase();
  if (!slug || slug.length > 200 || /[\s/?#\\]/.test(slug)) return undefined;
  return encodeURIComponent(slug);
}

/** The member slug of a LinkedIn profile path (`/in/<slug>/...`), if it is one. */
function linkedInSlugOfPath(pathname: string): string | undefined {
  const m = /^\/(?:mwlite\/|m\/)?in\/([^/]+)/i.exec(pathname);
  return m?.[1] ? normaliseLinkedInSlug(m[1]) : undefined;
}

export function classifyUrl(url: string): PageClass {
  const u = parse(url);
  if (!u) return { network: 'other' };
  const host = hostOf(u);
  if (isLinkedInHost(host)) {
    const slug = linkedInSlugOfPath(u.pathname);
    if (slug) return { network: 'linkedin', kind: 'profile', slug, profileUrl: linkedInProfileUrl(slug) };
    const path = u.pathname.toLowerCase();
    if (/^\/(authwall|login|signup|uas|checkpoint\/lg|start\/join)/.test(path))
      return { network: 'linkedin', kind: 'sign-in' };
    if (/^\/(checkpoint|captcha|security\/)/.test(path)) return { network: 'linkedin', kind: 'checkpoint' };
    return { network: 'linkedin', kind: 'other' };
  }
  if (host === 'github.com' || host === 'www.github.com') {
    const segments = u.pathname.split('/').filter(Boolean);
    const login = segments[0];
    if (segments.length === 1 && login && isGitHubLogin(login))
      return {
        network: 'github',
        kind: 'account',
        login: login.toLowerCase(),
        profileUrl: githubProfileUrl(login),
      };
    return { network: 'github', kind: 'other' };
  }
  return { network: 'other' };
}

/** Whether a path segment can be a GitHub user's login (and is not one of GitHub's own pages). */
export function isGitHubLogin(segment: string): boolean {
  return GITHUB_LOGIN.test(segment) && !GITHUB_RESERVED.test(segment);
}

export function linkedInProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${slug}/`;
}

export function githubProfileUrl(login: string): string {
  return `https://github.com/${login.toLowerCase()}`;
}

/** The slug of a LinkedIn profile address, whatever its host, path or query; else undefined. */
export function linkedInSlugOf(url: string): string | undefined {
  const c = classifyUrl(url);
  return c.network === 'linkedin' && c.kind === 'profile' ? c.slug : undefined;
}

/** The login of a `github.com/<login>` address; else undefined. */
export function githubLoginOf(url: string): string | undefined {
  const c = classifyUrl(url);
  return c.network === 'github' && c.kind === 'account' ? c.login : undefined;
}

/**
 * The canonical profile address (LinkedIn `https://www.linkedin.com/in/<slug>/`, GitHub
 * `https://github.com/<login>`), or undefined when the address is not a profile. The prospect
 * store keys people by this, so it is idempotent: canonical(canonical(x)) === canonical(x).
 */
export function canonicalProfileUrl(url: string): string | undefined {
  const c = classifyUrl(url);
  if (c.network === 'linkedin' && c.kind === 'profile') return c.profileUrl;
  if (c.network === 'github' && c.kind === 'account') return c.profileUrl;
  return undefined;
}

/**
 * An address for a person found on any other page (the schema.org reader): the page without its
 * fragment, so the same page always gives the same key.
 */
export function canonicalPageUrl(url: string): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  u.hash = '';
  u.hostname = hostOf(u);
  return u.href;
}
