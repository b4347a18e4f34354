// Every internal link and #fragment resolves to a page and an element that exist.
// External links are written to a report (test-results/external-links.txt), never fetched.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pages, SITE_ORIGIN } from './dist.ts';
import { readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';

const byPath = new Map(pages().map((p) => [p.path, p]));
const ids = new Map(
  pages().map((p) => [
    p.path,
    new Set(
      p
        .$('[id]')
        .map((_, e) => p.$(e).attr('id'))
        .get(),
    ),
  ]),
);

/** The dist page a root-relative path is served from, as static hosts and `astro preview` do. */
function target(pathname: string) {
  return byPath.get(pathname) ?? byPath.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
}

describe('links', () => {
  const external = new Map<string, Set<string>>();

  it.each(pages().map((p) => [p.path, p] as const))('%s links only to pages and anchors that exist', (_path, p) => {
    const broken: string[] = [];
    p.$('a[href]').each((_, a) => {
      const href = p.$(a).attr('href')!;
      if (/^(tel|sms|mailto):/.test(href)) return;
      const url = new URL(href, `${SITE_ORIGIN}${p.path}`);
      if (url.origin !== SITE_ORIGIN) {
        if (!external.has(url.href)) external.set(url.href, new Set());
        external.get(url.href)!.add(p.path);
        return;
      }
      if (url.pathname === '/search/' && url.search) return; // a search link, checked by the search tests
      const page = target(url.pathname);
      if (!page && !url.hash && /\.[a-z]+$/.test(url.pathname) && existsSync(`dist${url.pathname}`)) return; // a file: feed, image, data
      if (!page) return void broken.push(`${href} → no page ${url.pathname}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(page.path)!.has(fragment)) broken.push(`${href} → no id "${fragment}" on ${page.path}`);
    });
    expect(broken).toEqual([]);
  });

  it('writes the report of external links', () => {
    mkdirSync('test-results', { recursive: true });
    const lines = [...external]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, from]) => `${url}\t${[...from].join(' ')}`);
    writeFileSync('test-results/external-links.txt', `${lines.join('\n')}\n`);
    // Sources that exist only over http are marked httpOnly in the source registry; nothing else may be http.
    const httpOnly = new Set(
      [...readSourceRegistry(CONTENT_ROOT).values()].filter((src) => src.httpOnly).map((src) => new URL(src.url).href),
    );
    expect([...external.keys()].filter((url) => !url.startsWith('https://') && !httpOnly.has(url))).toEqual([]);
  });
});
