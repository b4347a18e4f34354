// `npm run test:flake`: the browser suites three times back to back against one build, to show they
// pass on a busy machine (run it beside `stress-ng --cpu 2`). Prints each run's counts and ends with
// the total line; exits non-zero if any run had a failure. `npm run test:flake -- 5` runs five times.
import { buildIfStale, countLine, runVitest } from './lib/vitest-run.ts';

const runs = Number(process.argv[2] ?? 3);
buildIfStale();
const results = Array.from({ length: runs }, (_, i) => {
  const counts = runVitest(['--project', 'browser'], `test-results/flake-${i + 1}.json`);
  console.log(`run ${i + 1} of ${runs}: ${countLine(counts)}`);
  return counts;
});
for (const [i, c] of results.entries()) console.log(`run ${i + 1}: ${countLine(c)}`);
const total = results.reduce(
  (t, c) => ({ passed: t.passed + c.passed, failed: t.failed + c.failed, skipped: t.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(countLine(total));
process.exit(total.failed ? 1 : 0);
