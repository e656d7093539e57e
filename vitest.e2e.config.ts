// End-to-end tests: the built extension in Debian's Chromium through playwright-core.
// Builds nothing itself: `npm test` builds first (`npm run build:e2e`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
