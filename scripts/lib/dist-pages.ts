// Reading the built site: every HTML page of dist/, parsed once, with its URL path.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { walkFiles as walk } from '../../src/lib/content/load-fs.ts';
import { SITE_URL } from '../../site.config.mjs';

export const DIST = 'dist';
export const SITE_ORIGIN = new URL(SITE_URL).origin;

export { walk };

/** "/carriers/att/" for dist/carriers/att/index.html, "/404.html" for dist/404.html. */
export function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return rel === 'index.html'
    ? '/'
    : rel.endsWith('/index.html')
      ? `/${rel.slice(0, -'index.html'.length)}`
      : `/${rel}`;
}

export interface Page {
  file: string;
  path: string;
  html: string;
  $: cheerio.CheerioAPI;
}

let cache: Page[] | undefined;
export function pages(): Page[] {
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.startsWith(join(DIST, 'pagefind')))
    .map((file) => {
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

/** Pages whose anchors are published (shared links may point at them): the guides, /deadline/ and /changes/. */
export const anchorPages = () =>
  pages().filter(
    (p) =>
      /^\/(carriers|card-types|topics)\/[^/]+\/$/.test(p.path) || p.path === '/deadline/' || p.path === '/changes/',
  );
