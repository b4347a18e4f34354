// The files static hosts read beside the site: dist/_headers and dist/_redirects, in the format
// Netlify and Cloudflare Pages share. The host-files integration writes them after Pagefind has run,
// from the list of files in dist/ and the site's redirects.
import { HostRoutes, printAsRedirects } from '@astrojs/underscore-redirects';
import { CSP_HEADER } from './csp.ts';
import type { Redirect } from './redirects.ts';
import { DERIVED_LOCALES, LOCALES } from '../../i18n/config.ts';

export interface HeaderRule {
  /** A path, or a path ending in "/*" (everything below it). */
  path: string;
  headers: [name: string, value: string][];
}

/** Hashed file names: the content never changes under one name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is revalidated on every use, so a corrected phone number reaches readers at once. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Sent with every response. */
export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Content-Type-Options', 'nosniff'],
  // Sources are on other sites: they learn the reader came from here, never which page.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Nothing here needs a sensor, camera, location or payment; copy and share stay allowed.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  // No includeSubDomains or preload: the origin may share a domain with sites this build does not control.
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/**
 * Pagefind's own advice: the .pf_fragment, .pf_index, .pf_filter and .pf_meta files carry a hash of
 * their content in their names and "can be cached indefinitely" (Pagefind/pagefind#747); the files
 * with fixed names (pagefind.js, pagefind-entry.json, the WebAssembly, the UI) change between
 * builds or Pagefind versions, so they must be revalidated (Pagefind/pagefind#180, #814).
 */
export function isHashedPagefindFile(path: string): boolean {
  return /^\/pagefind\/.*\.pf_(fragment|index|filter|meta)$/.test(path);
}

/**
 * Whether a _headers or _redirects path pattern matches a request path, the way Netlify reads it
 * (its headers parser, `getForRegExp`): case-insensitive, an optional trailing slash, and a "*"
 * segment that matches anything from there on, including nothing.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part === '*' ? '?(.*)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu').test(path);
}

/**
 * Header rules for a built site.
 *
 * `files` are the URL paths of every file in dist/ ("/carriers/att/index.html", "/_astro/x.js");
 * `redirectSources` are the top-level names served as redirects ("att"), which need no caching rule.
 * Every file gets exactly one Cache-Control value: rules never overlap with different values, since
 * Netlify lets the last match win while Cloudflare Pages joins all matches with commas.
 */
