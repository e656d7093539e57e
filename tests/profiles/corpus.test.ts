// `npm run corpus -- <folder>`: the accuracy table over saved pages, run on our synthetic ones.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

function corpus(folder: string) {
  return spawnSync('npx', ['tsx', 'scripts/corpus.ts', folder], { encoding: 'utf8', timeout: 60_000 });
}

describe('the corpus tool', () => {
  it('prints each page and field, each field’s accuracy, and succeeds when every check passes', () => {
    const run = corpus(FIXTURES);
    expect(run.stdout).toMatch(/linkedin-loggedin-2025-sdui\s+\| ok/);
    expect(run.stdout).toMatch(/page classified\s+\d+\/\d+\s+100\.0%/);
    expect(run.stdout).toMatch(/fullName\s+\d+\/\d+\s+100\.0%/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('fails, and says which field differs without printing the values, when a check fails', () => {
    const folder = mkdtempSync(join(tmpdir(), 'askwell-corpus-'));
    try {
      cpSync(join(FIXTURES, 'linkedin-public-2015.html'), join(folder, 'page.html'));
      writeFileSync(
        join(folder, 'page.expected.json'),
        JSON.stringify({
          check: {
            url: 'https://www.linkedin.com/in/mokonkwo',
            expect: { ok: true, fullName: 'Someone Else' },
          },
        }),
      );
      const run = corpus(folder);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/fullName: differs/);
      expect(run.stdout).not.toMatch(/Marguerite/);
      expect(run.stdout).toMatch(/fullName\s+0\/1\s+0\.0%/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
