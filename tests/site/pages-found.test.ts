// Pages are found, not listed: every HTML page in dist/ is in the sitemap, is a redirect stub (a short
// link or renamed page), or comes from a route that declared itself out of the sitemap. The sitemap,
// the published anchors and the reserved paths all follow from the routes' own `listing` lines.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReservedPaths } from '../../src/lib/host/pages-fs.ts';
import { DIST, pageOf, pages, sitemapPaths } from './dist.ts';

const inSitemap = new Set(sitemapPaths());

describe('every page is found', () => {
  it('every HTML page is in the sitemap, a redirect stub, or declared out of the sitemap by its route', () => {
    const unlisted = pages()
      .map((p) => p.path)
      .filter((path) => {
        const of = pageOf(path);
        return !inSitemap.has(path) && of.kind !== 'redirect' && !(of.kind === 'page' && !of.route.listing.sitemap);
      });
    expect(unlisted, 'give the route that writes these pages an `export const listing = …` line').toEqual([]);
  });

  it('the sitemap lists exactly the pages whose routes say sitemap: true', () => {
    const declared = pages()
      .map((p) => p.path)
      .filter((path) => {
        const of = pageOf(path);
        return of.kind === 'page' && of.route.listing.sitemap;
      });
    expect([...inSitemap].sort()).toEqual(declared.sort());
    expect(inSitemap).toContain('/deadline/');
    expect(inSitemap).toContain('/changes/');
  });

  it('a page is a redirect stub exactly when it is a short link or a renamed page', () => {
    for (const p of pages())
      expect(p.$('meta[http-equiv="refresh"]').length > 0, p.path).toBe(pageOf(p.path).kind === 'redirect');
  });

  it('no short link can take a top-level name the built site uses', () => {
    const reserved = new Set(readReservedPaths());
    // index.html is the home page at "/", which no short link can take.
    const taken = readdirSync(DIST)
      .filter((name) => name !== 'index.html')
      .map((name) => name.replace(/\.html$/, ''))
      .filter((name) => pageOf(`/${name}/`).kind !== 'redirect' && !reserved.has(name));
    expect(taken).toEqual([]);
  });
});
