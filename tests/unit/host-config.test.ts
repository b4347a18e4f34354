import { describe, expect, it } from 'vitest';
import { CSP, CSP_DIRECTIVES, CSP_HEADER, parseCsp, serializeCsp } from '../../src/lib/host/csp.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  formatHeaders,
  headerRules,
  headersFor,
  isHashedPagefindFile,
  nginxConfig,
  parseHeaders,
  pathMatches,
  redirectsFile,
} from '../../src/lib/host/config.ts';

describe('CSP', () => {
  it('parses what it serializes, and keeps the first of a repeated directive', () => {
    expect(parseCsp(CSP)).toEqual(CSP_DIRECTIVES);
    expect(parseCsp("Script-Src  'self'   'wasm-unsafe-eval' ; script-src *; ")).toEqual({
      'script-src': "'self' 'wasm-unsafe-eval'",
    });
    expect(serializeCsp({ a: 'b', c: 'd' })).toBe('a b; c d');
  });

  it('sends as a header what the meta tag says, plus frame-ancestors', () => {
    expect(CSP_HEADER).toBe(`${CSP}; frame-ancestors 'none'`);
  });
});

describe('pathMatches (Netlify rules)', () => {
  it('matches a splat with or without anything after it, and an optional trailing slash', () => {
    expect(pathMatches('/carriers/*', '/carriers/')).toBe(true);
    expect(pathMatches('/carriers/*', '/carriers/att/index.html')).toBe(true);
    expect(pathMatches('/about', '/about/')).toBe(true);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/about/')).toBe(false);
    expect(pathMatches('/_astro/*', '/carriers/att/')).toBe(false);
  });

  it('reads dots literally', () => {
    expect(pathMatches('/robots.txt', '/robotsxtxt')).toBe(false);
  });
});

describe('headerRules', () => {
  const files = [
    '/index.html',
    '/404.html',
    '/favicon.svg',
    '/search-data.json',
    '/search/index.html',
    '/carriers/att/index.html',
    '/att/index.html',
    '/_astro/a1.js',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.zh-cn_abc.pf_meta',
    '/pagefind/fragment/zh-cn_1.pf_fragment',
    '/pagefind/index/zh-cn_2.pf_index',
    '/data/carriers.json',
  ];
  const rules = headerRules(files, new Set(['att']));
  const cache = (path: string) => [
    ...new Set(
      headersFor(rules, path)
        .filter(([n]) => n === 'Cache-Control')
        .map(([, v]) => v),
    ),
  ];

  it('gives each file one Cache-Control value', () => {
    for (const f of files.filter((f) => f !== '/att/index.html'))
      expect(cache(f.replace(/index\.html$/, '')), f).toHaveLength(1);
  });

  it('caches hashed files for a year, everything else revalidates', () => {
    expect(cache('/_astro/a1.js')).toEqual([CACHE_IMMUTABLE]);
    expect(cache('/pagefind/fragment/zh-cn_1.pf_fragment')).toEqual([CACHE_IMMUTABLE]);
    expect(cache('/pagefind/pagefind.zh-cn_abc.pf_meta')).toEqual([CACHE_IMMUTABLE]);
    for (const f of [
      '/',
      '/carriers/att/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/search-data.json',
      '/404.html',
    ])
      expect(cache(f), f).toEqual([CACHE_REVALIDATE]);
  });

  it('leaves redirect sources alone and lets other sites read the open data', () => {
    expect(cache('/att/')).toEqual([]);
    expect(headersFor(rules, '/data/carriers.json')).toContainEqual(['Access-Control-Allow-Origin', '*']);
    expect(headersFor(rules, '/carriers/att/')).not.toContainEqual(['Access-Control-Allow-Origin', '*']);
  });

  it('round-trips through the file format', () => {
    expect(parseHeaders(`# comment\n${formatHeaders(rules)}`)).toEqual(rules);
    expect(() => parseHeaders('  Cache-Control: x\n')).toThrow(/unexpected line/);
  });

  it("knows Pagefind's hashed files by their extension", () => {
    expect(isHashedPagefindFile('/pagefind/filter/zh-cn_1.pf_filter')).toBe(true);
    expect(isHashedPagefindFile('/pagefind/wasm.unknown.pagefind')).toBe(false);
  });
});

describe('redirectsFile', () => {
  it('writes both slash forms in the given order, forced only where a file exists', () => {
    const text = redirectsFile(
      [
        { from: 'att', to: '/carriers/att/' },
        { from: 'carriers/old', to: '/carriers/new/' },
      ],
      (from) => from === 'att',
    );
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)),
    ).toEqual([
      ['/att', '/carriers/att/', '301!'],
      ['/att/', '/carriers/att/', '301!'],
      ['/carriers/old', '/carriers/new/', '301'],
      ['/carriers/old/', '/carriers/new/', '301'],
    ]);
  });
});

describe('nginxConfig', () => {
  const conf = nginxConfig([{ from: 'att', to: '/carriers/att/' }]);

  it('redirects both slash forms with exact-match locations', () => {
    expect(conf).toContain('location = /att { return 301 /carriers/att/; }');
    expect(conf).toContain('location = /att/ { return 301 /carriers/att/; }');
  });

  it('repeats the security headers in every location that sets its own (nginx does not inherit them)', () => {
    const blocks = conf.split(/location [^=]/).slice(1);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) expect(block).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`);
  });
});