export function headerRules(files: readonly string[], redirectSources: ReadonlySet<string>): HeaderRule[] {
  const cache = (path: string, value: string, extra: [string, string][] = []): HeaderRule => ({
    path,
    headers: [['Cache-Control', value], ...extra],
  });
  const rules: HeaderRule[] = [{ path: '/*', headers: SECURITY_HEADERS }, cache('/_astro/*', CACHE_IMMUTABLE)];

  const pagefind = files.filter((f) => f.startsWith('/pagefind/'));
  const hashedDirs = [
    ...new Set(pagefind.filter((f) => isHashedPagefindFile(f) && f.split('/').length > 3).map((f) => f.split('/')[2]!)),
  ].sort();
  rules.push(...hashedDirs.map((dir) => cache(`/pagefind/${dir}/*`, CACHE_IMMUTABLE)));
  for (const file of pagefind.filter((f) => f.split('/').length === 3).sort()) {
    rules.push(cache(file, isHashedPagefindFile(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE));
  }

  const topLevel = new Set(files.map((f) => f.split('/')[1]!));
  const covered = (path: string) =>
    rules.some((r) => r.path !== '/*' && r.headers.some(([n]) => n === 'Cache-Control') && pathMatches(r.path, path));
  if (topLevel.has('index.html')) rules.push(cache('/', CACHE_REVALIDATE));
  for (const name of [...topLevel].sort()) {
    if (
      name === '_astro' ||
      name === 'pagefind' ||
      name === 'index.html' ||
      name.startsWith('_') ||
      redirectSources.has(name)
    )
      continue;
    const isDir = files.some((f) => f.startsWith(`/${name}/`));
    const path = isDir ? `/${name}/*` : `/${name}`;
    // Netlify's "/search/*" also matches "/search-data.json"; one rule is enough for both.
    if (!isDir && covered(path)) continue;
    // Open data may be read by other sites' scripts.
    rules.push(cache(path, CACHE_REVALIDATE, name === 'data' ? [['Access-Control-Allow-Origin', '*']] : []));
  }
  return rules;
}

/** The _headers file: a path line, then its headers indented. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return `${rules.map((r) => `${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}`).join('\n\n')}\n`;
}

/** The rules of a _headers file (comments and blank lines skipped). Throws on a header line before any path. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: unexpected line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every header value the rules give a path, in file order: [name, value] pairs. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => pathMatches(r.path, path)).flatMap((r) => r.headers);
}

/**
 * The _redirects file: every short link and renamed page as a permanent redirect, both with and
 * without the trailing slash. `hasFile(from)` says whether dist/ has a file at that path (the static
 * redirect page does); such a redirect is forced ("301!"), since Netlify otherwise serves the file.
 */
export function redirectsFile(redirects: readonly Redirect[], hasFile: (from: string) => boolean): string {
  const routes = new HostRoutes();
  const lines = redirects.flatMap((r) =>
    [`/${r.from}`, `/${r.from}/`].map((input) => ({ input, target: r.to, force: hasFile(r.from) })),
  );
  // HostRoutes orders by weight; falling weights keep the order given.
  for (const [i, line] of lines.entries())
    routes.add({ dynamic: false, status: 301, weight: lines.length - i, ...line });
  return `${printAsRedirects(routes)}\n`;
}

/**
 * The same headers, caching and redirects for nginx: a snippet to include inside a `server { }`
 * block whose `root` is dist/ (README, "Deploy"). nginx drops a server's add_header lines in any
 * location that has add_header of its own, so each such location repeats the security headers.
 * Redirects are exact-match locations, which nginx tries before any other.
 */
export function nginxConfig(redirects: readonly Redirect[]): string {
  const add = (headers: [string, string][], indent: string) =>
    headers.map(([n, v]) => `${indent}add_header ${n} "${v.replace(/"/g, '\\"')}" always;`).join('\n');
  const location = (match: string, cache: string, extra: [string, string][] = [], body = '') =>
    `location ${match} {\n${add([...SECURITY_HEADERS, ['Cache-Control', cache], ...extra], '  ')}\n${body}}`;
  return `${[
    '# Generated from src/lib/host/config.ts (npm run --silent nginx:conf); the same rules as dist/_headers and dist/_redirects.',
    'index index.html;',
    'error_page 404 /404.html;',
    'absolute_redirect off;',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml application/javascript application/json image/svg+xml;',
    add(SECURITY_HEADERS, ''),
    location('/', CACHE_REVALIDATE, [], '  try_files $uri $uri/ =404;\n'),
    // Each edition's missing pages get its own 404 page (Cloudflare Pages finds the nearest 404.html itself).
    ...DERIVED_LOCALES.map((id) =>
      location(
        `${LOCALES[id].base}/`,
        CACHE_REVALIDATE,
        [],
        `  error_page 404 ${LOCALES[id].base}/404.html;\n  try_files $uri $uri/ =404;\n`,
      ),
    ),
    location('/_astro/', CACHE_IMMUTABLE),
    location(
      '/pagefind/',
      CACHE_REVALIDATE,
      [],
      `  ${location('~ \\.pf_(fragment|index|filter|meta)$', CACHE_IMMUTABLE).replace(/\n/g, '\n  ')}\n`,
    ),
    location('/data/', CACHE_REVALIDATE, [['Access-Control-Allow-Origin', '*']]),
    ...redirects.flatMap((r) =>
      [`/${r.from}`, `/${r.from}/`].map((from) => `location = ${from} { return 301 ${r.to}; }`),
    ),
  ].join('\n')}\n`;
}
