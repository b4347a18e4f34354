// Pages are found, not listed. Every page route (src/pages/**/*.astro) says once, in its frontmatter,
// whether its pages are in the sitemap and whether their anchors are published:
//   export const listing = { sitemap: true, anchors: false };
// From those declarations and the route file names come the sitemap, the pages whose anchors are
// published, the pages the browser tests walk and the top-level names a short link may not take.
// An exported constant (not a marker in the HTML) costs the pages no bytes, and it can be read before
// Astro builds anything, as the content check needs.

import { EDITION_DIRS, editionOf } from '../../i18n/config.ts';

export interface Listing {
  /** The route's pages are in sitemap-0.xml. */
  sitemap: boolean;
  /** The ids in the route's pages are published: shared links may point at them and they must stay. */
  anchors: boolean;
}

type Segment = { kind: 'static'; name: string } | { kind: 'param' } | { kind: 'rest' };

export interface Route {
  /** The route file, relative to src/pages, e.g. "carriers/[slug]/script.astro". */
  file: string;
  segments: Segment[];
  /** HTML pages (.astro) carry a listing; endpoints (.ts) write other files and are never pages. */
  listing?: Listing;
}

export const LISTING_EXAMPLE = 'export const listing = { sitemap: true, anchors: false };';
const LISTING = /^export const listing = \{ sitemap: (true|false), anchors: (true|false) \};?$/m;

/** The listing a page route declares; a route without one stops the build, naming the file. */
export function parseListing(file: string, source: string): Listing {
  const match = LISTING.exec(source);
  if (!match)
    throw new Error(
      `${file}: expected a line \`${LISTING_EXAMPLE}\` in its frontmatter saying whether its pages are in the sitemap and whether their anchors are published`,
    );
  return { sitemap: match[1] === 'true', anchors: match[2] === 'true' };
}

/** A route from its file name under src/pages and its source. */
export function routeOf(file: string, source: string): Route {
  const page = file.endsWith('.astro');
  const names = file
    .replace(/\.(astro|ts|js)$/, '')
    .split('/')
    .filter((name, i, all) => !(page && name === 'index' && i === all.length - 1));
  const segments = names.map((name): Segment => {
    if (/^\[\.\.\.[^\]]+\]$/.test(name)) return { kind: 'rest' };
    if (/^\[[^\]]+\]$/.test(name)) return { kind: 'param' };
    if (name.includes('[')) {
      if (page) throw new Error(`${file}: a page route's parameter must be a whole path segment`);
      return { kind: 'param' };
    }
    return { kind: 'static', name };
  });
  return { file, segments, ...(page ? { listing: parseListing(file, source) } : {}) };
}

/**
 * The URL path of an HTML file written under the output folder, from its path relative to that folder
 * ("carriers/att/index.html" → "/carriers/att/", "index.html" → "/", "404.html" → "/404.html").
 */
export function pagePath(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** "/carriers/att/" → ["carriers", "att"]; "/404.html" → ["404"]; "/" → []. */
export function pathSegments(path: string): string[] {
  return path
    .replace(/\/index\.html$|\.html$/, '')
    .split('/')
    .filter(Boolean);
}

function matches(segments: readonly Segment[], path: readonly string[]): boolean {
  const [first, ...rest] = segments;
  if (!first) return path.length === 0;
  if (first.kind === 'rest') return rest.length === 0 || path.some((_, i) => matches(rest, path.slice(i)));
  if (!path[0]) return false;
  return (first.kind === 'param' || first.name === path[0]) && matches(rest, path.slice(1));
}

const RANK = { static: 0, param: 1, rest: 2 } as const;

/** Astro's order: at the first segment where two routes differ, a static name beats a parameter, which beats a rest parameter. */
function moreSpecific(a: Route, b: Route): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const ra = a.segments[i] ? RANK[a.segments[i]!.kind] : -1;
    const rb = b.segments[i] ? RANK[b.segments[i]!.kind] : -1;
    if (ra !== rb) return ra - rb;
  }
  return 0;
}

/** A route that is one rest parameter at the top, such as [...redirect].astro, matches any path. */
const isCatchAll = (route: Route) => route.segments[0]?.kind === 'rest';

export type PageOf = { kind: 'redirect' } | { kind: 'page'; route: Route & { listing: Listing } } | { kind: 'unknown' };

/**
 * What made the HTML page at `path`: a redirect stub (a short link or renamed page), a page route, or
 * nothing this site declares. Short links and renamed pages are the only pages of the catch-all route,
 * so any other path that only the catch-all matches is unknown.
 */
export function pageOf(path: string, routes: readonly Route[], redirects: ReadonlySet<string>): PageOf {
  // A derived edition's page (/zh-tw/carriers/att/) is made from the default edition's page at its path.
  const segments = pathSegments(editionOf(path).path);
  if (redirects.has(segments.join('/'))) return { kind: 'redirect' };
  const route = routes
    .filter((r) => r.listing && !isCatchAll(r) && matches(r.segments, segments))
    .sort(moreSpecific)[0];
  return route?.listing ? { kind: 'page', route: route as Route & { listing: Listing } } : { kind: 'unknown' };
}

/** What the build writes at the top of dist/ besides routes and public/: scripts, search index, host files, sitemap, editions. */
export const BUILD_OUTPUTS = [
  '_astro',
  'pagefind',
  'sitemap-index.xml',
  'sitemap-0.xml',
  '_headers',
  '_redirects',
  ...EDITION_DIRS,
];

/** Top-level names a short link may not take: every route's first name, every file in public/ and the build's own outputs. */
export function reservedPaths(routes: readonly Route[], publicNames: readonly string[]): string[] {
  const routeNames = routes.flatMap((r) => {
    const first = r.segments[0];
    return first?.kind === 'static' ? [first.name] : [];
  });
  return [...new Set([...routeNames, ...publicNames, ...BUILD_OUTPUTS])].sort();
}
