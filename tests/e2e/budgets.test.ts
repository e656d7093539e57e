// Performance budgets: the gzip size of what each part of the production build can load.
import { describe, expect, it } from 'vitest';
import { BUDGETS, entryGzipBytes, entryScripts } from '../gates/bundle';

const OUT = '.output/chrome-mv3';

describe('bundle budgets (gzip, production Chrome build)', () => {
  it.each(Object.entries(BUDGETS))('%s stays within %i bytes', (entry, budget) => {
    const { bytes, files } = entryGzipBytes(OUT, entry);
    expect(files.length).toBeGreaterThan(0);
    expect(bytes, `${entry}: ${files.join(', ')}`).toBeLessThanOrEqual(budget);
  });

  it('keeps Dexie and Preact out of the capture script and the background', () => {
    for (const entry of ['capture.js', 'background.js']) {
      expect(entryScripts(OUT, entry)).toEqual([entry]);
    }
  });
});
