// Shared by the store and backup tests: an empty store before each test, and invented people.
import { db } from '@/lib/db';
import type { ProfileSnapshot } from '@/lib/profiles/types';

export async function resetStore(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

/** A captured LinkedIn profile of an invented person. */
export function linkedInSnapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    network: 'linkedin',
    profileUrl: 'https://www.linkedin.com/in/ada-okafor/',
    fullName: 'Ada Okafor',
    headline: 'Staff engineer, distributed systems',
    title: 'Staff Engineer',
    company: 'Lumen Grid',
    location: 'Lisbon, Portugal',
    about: 'I build storage engines.\nI mentor new engineers.',
    photoUrl: 'https://media.example.invalid/ada.jpg',
    experience: [{ title: 'Staff Engineer', company: 'Lumen Grid', dateRange: '2021 – now' }],
    education: [{ school: 'Universidade do Porto', degree: 'MSc Informatics' }],
    ...overrides,
  };
}

export function gitHubSnapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    network: 'github',
    profileUrl: 'https://github.com/quillmaker',
    fullName: 'Rui Tanaka',
    headline: 'Maintainer of small parsers',
    experience: [],
    education: [],
    ...overrides,
  };
}
