import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when src/ changed since the last build (the CLI tests run the built binary).
    globalSetup: ['test/global-setup.ts'],
    // Guards against hangs only: a machine busy with other work may take long.
    testTimeout: 180_000,
    pool: 'forks',
  },
});
