// `npm run review`: ranks the guides weakest first (see scripts/lib/review.ts for the scoring rule),
// prints the table and writes docs/review.md. Runs the content check first: a guide that fails it
// cannot be scored.
import { writeFileSync } from 'node:fs';
import { checkContent } from '../src/lib/content/check-fs.ts';
import { parseGuide, readEntries, readSourceRegistry } from '../src/lib/content/load-fs.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { rankGuides, reviewGuide, reviewReason, reviewTable, reviewMarkdown } from './lib/review.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const OUT = 'docs/review.md';
const { problems } = checkContent(CONTENT_ROOT, 'config/spam-patterns.txt');
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
const registry = readSourceRegistry(CONTENT_ROOT);
const reviews = readEntries(CONTENT_ROOT).map((entry) => {
  const data = parseGuide(entry, registry);
  return reviewGuide(entry.file, data as never, entry.collection === 'carriers', today);
});
const ranked = rankGuides(reviews);
console.log(reviewTable(ranked));
console.log('\nWeakest five:');
for (const [i, r] of ranked.slice(0, 5).entries()) console.log(`${i + 1}. ${r.file}: ${reviewReason(r)}`);
writeFileSync(OUT, reviewMarkdown(ranked, today.toISOString().slice(0, 10)));
console.log(`\nWrote ${OUT}`);
