/** Flags a prospect who works at the user's own company, where a mentor carries political risk. */
import { ALL_KINDS, findPhrases, type Rule } from '../rule';

// Legal forms dropped from the end of a company name before comparing ("Acme, Inc." = "ACME").
const LEGAL_FORMS = new Set(
  'inc incorporated ltd limited llc llp lp plc gmbh mbh ag sa sas sarl srl spa bv nv oy oyj ab as asa aps kk pty pte corp corporation co company se kg ug sl sro kft holding holdings group'.split(
    ' ',
  ),
);

/** Compares company names ignoring case, accents, punctuation, "&"/"and" and legal forms. */
export function normaliseCompany(name: string): string {
  const tokens = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (tokens.length > 1 && LEGAL_FORMS.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  return tokens.join('');
}

const PAST = /(?:^|\s|\()(?:former(?:ly)?|ex-?|previously|prev\.?|past|retired\s+from)\b/i;

/** The company named in a headline such as "Staff Engineer at Acme | Speaker". */
export function companyFromHeadline(headline: string): string | undefined {
  // "Former VP at Acme | Now advising startups": a past employer is not where they work now.
  for (const segment of headline.split(/[|·•\n]|\s-\s/)) {
    const m = /(?:^|\s)(?:at|@)\s*([^,;()]+?)\s*(?:$|[,;()])/iu.exec(segment);
    const company = m?.[1]?.trim();
    if (m && company && !PAST.test(segment.slice(0, m.index))) return company;
  }
  return undefined;
}

// What profiles put in the company field when there is no employer: two freelancers, or two
// people at unnamed stealth startups, do not share a company.
const NOT_AN_EMPLOYER = new Set(
  'selfemployed freelance freelancer freelancing independent independentconsultant consultant contractor stealth stealthstartup stealthmode confidential retired student unemployed opentowork careerbreak none na various'.split(
    ' ',
  ),
);

const MAX_NAME = 200;

export const sameCompany: Rule = {
  id: 'same-company',
  severity: 'warning',
  title: 'Same company as you',
  why: 'A mentor in your own company or reporting line carries political risk; the principles say to look outside.',
  fix: 'Look for someone outside your company: a former boss, a known expert, or someone recommended to you.',
  kinds: ALL_KINDS,
  check(draft) {
    const mine = draft.context.me.company?.trim();
    const prospect = draft.context.prospect;
    const theirs =
      prospect.company?.trim() || (prospect.headline ? companyFromHeadline(prospect.headline) : undefined);
    if (!mine || !theirs) return [];
    const key = normaliseCompany(mine);
    if (!key || key !== normaliseCompany(theirs) || NOT_AN_EMPLOYER.has(key)) return [];
    const shown = theirs.length > 60 ? `${Array.from(theirs).slice(0, 59).join('')}…` : theirs;
    const detail = `They work at ${shown}, your own company.`;
    // Highlight where the draft names the company; a "name" longer than any real company's is
    // page junk and would only make an enormous pattern.
    if (mine.length > MAX_NAME || theirs.length > MAX_NAME) return [{ detail }];
    const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = [...new Set([mine, theirs])].map(escaped).join('|');
    const mentions = findPhrases(
      draft,
      [new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names})(?![\p{L}\p{N}])`, 'giu')],
      { negatable: false, matchMentions: true },
    );
    const first = mentions[0];
    return [first ? { ...first, detail } : { detail }];
  },
};
