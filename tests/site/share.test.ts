// What a chat app sees when a guide is shared: Open Graph tags on the configured origin, a real
// preview image, valid JSON-LD; and short links that land on an existing guide.
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, guidePages, page, pages, SITE_ORIGIN, siteRedirects } from './dist.ts';

const distPath = (url: string) => `${DIST}${new URL(url).pathname}`;

describe('link previews', () => {
  it.each(
    pages()
      .filter((p) => !p.$('meta[http-equiv="refresh"]').length)
      .map((p) => [p.path, p] as const),
  )('%s has Open Graph and Twitter tags on the site origin', (_path, p) => {
    for (const prop of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name']) {
      expect(p.$(`meta[property="${prop}"]`).attr('content')?.length, prop).toBeGreaterThan(0);
    }
    const image = p.$('meta[property="og:image"]').attr('content')!;
    expect(new URL(image).origin).toBe(SITE_ORIGIN);
    expect(existsSync(distPath(image)), image).toBe(true);
    expect(p.$('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  it.each(guidePages().map((p) => [p.path, p] as const))(
    '%s has its own 1200×630 preview image that is not one flat colour',
    async (path, p) => {
      const image = p.$('meta[property="og:image"]').attr('content')!;
      expect(image).toContain(`/og${path.replace(/\/$/, '')}.png`);
      const { width, height } = await sharp(distPath(image)).metadata();
      expect([width, height]).toEqual([1200, 630]);
      const stats = await sharp(distPath(image)).stats();
      expect(stats.channels.some((c) => c.max - c.min > 100)).toBe(true);
    },
  );

  it.each(guidePages().map((p) => [p.path, p] as const))(
    '%s has JSON-LD with a breadcrumb trail and an Article dated by its review',
    (path, p) => {
      const json = JSON.parse(p.$('script[type="application/ld+json"]').text());
      const graph = json['@graph'] as Record<string, any>[];
      const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
      const article = graph.find((n) => n['@type'] === 'Article')!;
      expect(json['@context']).toBe('https://schema.org');
      expect(crumbs.itemListElement.at(-1).item).toBe(`${SITE_ORIGIN}${path}`);
      expect(crumbs.itemListElement.map((c: any) => c.position)).toEqual(
        crumbs.itemListElement.map((_: unknown, i: number) => i + 1),
      );
      expect(article.headline).toBe(p.$('h1').text());
      expect(article.dateModified).toBe(p.$('time[datetime]').first().attr('datetime'));
      expect(article.mainEntityOfPage).toBe(`${SITE_ORIGIN}${path}`);
    },
  );
});

describe('short links', () => {
  const redirects = siteRedirects();

  it('exist for the big three', () => {
    expect(redirects.map((r) => r.from)).toEqual(expect.arrayContaining(['att', 'tmobile', 'verizon']));
  });

  it.each(redirects.map((r) => [r.from, r.to] as const))('/%s/ → %s', (from, to) => {
    const p = page(`/${from}/`);
    expect(p.$('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${to}`);
    expect(p.$('link[rel="canonical"]').attr('href')).toBe(`${SITE_ORIGIN}${to}`);
    expect(() => page(to)).not.toThrow();
  });
});
