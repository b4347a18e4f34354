// Shared by `npm test` and `npm run test:flake`: build dist/ when it is older than its inputs, run
// vitest with a JSON report, and read the counts back. A run in which nothing could execute ends
// with a last line naming why ("build:", "setup:", "empty:") and a non-zero exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
  'content',
  'src',
  'public',
  'config',
  'astro.config.mjs',
  'site.config.mjs',
  'package.json',
  'package-lock.json',
];
// Written last by `astro build`: the host-files integration (src/integrations/host-files.ts) runs after
// the search index, and writes _redirects after _headers.
const BUILD_OUTPUT = 'dist/_redirects';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function run(command: string, args: string[]): number {
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status ?? 1
  );
}

/** Ends a run in which no test could execute: the reason, then the count line naming it. */
export function finish(word: string, why: string): never {
  console.log(`\nNo test ran: ${why}.`);
  console.log(`${word}: 0 passed, 1 failed`);
  process.exit(1);
}

/**
 * The checks that need no build: formatting and lint (`npm run lint`, Biome, writes nothing) and types
 * (`npm run typecheck`, astro check). Exits via finish() naming the one that failed.
 */
export function staticChecks(): void {
  if (run('npm', ['run', '--silent', 'lint']) !== 0)
    finish('lint', 'Biome found formatting or lint problems (above); `npm run format` fixes formatting');
  if (run('npm', ['run', '--silent', 'typecheck']) !== 0) finish('typecheck', 'astro check found problems (above)');
}

/** Builds once when dist/ is missing or older than any input; exits via finish() if the build fails. */
export function buildIfStale(): void {
  const builtAt = existsSync(BUILD_OUTPUT) ? statSync(BUILD_OUTPUT).mtimeMs : 0;
  if (builtAt >= Math.max(...INPUTS.map(newestMtime))) return;
  console.log(builtAt ? 'dist/ is older than its inputs: building first.' : 'No dist/: building first.');
  if (run('npm', ['run', 'build']) !== 0) finish('build', 'the build failed (its errors are above)');
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** vitest's exit code. */
  status: number;
}

/** Runs vitest with `args`, writing its JSON report to `report`; exits via finish() if nothing ran. */
export function runVitest(args: string[], report = 'test-results/vitest.json'): Counts {
  mkdirSync('test-results', { recursive: true });
  rmSync(report, { force: true }); // a report left by an earlier run must not stand in for this one
  const status = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...args,
  ]);
  if (!existsSync(report)) finish('setup', `vitest wrote no report (exit code ${status}); its errors are above`);
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numTotalTests: number;
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  if (result.numTotalTests === 0)
    finish(
      status ? 'setup' : 'empty',
      status ? `the test set-up failed (exit code ${status}); its errors are above` : 'vitest found no test',
    );
  // A file that fails to load counts as a failure even though it ran no test.
  const failed = result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
  return { passed: result.numPassedTests, failed, skipped: result.numPendingTests + result.numTodoTests, status };
}

export const countLine = (c: Omit<Counts, 'status'>) =>
  `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
