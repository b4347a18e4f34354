// The routes and public files as they are on disk, for the build, the content check, the tools and
// the tests (Node only; the rules are in pages.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRedirects } from '../content/load-fs.ts';
import { pageOf, reservedPaths, type PageOf, type Route, routeOf } from './pages.ts';

export const PAGES_DIR = 'src/pages';
export const PUBLIC_DIR = 'public';

const ROUTE_FILE = /\.(astro|ts|js)$/;

/** Every route under src/pages; files and folders starting with "_" are a route's private helpers. */
export function readRoutes(dir = PAGES_DIR): Route[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => ROUTE_FILE.test(file) && !file.split('/').some((name) => name.startsWith('_')))
    .sort()
    .map((file) => routeOf(file, readFileSync(join(dir, file), 'utf8')));
}

/** The top-level names in public/, copied to dist/ as they are. */
export function readPublicNames(dir = PUBLIC_DIR): string[] {
  return readdirSync(dir).sort();
}

/** Top-level names a short link may not take. */
export const readReservedPaths = () => reservedPaths(readRoutes(), readPublicNames());

/** What made each page of the site built from `contentRoot`: see pageOf. */
export function sitePages(contentRoot: string): (path: string) => PageOf {
  const routes = readRoutes();
  let redirects: Set<string> | undefined;
  return (path) => {
    redirects ??= new Set(readRedirects(contentRoot).map((r) => r.from));
    return pageOf(path, routes, redirects);
  };
}

/** @astrojs/sitemap's filter: the pages of routes that declare `sitemap: true`. */
export function sitemapFilter(contentRoot: string): (url: string) => boolean {
  const of = sitePages(contentRoot);
  return (url) => {
    const page = of(new URL(url).pathname);
    return page.kind === 'page' && page.route.listing.sitemap;
  };
}
