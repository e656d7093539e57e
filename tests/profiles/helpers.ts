// Loads the synthetic pages in tests/profiles/fixtures (invented people) as DOM documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');

export interface Check {
  url: string;
  expect: { ok: false; reasons: string[] } | ({ ok: true } & Record<string, string | boolean>);
}

/** Parses HTML the way the browser would, without running scripts or loading anything. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixture(name: string): { doc: Document; check: Check } {
  const check = (JSON.parse(fixtureHtml(name.replace(/\.html$/, '.expected.json'))) as { check: Check })
    .check;
  return { doc: parse(fixtureHtml(name)), check };
}

/** Every page fixture that has an expectation (the corpus format of ../shared/fixtures). */
export function pageFixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.html'))
    .filter((n) => readdirSync(FIXTURES).includes(n.replace(/\.html$/, '.expected.json')))
    .sort();
}
