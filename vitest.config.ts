import { defineConfig } from 'vitest/config';

// unit: pure helpers and the content check; build: fixture sites built by Astro; site: the built dist/;
// browser: Chromium over a static server of dist/.
export default defineConfig({
  test: {
    // Two test files at a time on a 2-core machine: a browser file mostly waits on Chromium, so a
    // second file (another browser file, or the unit and site files) fills the other core.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Whole synthetic sites built with astro build: seconds each, so apart from the fast unit tier.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // The first test of a file pays for parsing every page of dist/ (seconds on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One static server for the run; each file has its own Chromium. Waits are on readiness with
          // timeouts chosen for a loaded machine, so two files at once stay stable (npm run test:flake).
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Polls wait for one search or one script on a loaded 2-core machine, not the 1 s default.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
