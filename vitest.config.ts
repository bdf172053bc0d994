import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'America/Guayaquil' },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
