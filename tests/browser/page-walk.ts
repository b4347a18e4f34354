// The walk of every page, one edition per test file (page-quality*.test.ts), so that two files run at
// once: every HTML page the build writes except redirect stubs (so the 404 page and the phone scripts
// too), plus a search with results, in Chromium at 320 px, light and dark: axe finds nothing (in dark,
// nothing a colour can break), nothing scrolls sideways, nothing is fetched from another origin, no
// cookie or storage is set, and the Content-Security-Policy blocks nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_LOCALE, editionOf, LOCALES, type LocaleId } from '../../src/i18n/config.ts';
import { DIST, htmlFiles, pageOf, urlPath, walk } from '../site/dist.ts';
import { baseUrl, describeBrowser, openPage, useBrowser, type OpenedPage } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The dark scheme changes colours only (the test below holds the CSS to that), so in dark axe runs
// the rules a colour can break; the others gave the same answer twice. This keeps the walk of every
// page, phone scripts included, inside npm test's time.
const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const DARK_BLOCK = /@media \(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}/g;

/** Walks every page of edition `id`, in light and dark; a derived edition in light only, its CSS being the default edition's. */
export function walkPages(id: LocaleId): void {
  const base = LOCALES[id].base;
  const PATHS = [
    ...htmlFiles()
      .map(urlPath)
      .filter((path) => pageOf(path).kind !== 'redirect' && editionOf(path).id === id)
      .sort(),
    `${base}/search/?q=tmobile`,
  ];
  const SCHEMES = id === DEFAULT_LOCALE ? (['light', 'dark'] as const) : (['light'] as const);

  describeBrowser(`every page in ${id}: accessible, fits 320 px, private, CSP-clean`, () => {
    const browser = useBrowser();

    it('the dark scheme sets colour properties only', () => {
      const css = walk(join(DIST, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const blocks = [...css.matchAll(DARK_BLOCK)].map((m) => m[1]!);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks)
        expect(block, 'dark mode may only change --colour variables').toMatch(
          /^:root\{(--[a-z-]+:#[0-9a-f]{3,8};?)+\}$/,
        );
    });

    it('covers every page but the redirect stubs', () => {
      expect(PATHS).toEqual(
        expect.arrayContaining(
          ['/', '/404.html', '/deadline/', '/changes/', '/carriers/att/script/'].map((p) => `${base}${p}`),
        ),
      );
    });

    // One tab for every page (a new browser context costs more than loading a page): each page is
    // loaded once, in light, and its dark test switches prefers-color-scheme in place. axe is added to
    // every document by an init script, so it is not sent over again for each page.
    let tab: OpenedPage | undefined;
    let current: string | undefined;
    const offOrigin: string[] = [];

    it.each(PATHS.flatMap((path) => SCHEMES.map((scheme) => [path, scheme] as const)))(
      '%s (%s)',
      async (path, scheme) => {
        if (!tab) {
          tab = await openPage(browser(), 'about:blank', { viewport: { width: 320, height: 700 } });
          await tab.page.context().addInitScript({ content: axeSource });
          tab.page.on('request', (req) => {
            const url = new URL(req.url());
            if (url.protocol !== 'data:' && url.origin !== new URL(baseUrl).origin) offOrigin.push(req.url());
          });
        }
        const { page, errors } = tab;
        await page.emulateMedia({ colorScheme: scheme });
        if (current !== path) {
          // What the previous page recorded or stored must not count against this one.
          errors.length = 0;
          offOrigin.length = 0;
          await page.context().clearCookies();
          if (current)
            await page.evaluate(() => {
              localStorage.clear();
              sessionStorage.clear();
            });
          current = path;
          await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
          if (/^(\/zh-tw)?\/search\/\?q=/.test(path)) await page.locator('#search-results li').first().waitFor();
        }
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);

        const violations = await page.evaluate(
          async (runOnly) => {
            // @ts-expect-error axe is added by the init script above
            const result = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
            return result.violations.map(
              (v: { id: string; nodes: { target: string[] }[] }) =>
                `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
          },
          scheme === 'dark' ? { type: 'rule', values: AXE_COLOUR_RULES } : { type: 'tag', values: AXE_TAGS },
        );
        expect(violations).toEqual([]);

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);

        expect(offOrigin).toEqual([]);
        expect(await page.context().cookies()).toEqual([]);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
        expect(errors).toEqual([]);
      },
    );

    afterAll(async () => {
      await tab?.close();
    });
  });
}
