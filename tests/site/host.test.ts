// dist/_headers and dist/_redirects, read the way a host reads them: every page gets the security
// headers, the header CSP says what the meta CSP says (plus what only a header can), each file gets
// one caching rule, and every short link and renamed page is a forced permanent redirect.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, pages, siteRedirects, walk } from './dist.ts';
import { HEADER_ONLY_DIRECTIVES, parseCsp } from '../../src/lib/host/csp.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headersFor, parseHeaders } from '../../src/lib/host/config.ts';

const rules = parseHeaders(readFileSync(`${DIST}/_headers`, 'utf8'));
const redirects = siteRedirects();
const redirectPaths = new Set(redirects.map((r) => `/${r.from}/index.html`));
const files = walk(DIST)
  .map((f) => `/${f.slice(DIST.length + 1)}`)
  .filter((f) => !['/_headers', '/_redirects'].includes(f));

const header = (path: string, name: string) =>
  headersFor(rules, path)
    .filter(([n]) => n.toLowerCase() === name.toLowerCase())
    .map(([, v]) => v);

describe('_headers', () => {
  it.each(['/', '/carriers/att/', '/compare/', '/_astro/x.js', '/pagefind/pagefind.js', '/data/carriers.json'])(
    '%s gets the security headers once each',
    (path) => {
      expect(header(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(header(path, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
      expect(header(path, 'Permissions-Policy')).toEqual([expect.stringContaining('camera=()')]);
      expect(header(path, 'Strict-Transport-Security')).toEqual([expect.stringMatching(/^max-age=\d{7,}$/)]);
      expect(header(path, 'Content-Security-Policy')).toHaveLength(1);
    },
  );

  it('sends a CSP that forbids framing and HSTS without preload', () => {
    const csp = parseCsp(header('/', 'Content-Security-Policy')[0]!);
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(header('/', 'Strict-Transport-Security')[0]).not.toMatch(/preload/);
  });

  it.each(pages().map((p) => [p.path, p] as const))(
    '%s: header CSP and meta CSP agree on every directive a meta tag can carry',
    (path, p) => {
      const meta = parseCsp(p.$('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '');
      const sent = parseCsp(header(path, 'Content-Security-Policy')[0] ?? '');
      const metaCapable = Object.fromEntries(
        Object.entries(sent).filter(([name]) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(name)),
      );
      expect(Object.keys(meta).length).toBeGreaterThan(5);
      expect(meta).toEqual(metaCapable);
    },
  );

  it('gives every file exactly one Cache-Control value (hosts join or override overlapping rules)', () => {
    const wrong = files
      .filter((f) => !redirectPaths.has(f))
      .map((f) => [f, [...new Set(header(f.replace(/index\.html$/, ''), 'Cache-Control'))]] as const)
      .filter(([, values]) => values.length !== 1);
    expect(wrong).toEqual([]);
  });

  it('caches hashed assets for a year and revalidates HTML', () => {
    const astro = files.filter((f) => f.startsWith('/_astro/'));
    expect(astro.length).toBeGreaterThan(3);
    for (const f of astro) expect(header(f, 'Cache-Control')).toEqual([CACHE_IMMUTABLE]);
    for (const p of pages().filter((p) => !redirectPaths.has(`${p.path}index.html`)))
      expect(header(p.path, 'Cache-Control'), p.path).toEqual([CACHE_REVALIDATE]);
  });

  it("caches Pagefind's content-hashed files for a year and revalidates its fixed-name files", () => {
    const pagefind = files.filter((f) => f.startsWith('/pagefind/'));
    const hashed = pagefind.filter((f) => /\.pf_(fragment|index|filter|meta)$/.test(f));
    expect(hashed.length).toBeGreaterThan(10);
    for (const f of hashed) expect(header(f, 'Cache-Control'), f).toEqual([CACHE_IMMUTABLE]);
    for (const f of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind']) {
      expect(header(f, 'Cache-Control'), f).toEqual([CACHE_REVALIDATE]);
    }
  });
});

describe('_redirects', () => {
  const lines = readFileSync(`${DIST}/_redirects`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));

  it('has only well-formed lines: from, to, 301 or 301!', () => {
    for (const line of lines)
      expect(line).toEqual([
        expect.stringMatching(/^\//),
        expect.stringMatching(/^\/.*\/$/),
        expect.stringMatching(/^301!?$/),
      ]);
  });

  it.each(redirects.map((r) => [r.from, r.to] as const))(
    '/%s/ → %s, forced over the static redirect page that stays',
    (from, to) => {
      expect(existsSync(`${DIST}/${from}/index.html`)).toBe(true);
      expect(lines).toContainEqual([`/${from}/`, to, '301!']);
      expect(lines).toContainEqual([`/${from}`, to, '301!']);
      expect(existsSync(`${DIST}${to}index.html`)).toBe(true);
    },
  );

  it('has nothing else', () => {
    expect(lines).toHaveLength(redirects.length * 2);
  });
});
