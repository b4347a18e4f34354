// `npm run check:content`: the same check the build runs, without building.
import { checkContent } from '../src/lib/content/check-fs.ts';
import { formatProblems } from '../src/lib/content/validate.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const { guides, problems } = checkContent(CONTENT_ROOT, 'config/spam-patterns.txt');
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${guides} guides passed the content check`);
