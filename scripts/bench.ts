// `npm run bench`: build cost (real site and synthetic sites of 1,000 and 5,000 guides), page weights,
// search cost in Chromium, and Lighthouse mobile scores. Prints one table and writes docs/benchmarks.md.
// Run it on an otherwise idle machine; figures are wall-clock times on this machine.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { median } from './lib/stats.ts';
import { DEFAULT_LOCALE, DERIVED_LOCALES, LOCALES, type LocaleId } from '../src/i18n/config.ts';
import { fill } from '../src/i18n/format.ts';
import { loadConverter } from '../src/lib/edition/convert-fs.ts';

// BENCH_ONLY=search: the real site's build, page weights and search only, written to test-results/ (for
// comparing a change without the synthetic sites and Lighthouse; docs/benchmarks.md stays as it is).
const SEARCH_ONLY = process.env.BENCH_ONLY === 'search';
const SIZES = SEARCH_ONLY ? [] : (process.env.BENCH_SIZES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const rows: string[][] = [];
const section = (title: string) => rows.push([`**${title}**`, '', '']);
const row = (what: string, value: string, note = '') => {
  rows.push([what, value, note]);
  console.log(`${what.padEnd(48)} ${value.padEnd(16)} ${note}`);
};

const COMMAND_LOG = 'test-results/bench-command.log';

function timed(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  // Output goes to a log file: thousands of MDX files print megabytes of harmless warnings.
  mkdirSync('test-results', { recursive: true });
  const out = openSync(COMMAND_LOG, 'w');
  const start = performance.now();
  const result = spawnSync(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', out, out] });
  closeSync(out);
  if (result.status !== 0) {
    const errors = readFileSync(COMMAND_LOG, 'utf8')
      .split('\n')
      .filter((l) => /error/i.test(l) && !/MODULE_LEVEL_DIRECTIVE/.test(l));
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status ?? result.signal} (see ${COMMAND_LOG}):\n${errors.slice(-20).join('\n')}`,
    );
  }
  return performance.now() - start;
}

/**
 * `npm run build` into outDir, timed as a whole; Pagefind's share is read from the line the
 * search-index integration logs ("Pagefind read N HTML files in M ms").
 */
function buildTimes(contentRoot: string, outDir: string, extraEnv: Record<string, string> = {}) {
  const total = timed('npm', ['run', 'build', '--', '--outDir', outDir], { CONTENT_ROOT: contentRoot, ...extraEnv });
  const logged = /Pagefind read \d+ HTML files in (\d+) ms/.exec(readFileSync(COMMAND_LOG, 'utf8'));
  if (!logged) throw new Error(`no Pagefind time in ${COMMAND_LOG}: did the search-index integration run?`);
  const pagefind = Number(logged[1]);
  // The derived editions (src/integrations/edition.ts), one log line each.
  const edition = [...readFileSync(COMMAND_LOG, 'utf8').matchAll(/\/: \d+ pages, \d+ scripts in (\d+) ms/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { total, pagefind, edition, pages };
}

/** One table row for a build: the whole of it, Pagefind's share, and the cost per page. */
function buildRow(label: string, t: ReturnType<typeof buildTimes>) {
  row(
    label,
    `${s(t.total)} (editions ${s(t.edition)}, Pagefind ${s(t.pagefind)})`,
    `${(t.total / t.pages).toFixed(1)} ms/page, of which ${(t.pagefind / t.pages).toFixed(2)} ms/page Pagefind`,
  );
}

/** A synthetic site: n carrier guides made from the test fixture, each with its own names and ids. */
function synthesize(n: number): string {
  // Inside the project (Vite resolves MDX only there), in an ignored folder.
  mkdirSync('test-results', { recursive: true });
  const root = mkdtempSync(`test-results/bench-${n}-`);
  cpSync('tests/fixtures/content', root, { recursive: true });
  // The fixture's own carrier stays (its topics name it) and is the first of the n.
  const template = readFileSync(join(root, 'carriers/example-mobile.mdx'), 'utf8');
  for (let i = 0; i < n - 1; i++) {
    const text = template
      .replace('name: Example Mobile', `name: Carrier ${i}`)
      .replace('aliases: [ExampleMobile, 示例移动]', `aliases: [Carrier${i}x, 运营商${i}号]`)
      .replace('shortNames: [example]', `shortNames: [c${i}]`)
      .replace('title: Example Mobile 注销指南', `title: Carrier ${i} 注销指南`);
    writeFileSync(join(root, `carriers/carrier-${i}.mdx`), text);
  }
  // The generated carriers are Example's guides, so its pages stay official sources for them.
  const publishers = join(root, 'publishers.yaml');
  const ids = ['example-mobile', ...Array.from({ length: n - 1 }, (_, i) => `carrier-${i}`)].join(', ');
  writeFileSync(publishers, readFileSync(publishers, 'utf8').replace('guides: [example-mobile]', `guides: [${ids}]`));
  return root;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function pageWeight(path: string) {
  const htmlFile = `dist${path}index.html`;
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(readFileSync(`dist${m[1]}`)),
    0,
  );
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(readFileSync(`dist${m[1]}`)),
    0,
  );
  const inline = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + (m[1]!.trim() ? gz(m[1]!) : 0),
    0,
  );
  return { html: gz(html), css, js: scripts + inline };
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not start');
}

/**
 * The queries measured after the first, in this order: names, typos, tasks, a pasted number, then a
 * carrier with a task (issue #23: each opens one section of that carrier's guide).
 */
const LATER_QUERIES = [
  'att',
  'verizon',
  '携号转网',
  'esim',
  '保号',
  'google voice',
  'verison',
  '8009378997',
  'mint',
  '注销',
  'verizon 注销',
  'verizon 暂停',
  'AT&T 违约金',
  'T-Mobile 转网密码',
  'cricket 不交钱',
];

/**
 * Bytes a response costs on the wire under gzip: Pagefind's index files are gzip already (magic 1f 8b)
 * and count as they are; everything else counts gzip -9 compressed, as a static host would send it.
 */
const wireBytes = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gz(body));

/** Queries that name a guide (answered from the search data) and queries that do not (Pagefind). */
const NAMED_QUERIES = ['att', 'verizon', 'tmobile', 'esim', '携号转网'];
const FULL_TEXT_QUERIES = ['注销', '余额', '退款', '暂停', '验证码'];

/** A query as a reader of the edition types it: in the words its pages print (the converter of the real site's content). */
const typedIn = (id: LocaleId): ((query: string) => string) =>
  id === DEFAULT_LOCALE ? (query) => query : loadConverter('content');

/** The status line once a query has an answer, in an edition's words: the start of any result or no-result line. */
function settledPattern(id: LocaleId): RegExp {
  const search = LOCALES[id].words.search;
  const starts = [
    search.found,
    search.namesFound,
    search.numberFound,
    search.none,
    search.numberNone,
    search.suggestBefore,
  ];
  return new RegExp(`^(${starts.map((w) => w.split('{')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
}

/**
 * Search cost on one edition's search page (`origin` + its base), its queries in the edition's words: a
 * derived edition's reader types what its pages print (注销 as 註銷).
 */
async function searchCost(origin: string, chromiumPath: string, id: LocaleId) {
  const { base, words } = LOCALES[id];
  const convert = typedIn(id);
  const settled = settledPattern(id).source;
  const browser = await launchChromium(chromiumPath);
  try {
    /** A fresh context (empty cache) on /search/, counting the gzip bytes of every response. */
    const open = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      let bytes = 0;
      let inFlight = 0;
      let lastActivity = Date.now();
      const activity = (delta: number) => {
        inFlight += delta;
        lastActivity = Date.now();
      };
      page.on('request', () => activity(1));
      page.on('requestfailed', () => activity(-1));
      page.on('requestfinished', (request) => {
        pending.push(
          request
            .response()
            .then((r) => r?.body())
            .then(
              (body) => {
                if (body) bytes += wireBytes(body);
              },
              () => {},
            ),
        );
        activity(-1);
      });
      // Quiet: nothing in flight for 1 s (waitForLoadState('networkidle') only covers the page load, so
      // what a query starts later, the engine in idle time or excerpts after 350 ms, would be counted on
      // the next query).
      const settle = async () => {
        while (inFlight > 0 || Date.now() - lastActivity < 1000) await new Promise((r) => setTimeout(r, 50));
        await Promise.all(pending);
      };
      const done = () =>
        page.waitForFunction(
          (pattern) => new RegExp(pattern).test(document.getElementById('search-status')?.textContent ?? ''),
          settled,
        );
      /** Bytes fetched for `act` (typing a query, or a click) until its results show and the network is idle. */
      const measure = async (act: () => Promise<void>) => {
        await settle();
        const before = bytes;
        await page.evaluate(() => (document.getElementById('search-status')!.textContent = ''));
        await act();
        await done();
        await settle();
        return bytes - before;
      };
      const type = (query: string) => measure(() => page.fill('#search-q', convert(query)));
      /** Typed a key at a time, as on a phone: every pause over 150 ms searches what is typed so far. */
      const typeSlowly = (query: string) =>
        measure(() => page.locator('#search-q').pressSequentially(query, { delay: 250 }));
      await page.goto(`${origin}${base}/search/`, { waitUntil: 'networkidle' });
      return { context, page, type, typeSlowly, measure };
    };

    const first = await open();
    const firstQueryBytes = await first.type('tmobile');
    const later: number[] = [];
    for (const q of LATER_QUERIES) later.push(await first.type(q));
    await first.type('tmobile');
    const fullTextOnDemand = await first.measure(() =>
      first.page.getByRole('button', { name: fill(words.search.fullText, { query: 'tmobile' }) }).click(),
    );

    // A reader whose first query names no guide pays for the engine, the index and the fragments at once.
    const fresh = await open();
    const firstFullTextBytes = await fresh.type('注销');
    await fresh.context.close();
    const typed = await open();
    const typedBytes = await typed.typeSlowly('tmobile');
    await typed.context.close();

    // Keystroke to results: type a different query each time, measure until the list changes.
    const { page } = first;
    const latency = async (queries: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        await page.fill('#search-q', '');
        await page.locator('#search-results li').first().waitFor({ state: 'detached' });
        const q = convert(queries[i % queries.length]!);
        times.push(
          await page.evaluate(async (query) => {
            const input = document.getElementById('search-q') as HTMLInputElement;
            const list = document.getElementById('search-results')!;
            const start = performance.now();
            const done = new Promise<number>((resolve) => {
              new MutationObserver((_, obs) => {
                if (list.children.length) {
                  obs.disconnect();
                  resolve(performance.now() - start);
                }
              }).observe(list, { childList: true });
            });
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            return done;
          }, q),
        );
      }
      return median(times);
    };
    const namedMs = await latency(NAMED_QUERIES);
    const fullTextMs = await latency(FULL_TEXT_QUERIES);
    await first.context.close();
    return {
      firstQueryBytes,
      firstFullTextBytes,
      typedBytes,
      fullTextOnDemand,
      later: LATER_QUERIES.map((q, i) => `${convert(q)} ${kb(later[i]!)}`).join(', '),
      laterMedian: median(later),
      laterMax: Math.max(...later),
      namedMs,
      fullTextMs,
    };
  } finally {
    await browser.close();
  }
}

function lighthouse(url: string, chromiumPath: string) {
  const out = mkdtempSync(join(tmpdir(), 'lh-'));
  const report = join(out, 'report.json');
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync',
      '--output=json',
      `--output-path=${report}`,
    ],
    { env: { ...env, CHROME_PATH: chromiumPath }, encoding: 'utf8', timeout: 180_000 },
  );
  if (!existsSync(report)) return `failed: ${(result.stderr || '').slice(-200).replace(/\s+/g, ' ')}`;
  const cats = JSON.parse(readFileSync(report, 'utf8')).categories as Record<string, { score: number | null }>;
  rmSync(out, { recursive: true, force: true });
  return ['performance', 'accessibility', 'best-practices', 'seo']
    .map((c) => Math.round((cats[c]?.score ?? 0) * 100))
    .join(' / ');
}

const date = new Date().toISOString().slice(0, 10);
console.log(`Benchmarks, ${date}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);

section('Build (npm run build: astro build, with Pagefind and the host files in its last hook)');
const real = buildTimes('content', 'dist');
buildRow(`real site: ${real.pages} pages`, real);
for (const n of SIZES) {
  const root = synthesize(n);
  try {
    // Preview images off for the large sites (their cost is per guide: see the real site's build).
    const t = buildTimes(root, join(root, 'dist'), { OG_IMAGES: 'off' });
    buildRow(`synthetic: ${n} guides (${t.pages} pages)`, t);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`node_modules/.astro/${root.replace(/[^A-Za-z0-9]+/g, '_')}`, { recursive: true, force: true });
  }
}

section('Page weight (gzip)');
for (const [label, path] of [
  ['home', '/'],
  ['guide (T-Mobile)', '/carriers/t-mobile/'],
  ['search', '/search/'],
] as const) {
  const w = pageWeight(path);
  row(
    `${label}: HTML / CSS / JS`,
    `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}`,
    'JS = what loads before any interaction',
  );
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  row('search and Lighthouse', 'skipped', 'no Chromium found (apt-get install -y chromium fonts-noto-cjk)');
} else {
  const port = 4500 + Math.floor(Math.random() * 400);
  const preview = await startPreview(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    for (const id of [DEFAULT_LOCALE, ...DERIVED_LOCALES]) {
      const { base: path, label } = LOCALES[id];
      section(`Search (Chromium), ${label} on ${path}/search/`);
      const search = await searchCost(base, chromiumPath, id);
      const named = typedIn(id);
      row(
        'first query (tmobile): gzip bytes',
        kb(search.firstQueryBytes),
        "search code, search data, and Pagefind's engine warmed in idle time (no index, no fragment)",
      );
      row(`${LATER_QUERIES.length} later queries: median gzip bytes`, kb(search.laterMedian), search.later);
      row(
        `${LATER_QUERIES.length} later queries: largest`,
        kb(search.laterMax),
        'only the search data, index chunks and fragments not fetched yet',
      );
      row(
        `${fill(LOCALES[id].words.search.fullText, { query: 'tmobile' })}, after the above`,
        kb(search.fullTextOnDemand),
        'the full text on demand',
      );
      row(
        `first query that names no guide (${named('注销')}), fresh page`,
        kb(search.firstFullTextBytes),
        'engine, WebAssembly, index chunks, five fragments',
      );
      row(
        'tmobile typed a key every 250 ms, fresh page',
        kb(search.typedBytes),
        't, tm, tmob… search the full text on the way (titles only, no fragment)',
      );
      row(
        "keystroke to results, a guide's name (median of 20)",
        `${search.namedMs.toFixed(0)} ms`,
        NAMED_QUERIES.map(named).join(', '),
      );
      row(
        'keystroke to results, full text (median of 20)',
        `${search.fullTextMs.toFixed(0)} ms`,
        `${FULL_TEXT_QUERIES.map(named).join(', ')}; includes the 150 ms debounce`,
      );
    }
    if (!SEARCH_ONLY) section('Lighthouse 13, mobile (performance / accessibility / best practices / SEO)');
    for (const [label, path] of [
      ['home', '/'],
      ['guide (T-Mobile)', '/carriers/t-mobile/'],
      ['search', '/search/'],
      ['compare', '/compare/'],
      ['deadline', '/deadline/'],
      ['leaving the US', '/topics/leaving-us/'],
      ['繁體 home', '/zh-tw/'],
      ['繁體 guide (T-Mobile)', '/zh-tw/carriers/t-mobile/'],
    ] as const) {
      if (SEARCH_ONLY) break;
      row(label, lighthouse(`${base}${path}`, chromiumPath));
    }
  } finally {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
  }
}

const table = ['| measure | value | note |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
  '\n',
);
// Everything from this marker on is written by hand (before/after comparisons) and kept on every run.
const KEPT = '<!-- kept by npm run bench -->';
const out = SEARCH_ONLY ? 'test-results/bench-search.md' : 'docs/benchmarks.md';
const kept = existsSync('docs/benchmarks.md') ? readFileSync('docs/benchmarks.md', 'utf8').split(KEPT)[1] : undefined;
mkdirSync('docs', { recursive: true });
writeFileSync(
  out,
  `# Benchmarks\n\nMeasured ${date} on this project's machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB) with \`npm run bench\`.\n` +
    `Synthetic sites are generated into a temporary directory from \`tests/fixtures/content\` and deleted afterwards.\n\n${table}\n` +
    (kept !== undefined && !SEARCH_ONLY ? `\n${KEPT}${kept}` : ''),
);
console.log(`\nWrote ${out}`);
