// Reading the built site: every HTML page of dist/, parsed once, with its URL path.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { walkFiles as walk } from '../../src/lib/content/load-fs.ts';
import { type PageOf, pagePath } from '../../src/lib/host/pages.ts';
import { sitePages } from '../../src/lib/host/pages-fs.ts';
import { isShareableAnchor, type AnchorRegistry } from '../../src/lib/host/anchors.ts';
import { DEFAULT_LOCALE, editionOf } from '../../src/i18n/config.ts';
import { CONTENT_ROOT, SITE_URL } from '../../site.config.mjs';

export const DIST = 'dist';
export const SITE_ORIGIN = new URL(SITE_URL).origin;

export { walk };

/** "/carriers/att/" for dist/carriers/att/index.html, "/404.html" for dist/404.html. */
export const urlPath = (file: string) => pagePath(relative(DIST, file));

export interface Page {
  file: string;
  path: string;
  html: string;
  $: cheerio.CheerioAPI;
}

/** Every HTML file in dist/ (Pagefind's own aside). */
export const htmlFiles = () => walk(DIST).filter((f) => f.endsWith('.html') && !f.startsWith(join(DIST, 'pagefind')));

let cache: Page[] | undefined;
export function pages(): Page[] {
  cache ??= htmlFiles().map((file) => {
    const html = readFileSync(file, 'utf8');
    return { file, path: urlPath(file), html, $: cheerio.load(html) };
  });
  return cache;
}

export function page(path: string): Page {
  const found = pages().find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path} in dist/`);
  return found;
}

export const guidePages = () => pages().filter((p) => /^\/(carriers|card-types|topics)\/[^/]+\/$/.test(p.path));

let routeOfPage: ((path: string) => PageOf) | undefined;
/** Which route made the page at `path`: a redirect stub, a page route with its listing, or unknown. */
export function pageOf(path: string): PageOf {
  routeOfPage ??= sitePages(CONTENT_ROOT);
  return routeOfPage(path);
}

/**
 * Pages whose anchors are published (shared links may point at them): their routes say `anchors: true`.
 * The default edition's: a derived edition's page has the same ids (tests/site/edition.test.ts).
 */
export const anchorPages = () =>
  pages().filter((p) => {
    const of = pageOf(p.path);
    return of.kind === 'page' && of.route.listing.anchors && editionOf(p.path).id === DEFAULT_LOCALE;
  });

/** The paths sitemap-0.xml (and any further sitemap the index names) lists. */
export function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).flatMap((map) =>
    locs(readFileSync(join(DIST, map), 'utf8')),
  );
}

/** Every shareable id in the main content of each page whose anchors are published, by page path. */
export function foundAnchors(): AnchorRegistry {
  return Object.fromEntries(
    anchorPages().map((p) => [
      p.path,
      p
        .$('main [id]')
        .map((_, e) => p.$(e).attr('id')!)
        .get()
        .filter(isShareableAnchor),
    ]),
  );
}
