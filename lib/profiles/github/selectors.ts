/**
 * The GitHub reader's selectors, one list per field, in order of preference. GitHub's user page
 * has described its owner with schema.org Person microdata and hCard classes since 2013 (seen
 * unchanged in the 2020-25 layouts); class names are the fallback.
 */
export const GITHUB = {
  // The profile's own card ("h-card", itemtype Person); never the header's avatar (the viewer).
  card: ['[itemtype$="schema.org/Person"]', '.h-card'],
  name: ['.vcard-fullname', '[itemprop="name"]'],
  login: ['.vcard-username', '[itemprop="additionalName"]'],
  bio: ['.user-profile-bio', '.p-note'],
  company: ['[itemprop="worksFor"]'],
  location: ['[itemprop="homeLocation"]'],
  // Never a plain `img.avatar`: organisations' square avatars (the Organizations list) use it.
  photo: ['[itemprop="image"] img', 'img.avatar-user'],
  // An organisation's page (github.com/<org>) looks like a user's address but is no person; since
  // 2023 some carry only <meta name="hovercard-subject-tag" content="organization:<id>">.
  organisation: ['[itemtype$="schema.org/Organization"]', '.orghead', 'meta[content^="organization:"]'],
  username: 'meta[property="profile:username"]',
  notFound: ['img[alt^="404"]'],
} as const;
