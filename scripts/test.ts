// `npm test`: format, lint and type checks, a build when dist/ is missing or older than its inputs,
// then every vitest project, and one line "N passed, N failed[, N skipped]" from vitest's JSON report.
// When nothing could run (a check, the build or the test set-up failed, or no test executed) the last
// line says why in its first word ("lint:", "typecheck:", "build:", "setup:", "empty:") and the exit
// code is non-zero.
import { buildIfStale, countLine, runVitest, staticChecks } from './lib/vitest-run.ts';

staticChecks();
buildIfStale();
const counts = runVitest(process.argv.slice(2));
console.log(countLine(counts));
process.exit(counts.status);
