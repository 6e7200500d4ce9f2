import { defineConfig } from 'vitest/config';

// Browser tests against the production build, served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/serve.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Landing, sorting and filtering happen after hydration, which a loaded
    // 2-core machine can delay past the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    // one Chromium at a time on a 2-core machine
    fileParallelism: false,
  },
});
