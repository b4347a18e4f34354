// No spam, no trackers: nothing in dist/ names a spam domain, and no page loads anything from elsewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, pages, walk } from './dist.ts';
import { parseSpamPatterns } from '../../src/lib/content/validate.ts';
import { CSP } from '../../src/lib/host/csp.ts';

const spam = parseSpamPatterns(readFileSync('config/spam-patterns.txt', 'utf8'));
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

const offSite = (url: string | undefined) =>
  !!url && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) && !url.startsWith('data:');

describe('privacy and spam', () => {
  it('has no spam domain or handle anywhere in dist/', () => {
    const hits = walk(DIST)
      .filter((f) => TEXT.test(f))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return spam.filter((re) => re.test(text)).map((re) => `${f}: ${re.source}`);
      });
    expect(hits).toEqual([]);
  });

  it('loads no script, image, stylesheet, icon or manifest from another origin', () => {
    const bad = pages().flatMap((p) =>
      [
        ...p
          .$('script[src]')
          .map((_, e) => p.$(e).attr('src'))
          .get(),
        ...p
          .$('img[src], source[src], iframe[src], video[src], audio[src]')
          .map((_, e) => p.$(e).attr('src'))
          .get(),
        ...p
          .$(
            'link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel~="manifest"], link[rel~="prefetch"]',
          )
          .map((_, e) => p.$(e).attr('href'))
          .get(),
      ]
        .filter(offSite)
        .map((url) => `${p.path}: ${url}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no @import or url() to another origin in CSS', () => {
    const css = walk(DIST).filter((f) => f.endsWith('.css') && !f.includes('/pagefind/'));
    expect(css.length).toBeGreaterThan(0);
    for (const f of css) {
      const text = readFileSync(f, 'utf8');
      expect(text).not.toMatch(/@import/);
      expect([...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]).filter(offSite)).toEqual([]);
    }
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages().map((p) => [p.path, p] as const))('%s allows only the site itself', (_path, p) => {
    const csp = p.$('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(csp).toBe(CSP);
    expect(csp).not.toMatch(/unsafe-inline|\*|https?:/);
  });

  it.each(pages().map((p) => [p.path, p] as const))(
    '%s has no inline script or style the policy would block',
    (_path, p) => {
      const inlineScripts = p.$('script:not([src])').filter((_, e) => p.$(e).attr('type') !== 'application/ld+json');
      expect(inlineScripts).toHaveLength(0);
      expect(p.$('style, [style]')).toHaveLength(0);
      expect(p.html).not.toMatch(/\son[a-z]+=/i);
    },
  );
});
