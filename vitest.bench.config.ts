// `npm run bench`: every benchmark (functions in Node, the extension in Chromium), one table.
// Browser benchmarks need the end-to-end build (`npm run build:e2e`) and Chromium.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig(async () => {
  const wxtPlugins = await WxtVitest();
  for (const p of wxtPlugins)
    if (p && 'name' in p && p.name === 'wxt:globals') Object.assign(p, { enforce: 'pre' });
  return {
    plugins: [wxtPlugins, preact()],
    test: {
      environment: 'node',
      globals: true,
      include: ['tests/bench/**/*.bench.ts'],
      setupFiles: ['tests/setup.ts'],
      reporters: ['default', './tests/bench/report-reporter.ts', './tests/summary-reporter.ts'],
      testTimeout: 300_000,
      hookTimeout: 120_000,
      fileParallelism: false,
      maxWorkers: 1,
    },
  };
});
