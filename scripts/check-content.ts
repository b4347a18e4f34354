// `npm run check:content`: the same check the build runs, without building.
import { readFileSync } from 'node:fs';
import { readEntries } from '../src/lib/load-content.ts';
import { formatProblems, parseSpamPatterns, validateEntries } from '../src/lib/validate-content.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const entries = readEntries(CONTENT_ROOT);
const problems = validateEntries(entries, parseSpamPatterns(readFileSync('config/spam-patterns.txt', 'utf8')));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${entries.length} guides passed the content check`);
