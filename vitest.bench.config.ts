// `npm run bench`: every benchmark (functions in Node, the extension in Chromium), one table.
// Browser benchmarks need the end-to-end build (`npm run build:e2e`) and Chromium.
import { defineConfig } from 'vitest/config';
import { testPlugins } from './vitest.shared';

export default defineConfig(async () => {
  return {
    plugins: await testPlugins(),
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
