import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build and browser tests share one built dist/ (see tests/global-setup.ts).
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
