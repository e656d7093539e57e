// Reads the production manifests that `npm run build` and `npm run build:firefox` wrote, and
// holds them to the allowlist: what a store reviewer and a user are promised in the README.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_PERMISSIONS, FIREFOX_PERMISSIONS } from '../gates/permissions';

const read = (dir: string): Record<string, unknown> => {
  const path = `.output/${dir}/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run the production builds first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
};

/** The permissions named in the README's permissions table (first column, in backticks). */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([a-zA-Z]+)`\s*\|/gm)].map((m) => m[1] ?? '');
}

const CHROME_ALLOWED = [...CHROME_PERMISSIONS].sort();
const FIREFOX_ALLOWED = [...FIREFOX_PERMISSIONS].sort();

describe('the production manifests', () => {
  it.each([
    ['chrome-mv3', CHROME_ALLOWED],
    ['firefox-mv3', FIREFOX_ALLOWED],
  ])('%s asks for exactly the allowed permissions and no host access', (dir, allowed) => {
    const m = read(dir);
    expect(m.name).toBe('Askwell');
    expect([...(m.permissions as string[])].sort()).toEqual(allowed);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('content_security_policy');
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('lists in the README exactly the permissions Chrome gets', () => {
    expect(readmePermissions().sort()).toEqual(CHROME_ALLOWED);
  });

  it('gives Firefox an add-on id, no data collection, and a sidebar for the prospect list', () => {
    const m = read('firefox-mv3') as {
      browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
      sidebar_action?: { default_panel?: string };
    };
    expect(m.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('opens the popup from the keyboard and the side panel from Chrome', () => {
    const m = read('chrome-mv3') as {
      commands?: Record<string, unknown>;
      side_panel?: { default_path?: string };
    };
    expect(m.commands).toHaveProperty('_execute_action');
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
  });

  it('keeps host permissions to the end-to-end build only', () => {
    const e2e = read('chrome-mv3-e2e');
    expect(e2e.host_permissions).toEqual(['https://www.linkedin.com/*', 'https://github.com/*']);
  });
});
