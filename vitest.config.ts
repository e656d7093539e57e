// Unit and component tests: happy-dom, fake IndexedDB, and WXT's fake browser.
import { defineConfig } from 'vitest/config';
import { testPlugins } from './vitest.shared';

export default defineConfig(async () => {
  return {
    plugins: await testPlugins(),
    test: {
      environment: 'happy-dom',
      globals: true,
      setupFiles: ['tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      reporters: ['default', './tests/summary-reporter.ts'],
      testTimeout: 20_000,
    },
  };
});
