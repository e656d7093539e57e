// Unit and component tests: happy-dom, fake IndexedDB, and WXT's fake browser.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig(async () => {
  const wxtPlugins = await WxtVitest();
  // Vitest 4 runs WXT's globals plugin too late unless it is forced first (toolchain.md).
  for (const p of wxtPlugins)
    if (p && 'name' in p && p.name === 'wxt:globals') Object.assign(p, { enforce: 'pre' });
  return {
    plugins: [wxtPlugins, preact()],
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
