/**
 * One spelling per person: turns any URL form of a profile (mobile or country host, tracking query,
 * sub-page, odd percent-encoding) into the canonical URL the store keys prospects by.
 */
import {
  githubProfileUrl,
  isGitHubLogin,
  linkedInProfileUrl,
  normaliseLinkedInSlug,
} from '@/lib/profiles/detect';

/** Query parameters that only say how a link was shared, never which page it is. */
const TRACKING_PARAMS =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid|si|ref|ref_src|ref_url|trk|trkinfo|trackingid|lipi|midtoken|midsig|original_referer|originalsubdomain|miniprofileurn|src|source)$/i;

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/;
const GITHUB_HOST = /^(www\.)?github\.com$/;

/** Decodes then re-encodes one path segment, so `%c3%a9`, `%C3%A9` and `é` become one spelling. */
function normaliseSegment(segment: string, lowerCase = false): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Malformed escapes: keep the text, only make the hex digits of the valid ones uniform.
    const text = lowerCase ? segment.toLowerCase() : segment;
    return text.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  }
  return encodeURIComponent(lowerCase ? decoded.toLowerCase() : decoded);
}

function parse(url: string): URL {
  if (typeof url !== 'string') throw new TypeError('The profile URL is missing.');
  const trimmed = url.trim();
  if (!trimmed) throw new TypeError('The profile URL is empty.');
  // People paste "linkedin.com/in/someone" without a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : `https://${trimmed.replace(/^\/+/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new TypeError('The profile URL is not a valid web address.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new TypeError('The profile URL must be a web address (https://…).');
  if (!parsed.hostname) throw new TypeError('The profile URL has no host.');
  return parsed;
}

function linkedInProfile(u: URL): string | undefined {
  const segments = u.pathname.split('/').filter(Boolean);
  // /in/<slug>/…, and the mobile forms /mwlite/in/<slug> and /m/in/<slug> (as lib/profiles/detect reads them)
  const first = segments[0]?.toLowerCase();
  const at = first === 'mwlite' || first === 'm' ? 1 : 0;
  const kind = segments[at]?.toLowerCase();
  const slug = segments[at + 1];
  const normalised = kind === 'in' && slug ? normaliseLinkedInSlug(slug) : undefined;
  return normalised ? linkedInProfileUrl(normalised) : undefined;
}

function gitHubProfile(u: URL): string | undefined {
  const login = u.pathname.split('/').filter(Boolean)[0];
  return login && isGitHubLogin(login) ? githubProfileUrl(login) : undefined;
}

function genericUrl(u: URL): string {
  const out = new URL(u.href);
  out.protocol = 'https:';
  out.hash = '';
  out.username = '';
  out.password = '';
  if (out.port === '443' || out.port === '80') out.port = '';
  for (const key of [...out.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) out.searchParams.delete(key);
  out.pathname = out.pathname
    .split('/')
    .map((s) => (s ? normaliseSegment(s) : s))
    .join('/');
  return out.href.replace(/\?$/, '');
}

/**
 * The canonical form of a profile URL. LinkedIn: `https://www.linkedin.com/in/<slug>/` (any
 * linkedin.com host, slug lower-cased, sub-pages, query and hash dropped). GitHub:
 * `https://github.com/<login>` lower-cased. Anything else: the https URL without hash, credentials,
 * default port or tracking parameters. Idempotent. Throws a TypeError for text that is not a web
 * address.
 */
export function canonicalProfileUrl(url: string): string {
  const u = parse(url);
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (LINKEDIN_HOST.test(host)) {
    const profile = linkedInProfile(u);
    if (profile) return profile;
    // Not a member page: the query may say which page it is (the old `/profile/view?id=…` of one
    // person), so only the tracking parameters go, as for any other site.
    u.hostname = 'www.linkedin.com';
    return genericUrl(u);
  }
  if (GITHUB_HOST.test(host)) {
    const profile = gitHubProfile(u);
    if (profile) return profile;
    u.hostname = 'github.com';
  }
  return genericUrl(u);
}

/** Which network a (canonical or not) profile URL belongs to. */
export function networkOf(url: string): 'linkedin' | 'github' | 'generic' {
  const host = parse(url).hostname.toLowerCase().replace(/\.$/, '');
  if (LINKEDIN_HOST.test(host)) return 'linkedin';
  if (GITHUB_HOST.test(host)) return 'github';
  return 'generic';
}

/** The canonical form of a profile URL, or undefined for text that is not a web address. */
export function canonicalOrUndefined(url: string): string | undefined {
  try {
    return canonicalProfileUrl(url);
  } catch {
    return undefined;
  }
}
