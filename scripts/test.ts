// `npm test`: build first when dist/ is missing or older than its inputs, run every vitest
// project, then print one line "N passed, N failed[, N skipped]" from vitest's JSON report.
// When nothing could run (the build or the test set-up failed, or no test executed) the last line
// says why in its first word ("build:", "setup:", "empty:") and the exit code is non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['content', 'src', 'public', 'config', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'package-lock.json'];
const BUILD_OUTPUT = 'dist/pagefind/pagefind.js'; // written last, by Pagefind

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status ?? 1;
}

const builtAt = existsSync(BUILD_OUTPUT) ? statSync(BUILD_OUTPUT).mtimeMs : 0;
const changedAt = Math.max(...INPUTS.map(newestMtime));
if (builtAt < changedAt) {
  console.log(builtAt ? 'dist/ is older than its inputs: building first.' : 'No dist/: building first.');
  if (run('npm', ['run', 'build']) !== 0) finish('build', 'the build failed (its errors are above)');
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true }); // a report left by an earlier run must not stand in for this one
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

/** Ends a run in which no test could execute: the reason, then the count line naming it. */
function finish(word: string, why: string): never {
  console.log(`\nNo test ran: ${why}.`);
  console.log(`${word}: 0 passed, 1 failed`);
  process.exit(1);
}

if (!existsSync(report)) finish('setup', `vitest wrote no report (exit code ${status}); its errors are above`);
const result = JSON.parse(readFileSync(report, 'utf8')) as {
  numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number;
  numFailedTestSuites: number;
};
if (result.numTotalTests === 0) finish(status ? 'setup' : 'empty', status ? `the test set-up failed (exit code ${status}); its errors are above` : 'vitest found no test');
// A file that fails to load counts as a failure even though it ran no test.
const failed = result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
const skipped = result.numPendingTests + result.numTodoTests;
console.log(`${result.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status);
