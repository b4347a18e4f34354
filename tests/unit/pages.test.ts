import { describe, expect, it } from 'vitest';
import {
  BUILD_OUTPUTS,
  pageOf,
  pagePath,
  parseListing,
  pathSegments,
  reservedPaths,
  routeOf,
} from '../../src/lib/host/pages.ts';

const page = (file: string, sitemap = true, anchors = false) =>
  routeOf(file, `---\nexport const listing = { sitemap: ${sitemap}, anchors: ${anchors} };\n---\n`);
const ROUTES = [
  page('index.astro'),
  page('404.astro', false),
  page('[...redirect].astro', false),
  page('carriers/index.astro'),
  page('carriers/[slug].astro', true, true),
  page('carriers/[slug]/script.astro', false),
  page('start/[...path].astro'),
  page('deadline.astro', true, true),
  routeOf('changes/feed.xml.ts', ''),
  routeOf('og/[...key].png.ts', ''),
  routeOf('robots.txt.ts', ''),
];
const REDIRECTS = new Set(['att', 'carriers/old-name']);
const of = (path: string) => {
  const found = pageOf(path, ROUTES, REDIRECTS);
  return found.kind === 'page' ? found.route.file : found.kind;
};

describe('route listings', () => {
  it('reads the one line a page route declares', () => {
    expect(parseListing('a.astro', 'export const listing = { sitemap: false, anchors: true };')).toEqual({
      sitemap: false,
      anchors: true,
    });
  });
  it('stops on a page route that declares nothing, naming the file and the line it needs', () => {
    expect(() => routeOf('new-page.astro', '---\nconst x = 1;\n---\n')).toThrow(
      /new-page\.astro: expected a line `export const listing = \{ sitemap: true, anchors: false \};`/,
    );
  });
  it('asks nothing of endpoints, which write other files than pages', () => {
    expect(routeOf('robots.txt.ts', '').listing).toBeUndefined();
  });
});

describe('which route made a page', () => {
  it('reads paths as Astro writes them', () => {
    expect(pathSegments('/')).toEqual([]);
    expect(pathSegments('/carriers/att/')).toEqual(['carriers', 'att']);
    expect(pathSegments('/404.html')).toEqual(['404']);
  });
  it('prefers a name over a parameter and a parameter over a rest parameter, as Astro does', () => {
    expect(of('/')).toBe('index.astro');
    expect(of('/carriers/')).toBe('carriers/index.astro');
    expect(of('/carriers/att/')).toBe('carriers/[slug].astro');
    expect(of('/carriers/att/script/')).toBe('carriers/[slug]/script.astro');
    expect(of('/start/')).toBe('start/[...path].astro');
    expect(of('/start/keep/abroad/')).toBe('start/[...path].astro');
    expect(of('/404.html')).toBe('404.astro');
    expect(of('/deadline/')).toBe('deadline.astro');
  });
  it('knows short links and renamed pages, even where a guide route would match', () => {
    expect(of('/att/')).toBe('redirect');
    expect(of('/carriers/old-name/')).toBe('redirect');
  });
  it('knows no page that only the catch-all route would match, or that no page route matches', () => {
    expect(of('/not-a-short-link/')).toBe('unknown');
    expect(of('/carriers/att/extra/')).toBe('unknown');
    expect(of('/changes/feed.xml')).toBe('unknown');
  });
});

describe('page paths', () => {
  it('gives the URL path of a written HTML file, with any separator', () => {
    expect(pagePath('carriers/att/index.html')).toBe('/carriers/att/');
    expect(pagePath('zh-tw\\carriers\\att\\index.html')).toBe('/zh-tw/carriers/att/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('reserved paths', () => {
  it('are every route’s first name, public/ and the build’s own outputs', () => {
    const reserved = reservedPaths(ROUTES, ['favicon.svg']);
    expect(reserved).toEqual(
      expect.arrayContaining(['404', 'carriers', 'start', 'deadline', 'changes', 'og', 'robots.txt', 'favicon.svg']),
    );
    expect(reserved).toEqual(expect.arrayContaining(BUILD_OUTPUTS));
    expect(reserved).not.toContain('index');
    expect(reserved.some((name) => name.includes('['))).toBe(false);
  });
});
