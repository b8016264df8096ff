import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when src/ changed since the last build (the CLI tests run the built binary).
    globalSetup: ['test/global-setup.ts'],
    // A guard against hangs, not a speed test: runs on a busy 2-core machine are slow.
    testTimeout: 600_000,
    pool: 'forks',
  },
});
