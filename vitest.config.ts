import { defineConfig } from 'vitest/config';

const shared = { env: { TZ: 'America/Guayaquil' }, testTimeout: 60_000, hookTimeout: 300_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      // Browser tests against the site built once under a sub-path (see test/e2e/global-setup.ts).
      { test: { ...shared, name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], fileParallelism: false } },
    ],
  },
});
