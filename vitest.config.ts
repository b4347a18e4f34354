import { defineConfig } from 'vitest/config';

// unit: pure helpers and the content check; site: the built dist/; browser: Chromium over a static server of dist/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One preview server and one browser at a time: parallel browsers flake on 2 cores.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Polls wait for one search or one script on a loaded 2-core machine, not the 1 s default.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
