// The source watch against a local fixture server: one page for every state, the pacing and retries, the
// report it writes and its exit code. Nothing here leaves 127.0.0.1.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchOptions } from '../../scripts/lib/sources-watch/fetch.ts';
import type { WatchPage } from '../../scripts/lib/sources-watch/pages.ts';
import { buildReport, reportMarkdown } from '../../scripts/lib/sources-watch/report.ts';
import { runWatch, watchUserAgent } from '../../scripts/lib/sources-watch/watch.ts';

const FILLER =
  '<p>This page explains what happens to your line and your number, step by step, for every plan.</p>'.repeat(4);
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title} | Example Mobile</title><script>var x = "cancel online";</script></head><body><nav>Example Mobile</nav><h1>${title}</h1>${body}${FILLER}</body></html>`;

/** Quotes as recorded (straight quotes, plain spaces and hyphens); the pages typeset them otherwise. */
const QUOTE_FEE = "You'll pay a $35 fee - it's charged once.";
const QUOTE_DAYS = 'Your number is kept for 60 days after the due date.';

const ROUTES: Record<
  string,
  (req: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string; delayMs?: number }
> = {
  '/found': () => ({
    status: 200,
    body: page(
      'Cancel service',
      '<p>YOU&rsquo;LL PAY A <b>$35</b>&nbsp;FEE &mdash; it&#8217;s charged\n  once.</p><p>Your number is kept for 60&nbsp;days after the due date.</p>',
    ),
  }),
  '/found-slash/': () => ({ status: 200, body: page('Cancel service', `<p>${QUOTE_FEE}</p><p>${QUOTE_DAYS}</p>`) }),
  '/found-slash': () => ({ status: 301, headers: { location: '/found-slash/' } }),
  '/missing': () => ({
    status: 200,
    body: page('Cancel service', `<p>${QUOTE_FEE}</p><p>Your number is kept for 30 days.</p>`),
  }),
  '/moved': () => ({ status: 301, headers: { location: '/elsewhere' } }),
  '/elsewhere': () => ({ status: 200, body: page('Support home', '<p>Find help with your account.</p>') }),
  '/gone': () => ({ status: 404, body: page('Not found', '') }),
  '/gone-410': () => ({ status: 410, body: '' }),
  '/blocked': () => ({ status: 403, body: '<h1>Forbidden</h1>' }),
  '/rate-limited': () => ({ status: 429, headers: { 'retry-after': '3600' }, body: 'Too many requests' }),
  '/bot-wall': () => ({
    status: 200,
    body: '<!doctype html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform"></div><noscript>Enable JavaScript and cookies to continue</noscript></body></html>',
  }),
  '/slow': () => ({ status: 200, delayMs: 2_000, body: page('Cancel service', `<p>${QUOTE_FEE}</p>`) }),
  '/shell': () => ({
    status: 200,
    body: '<!doctype html><html><head><title>Cancel service | Example Mobile</title></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script></body></html>',
  }),
  '/untitled': () => ({
    status: 200,
    body: `<html><body>${'<p>Shop our latest phones and deals today.</p>'.repeat(10)}</body></html>`,
  }),
  '/historical-live': () => ({ status: 404, body: '' }),
  '/snapshot': () => ({
    status: 200,
    body: page('Cancel service', '<p>An older text that no longer says the fee.</p>'),
  }),
  '/flaky': () => ({
    status: flakyHits++ === 0 ? 503 : 200,
    body: page('Cancel service', `<p>${QUOTE_FEE} ${QUOTE_DAYS}</p>`),
  }),
  '/paced': () => ({ status: 200, delayMs: 50, body: page('Cancel service', `<p>${QUOTE_FEE}</p>`) }),
  '/pdf': () => ({ status: 200, headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' }),
};
let flakyHits = 0;
const hits: { path: string; at: number; userAgent: string }[] = [];
/** Requests to /paced being answered at once, and the most there were. */
let inFlight = 0;
let maxInFlight = 0;

let server: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, at: Date.now(), userAgent: String(req.headers['user-agent']) });
    const route = ROUTES[path];
    const answer = route ? route(req) : { status: 404, body: '' };
    const paced = path === '/paced';
    if (paced) maxInFlight = Math.max(maxInFlight, ++inFlight);
    const send = () => {
      if (paced) inFlight--;
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8', ...answer.headers });
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago and has nothing listening now: connections are refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const OPTIONS: FetchOptions = {
  userAgent: watchUserAgent('https://us-sim-guide.example', 'mailto:corrections@us-sim-guide.example'),
  timeoutMs: 300,
  retries: 1,
  retryMinMs: 10,
  pauseMs: 0,
  perHost: 2,
  concurrency: 8,
  maxBytes: 1_000_000,
  maxRedirects: 5,
};

const cite = (field: string, stakes: 'high' | 'fact' | 'listed' = 'high') => ({
  guide: 'example-mobile',
  field,
  stakes,
});
function watchPage(path: string, extra: Partial<WatchPage> = {}): WatchPage {
  return {
    url: path.startsWith('http') ? path : `${base}${path}`,
    title: 'Cancel service（示例支持页）',
    sourceIds: [path.replace(/\W/g, '') || 'root'],
    quotes: [
      { id: 'fee', text: QUOTE_FEE, citedBy: [cite('money.etf')] },
      { id: 'days', text: QUOTE_DAYS, citedBy: [cite('stopPaying.timeline[released]')] },
    ],
    citedBy: [cite('money.etf'), cite('stopPaying.timeline[released]')],
    ...extra,
  };
}

async function stateOf(p: WatchPage, options: Partial<FetchOptions> = {}) {
  const [result] = await runWatch([p], { ...OPTIONS, ...options });
  return result!.check;
}

describe('one state per page', () => {
  it('found: every quote, however the page typesets it (case, curly quotes, dashes, nbsp, entities, line breaks)', async () => {
    expect(await stateOf(watchPage('/found'))).toMatchObject({ state: 'found', detail: '2/2 quotes found' });
  });
  it('found: a redirect that only adds a trailing slash is the same page', async () => {
    expect((await stateOf(watchPage('/found-slash'))).state).toBe('found');
  });
  it('found: without quotes, a page that answers with its title in the text', async () => {
    expect((await stateOf(watchPage('/missing', { quotes: [] }))).state).toBe('found');
  });
  it('missing: names the quote that is no longer on the page', async () => {
    const check = await stateOf(watchPage('/missing'));
    expect(check).toMatchObject({ state: 'missing', missingQuotes: ['days'] });
    expect(check.detail).toBe('1/2 quotes found; missing: days');
  });
  it('moved: redirected to a different page, with where it went', async () => {
    const check = await stateOf(watchPage('/moved'));
    expect(check).toMatchObject({ state: 'moved', finalUrl: `${base}/elsewhere` });
    expect(check.detail).toContain('0/2 quotes found there');
  });
  it('gone: 404 and 410', async () => {
    expect(await stateOf(watchPage('/gone'))).toMatchObject({ state: 'gone', httpStatus: 404 });
    expect(await stateOf(watchPage('/gone-410'))).toMatchObject({ state: 'gone', httpStatus: 410 });
  });
  it('blocked: 403, 429 and a bot-wall challenge page', async () => {
    expect(await stateOf(watchPage('/blocked'))).toMatchObject({ state: 'blocked', detail: 'HTTP 403' });
    expect(await stateOf(watchPage('/rate-limited'))).toMatchObject({ state: 'blocked', detail: 'HTTP 429' });
    expect(await stateOf(watchPage('/bot-wall'))).toMatchObject({ state: 'blocked', detail: 'bot wall (HTTP 200)' });
  });
  it('unreachable: a closed port, after the retries', async () => {
    const check = await stateOf(watchPage(`http://127.0.0.1:${closedPort}/found`));
    expect(check.state).toBe('unreachable');
    expect(check.detail).toMatch(/^ECONNREFUSED after 2 attempts/);
  });
  it('unreachable: a page slower than the timeout, tried once more and no more', async () => {
    const before = hits.filter((h) => h.path === '/slow').length;
    const check = await stateOf(watchPage('/slow'));
    expect(check).toMatchObject({ state: 'unreachable' });
    expect(check.detail).toBe('TIMEOUT after 2 attempts: no answer within 0.3 s');
    expect(hits.filter((h) => h.path === '/slow').length - before).toBe(2);
  });
  it('needs a browser: a script-drawn shell, and a page without its title in the text', async () => {
    expect(await stateOf(watchPage('/shell'))).toMatchObject({ state: 'needs-browser' });
    const untitled = await stateOf(watchPage('/untitled'));
    expect(untitled.state).toBe('needs-browser');
    expect(untitled.detail).toMatch(/^title not in the text/);
    expect(await stateOf(watchPage('/pdf'))).toMatchObject({ state: 'needs-browser' });
    expect(await stateOf(watchPage('/pdf', { quotes: [] }))).toMatchObject({ state: 'found' });
  });
  it('historical: read from its snapshot, never missing, and the live page is not fetched', async () => {
    const live = hits.filter((h) => h.path === '/historical-live').length;
    const check = await stateOf(
      watchPage('/historical-live', {
        historical: 'read as an archived copy (2025-01-01)',
        snapshotUrl: `${base}/snapshot`,
      }),
    );
    expect(check.state).toBe('historical');
    expect(check.detail).toBe(
      'read as an archived copy (2025-01-01); snapshot: missing (0/2 quotes found; missing: fee, days); 2 quote(s) not on it',
    );
    expect(hits.filter((h) => h.path === '/historical-live').length).toBe(live);
    // Without a snapshot address, the live page is read and whatever it shows is a note.
    const noSnapshot = await stateOf(watchPage('/historical-live', { historical: 'an older version of x' }));
    expect(noSnapshot).toMatchObject({
      state: 'historical',
      detail: 'an older version of x; live page: gone (HTTP 404)',
    });
  });
  it('retries a 5xx answer and reports what the second attempt found', async () => {
    const before = hits.filter((h) => h.path === '/flaky').length;
    expect((await stateOf(watchPage('/flaky'))).state).toBe('found');
    expect(hits.filter((h) => h.path === '/flaky').length - before).toBe(2);
  });
});

