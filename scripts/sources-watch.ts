// `npm run sources:watch`: fetches every page the guides cite, once, and checks that each recorded quote is still
// on it (see scripts/lib/sources-watch/). Writes docs/sources-watch.json and .md, and exits 1 only for
// problems new since the report it found there. `--only <guide>` checks the pages one guide cites.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseYamlData, readEntries } from '../src/lib/content/load-fs.ts';
import { CONTENT_ROOT, REPORT_URL, SITE_URL } from '../site.config.mjs';
import { DEFAULT_FETCH_OPTIONS } from './lib/sources-watch/fetch.ts';
import { pagesOfGuide, watchPages } from './lib/sources-watch/pages.ts';
import { buildReport, REPORT_FORMAT, reportMarkdown, type WatchReport } from './lib/sources-watch/report.ts';
import { estimateSeconds, runWatch, watchUserAgent } from './lib/sources-watch/watch.ts';

const USAGE = `usage: npm run sources:watch -- [--only <guide-slug>] [--out <path without extension>]
       [--timeout <s>] [--pause <s>] [--retries <n>] [--dry-run] [--estimate]`;

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: 'docs/sources-watch' },
    timeout: { type: 'string' },
    pause: { type: 'string' },
    retries: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    estimate: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// Guides list their own sources today; once content/sources.yaml holds shared entries, guides cite them by id
// and the same adapter resolves them there.
const registryFile = join(CONTENT_ROOT, 'sources.yaml');
const registry = existsSync(registryFile) ? parseYamlData(readFileSync(registryFile, 'utf8')) : [];
// The watch reads the sources as written and needs no valid guide beyond them (npm run check:content checks
// the rest); a guide whose frontmatter does not parse has no sources to read.
const entries = readEntries(CONTENT_ROOT);
for (const e of entries.filter((entry) => entry.yamlError)) console.error(`${e.file}: skipped: ${e.yamlError}`);
const guides = entries.map((e) => ({ slug: e.slug, data: e.data }));
const allPages = watchPages(guides, Array.isArray(registry) ? registry : []);
if (values.only && !guides.some((g) => g.slug === values.only)) {
  console.error(`No guide "${values.only}". Guides: ${guides.map((g) => g.slug).join(', ')}`);
  process.exit(2);
}
const pages = values.only ? pagesOfGuide(allPages, values.only) : allPages;

const seconds = (name: 'timeout' | 'pause', fallbackMs: number) =>
  values[name] === undefined ? fallbackMs : Number(values[name]) * 1000;
const options = {
  ...DEFAULT_FETCH_OPTIONS,
  userAgent: watchUserAgent(SITE_URL, REPORT_URL),
  timeoutMs: seconds('timeout', DEFAULT_FETCH_OPTIONS.timeoutMs),
  pauseMs: seconds('pause', DEFAULT_FETCH_OPTIONS.pauseMs),
  retries: values.retries === undefined ? DEFAULT_FETCH_OPTIONS.retries : Number(values.retries),
};
if (![options.timeoutMs, options.pauseMs, options.retries].every((n) => Number.isFinite(n) && n >= 0)) {
  console.error(USAGE);
  process.exit(2);
}

if (values.estimate) {
  for (const latencyMs of [1000, 3000]) {
    const e = estimateSeconds(pages, options, latencyMs);
    console.log(
      `${e.pages} pages on ${e.hosts} hosts (busiest ${e.busiestHost}: ${e.busiestPages}); at ${latencyMs / 1000} s an answer: at least ${e.seconds} s`,
    );
  }
  process.exit(0);
}

const jsonFile = `${values.out}.json`;
const previous = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as WatchReport) : undefined;
const started = Date.now();
const tty = process.stderr.isTTY;
const checks = await runWatch(pages, options, (done, total, host) => {
  if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${host} …`);
  else if (done % 50 === 0 || done === total) process.stderr.write(`[${done}/${total}]\n`);
});
if (tty) process.stderr.write('\r\x1b[K');

const report = buildReport(
  checks,
  previous?.format === REPORT_FORMAT ? previous : undefined,
  values.only ?? 'all',
  new Date(),
);
if (!values['dry-run']) {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${values.out}.md`, reportMarkdown(report));
}
const counts = Object.entries(report.counts)
  .filter(([, n]) => n)
  .map(([state, n]) => `${n} ${state}`)
  .join(', ');
const took = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${checks.length} pages checked in ${took} s; in the report: ${counts}.`);
for (const url of report.newProblems) {
  const p = report.pages.find((page) => page.url === url)!;
  console.log(`NEW ${p.state} (${p.stakes} stakes): ${p.url}: ${p.detail}`);
}
console.log(
  `${report.newProblems.length} new problem(s)${values['dry-run'] ? '' : `; wrote ${jsonFile} and ${values.out}.md`}`,
);
process.exit(report.newProblems.length ? 1 : 0);
