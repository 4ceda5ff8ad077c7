import { defineConfig } from 'vitest/config';

/**
 * Unit test files that replace modules (`vi.mock`) or the environment: they run isolated, each in a
 * fresh module graph. Every other unit file shares one (`isolate: false`): the schemas, content
 * loaders and zod are imported once instead of once per file (measured 2026-11-30 on two cores:
 * the unit project 174 s isolated, 19 s shared). tests/unit/vitest-config.test.ts fails when a
 * file that mocks is missing here.
 */
export const ISOLATED_UNIT_TESTS = [
  'tests/unit/entries-relations.test.ts',
  'tests/unit/entries.test.ts',
  'tests/unit/index-by.test.ts',
  'tests/unit/routes-map.test.ts',
  'tests/unit/routes-open-data.test.ts',
  'tests/unit/routes-town.test.ts',
  'tests/unit/routes-translated.test.ts',
];

/** Test files that need the built site (dist/) or a browser. */
const SITE_TESTS = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/search/{bundles,i18n,queries,query-set}.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      // Tooling for tests and scripts (server, browser, sitemap facts), exercised by the site tests.
      exclude: ['src/lib/dev/**'],
      reporter: ['text-summary', 'html'],
      reportOnFailure: true,
      reportsDirectory: 'test-results/coverage',
      // Just below what the unit tests reach (measured 2026-11-30: lines 84.0 %, statements 81.7 %,
      // functions 78.9 %, branches 71.4 %); raise it when coverage grows.
      thresholds: { lines: 83, statements: 80, functions: 78, branches: 70 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure logic: no dist/, no browser; one shared module graph (see ISOLATED_UNIT_TESTS).
          include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts'],
          exclude: [...SITE_TESTS, ...ISOLATED_UNIT_TESTS],
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ISOLATED_UNIT_TESTS,
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          // Builds dist/ once (unless DIST_FRESH=1) and serves it with Astro's preview server.
          globalSetup: ['./tests/support/global-setup.ts'],
          // One built site and one server, shared; the browser sweeps use the CPU themselves
          // (measured: two site files at a time made the axe sweep 195 s → 471 s on two cores).
          fileParallelism: false,
          // Generous: a timeout guards against a hang, not speed (the machine may be shared and busy).
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
