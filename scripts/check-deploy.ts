// `npm run build:deploy` runs this first: a deploy build stops here, naming the variable, while a
// setting still has its placeholder default (site.config.mjs). `npm run build` and the tests never do.
import { deployProblems } from '../src/lib/host/deploy.ts';
import { PLACEHOLDERS } from '../site.config.mjs';

const problems = deployProblems(process.env, PLACEHOLDERS);
if (problems.length) {
  console.error(`Deploy build refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Deploying ${process.env.SITE_URL}; corrections go to ${process.env.REPORT_URL}`);