describe('manners', () => {
  it('sends a user agent naming the site and the corrections contact', async () => {
    await stateOf(watchPage('/found'));
    expect(hits.at(-1)!.userAgent).toBe(
      'us-sim-guide-sources-watch/1.0 (+https://us-sim-guide.example; checks the pages its guides cite, once a week; contact: mailto:corrections@us-sim-guide.example)',
    );
  });
  it('keeps at most two requests in flight to one host, each start a pause after the one before', async () => {
    const start = hits.length;
    maxInFlight = 0;
    const pages = Array.from({ length: 5 }, (_, i) => watchPage(`/paced?i=${i}`));
    const results = await runWatch(pages, { ...OPTIONS, pauseMs: 100, perHost: 2 });
    expect(results.map((r) => r.check.state)).toEqual(Array(5).fill('missing'));
    expect(maxInFlight).toBeLessThanOrEqual(2);
    // Five starts 100 ms apart span 400 ms at least; arrival times at the server jitter on a busy machine,
    // so the span is measured, with room for that.
    const starts = hits.slice(start).map((h) => h.at);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(350);
  });
});

describe('the report', () => {
  it('lists the new problems highest stakes first, and none on a second run with the same results', async () => {
    const pages = [
      watchPage('/found'),
      watchPage('/missing'),
      watchPage('/moved', { quotes: [], citedBy: [cite('cancel.effective', 'fact')] }),
      watchPage('/gone', { quotes: [], citedBy: [cite('sources', 'listed')] }),
      watchPage('/blocked'),
      watchPage('/shell'),
    ];
    const checks = await runWatch(pages, OPTIONS);
    const first = buildReport(checks, undefined, 'all', new Date('2027-01-04T09:00:00Z'));
    expect(first.newProblems).toEqual([`${base}/missing`, `${base}/moved`, `${base}/gone`]);
    expect(first.counts).toMatchObject({ found: 1, missing: 1, moved: 1, gone: 1, blocked: 1, 'needs-browser': 1 });
    const md = reportMarkdown(first);
    expect(md).toContain('## New since the last report (3)');
    expect(md).toContain(
      `- **quote missing** (high stakes, since 2027-01-04): [Cancel service（示例支持页）](${base}/missing)\n  - 1/2 quotes found; missing: days\n  - \`days\` “${QUOTE_DAYS}”: cited by example-mobile: stopPaying.timeline[released]`,
    );
    expect(md.indexOf('quote missing** (high')).toBeLessThan(md.indexOf('**moved** (fact'));
    expect(md.indexOf('**moved** (fact')).toBeLessThan(md.indexOf('**gone** (listed'));

    const second = buildReport(checks, first, 'all', new Date('2027-01-11T09:00:00Z'));
    expect(second.newProblems).toEqual([]);
    expect(second.pages.find((p) => p.url === `${base}/missing`)!.since).toBe('2027-01-04');
    expect(reportMarkdown(second)).toContain('## Still open (3)');
  });
});

