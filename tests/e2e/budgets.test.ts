// Performance budgets: the gzip size of what each part of the production build loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, entryGzipBytes, entryScripts } from '../gates/bundle';

const OUT = '.output/chrome-mv3';

describe('bundle budgets (gzip, production Chrome build)', () => {
  it.each(Object.entries(BUDGETS))('%s stays within its budgets', (entry, budget) => {
    const size = entryGzipBytes(OUT, entry);
    expect(size.initialFiles.length).toBeGreaterThan(0);
    expect(size.initial, `${entry} on open: ${size.initialFiles.join(', ')}`).toBeLessThanOrEqual(
      budget.initial,
    );
    expect(size.all, `${entry} in all: ${size.allFiles.join(', ')}`).toBeLessThanOrEqual(budget.all);
  });

  it('keeps the capture script and the background to one file each, without Dexie or Preact', () => {
    for (const entry of ['capture.js', 'background.js']) {
      expect(entryScripts(OUT, entry).all).toEqual([entry]);
      // Dexie's error names and Preact's hook marker survive minification.
      expect(readFileSync(`${OUT}/${entry}`, 'utf8')).not.toMatch(/DatabaseClosedError|__H/);
    }
  });

  it('loads the store and the composer only when the popup needs them', () => {
    const { initial, all } = entryScripts(OUT, 'popup.html');
    const lazy = all.filter((f) => !initial.includes(f));
    expect(lazy.some((f) => /Composer/.test(f))).toBe(true);
    expect(initial.join(' ')).not.toMatch(/Composer/);
  });
});
