// `npm test`: build first when dist/ is missing or older than its inputs, run every vitest
// project, then print one line "N passed, N failed[, N skipped]" from vitest's JSON report.
// When nothing could run (the build or the test set-up failed, or no test executed) the last line
// says why in its first word ("build:", "setup:", "empty:") and the exit code is non-zero.
import { buildIfStale, countLine, runVitest } from './vitest-run.ts';

buildIfStale();
const counts = runVitest(process.argv.slice(2));
console.log(countLine(counts));
process.exit(counts.status);