describe('npm run sources:watch', () => {
  const run = promisify(execFile);
  let root: string;
  beforeAll(() => {
    // The fixture guide, with its two sources (in the fixture's source registry) served by the fixture server.
    root = mkdtempSync(join(tmpdir(), 'sources-watch-'));
    cpSync('tests/fixtures/content', join(root, 'content'), { recursive: true });
    const registry = join(root, 'content/sources.yaml');
    writeFileSync(
      registry,
      readFileSync(registry, 'utf8')
        .replace('url: https://example.com/help', `url: ${base}/moved`)
        .replace('url: https://blog.example.org/pin', `url: ${base}/gone`),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const watch = (...args: string[]) =>
    run(process.execPath, ['scripts/sources-watch.ts', '--out', join(root, 'report'), '--pause', '0', ...args], {
      env: { ...process.env, CONTENT_ROOT: join(root, 'content') },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('exits 1 for new problems, writes both reports, and exits 0 when nothing is new', async () => {
    const first = await watch('--only', 'example-mobile');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`NEW moved (high stakes): ${base}/moved: now ${base}/elsewhere`);
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'));
    // The blog is read as an archived copy: historical, whatever the live address says.
    expect(report.pages.map((p: any) => [p.url, p.state])).toEqual([
      [`${base}/gone`, 'historical'],
      [`${base}/moved`, 'moved'],
    ]);
    expect(readFileSync(join(root, 'report.md'), 'utf8')).toContain('## New since the last report (1)');
    const second = await watch('--only', 'example-mobile');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 new problem(s)');
  }, 30_000);
  it('refuses a guide that does not exist', async () => {
    const result = await watch('--only', 'no-such-guide');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No guide "no-such-guide"');
  }, 30_000);
});
