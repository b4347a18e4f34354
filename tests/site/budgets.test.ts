// Size budgets over dist/, in gzip bytes: each at most half of Starlight's published budgets.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { DIST, guidePages, page, pages, walk, type Page } from './dist.ts';

const BUDGETS = {
  frameHtml: 3_500,
  siteCss: 8_000,
  jsBeforeInteraction: 3_000,
  // 13,000 until the Traditional edition: its language switch keeps the reader's section and search (+~120 B).
  jsOnFirstUse: 13_300,
  /** The deadline tool's own eager script (its .ics builder loads on click). */
  deadlineJs: 1_500,
  guideTextFactor: 1.5,
};

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const file = (path: string) => readFileSync(`${DIST}${path}`);

/** What a reader of the guide actually reads: the article's text without hidden metadata. */
function visibleText(p: Page): string {
  const article = p.$('main').clone();
  article.find('[hidden], script, style, noscript').remove();
  return article.text().replace(/\s+/g, ' ').trim();
}

/** Scripts a page loads before any interaction: external module scripts, their static imports, inline scripts. */
function initialJs(p: Page): number {
  const srcs = p
    .$('script[src]')
    .map((_, e) => p.$(e).attr('src'))
    .get();
  const preloads = p
    .$('link[rel="modulepreload"]')
    .map((_, e) => p.$(e).attr('href'))
    .get();
  // JSON-LD is data, not script: it never runs.
  const inline = p
    .$('script:not([src]):not([type="application/ld+json"])')
    .map((_, e) => p.$(e).text())
    .get()
    .filter((t) => t.trim());
  return (
    [...new Set([...srcs, ...preloads])].reduce((sum, src) => sum + gz(file(src)), 0) +
    inline.reduce((s, t) => s + gz(t), 0)
  );
}

describe('budgets (gzip bytes)', () => {
  const frame = gz(page('/404.html').html);

  it(`page frame (the 404 page) ≤ ${BUDGETS.frameHtml}`, () => {
    console.info(`404 page HTML: ${frame} B gzip`);
    expect(frame).toBeLessThanOrEqual(BUDGETS.frameHtml);
  });

  it.each(guidePages().map((p) => [p.path, p] as const))(
    `guide %s HTML ≤ frame + ${BUDGETS.guideTextFactor} × its visible text`,
    (_path, p) => {
      const html = gz(p.html);
      const text = gz(visibleText(p));
      expect(html, `html ${html} B, text ${text} B, frame ${frame} B`).toBeLessThanOrEqual(
        frame + BUDGETS.guideTextFactor * text,
      );
    },
  );

  it(`site CSS ≤ ${BUDGETS.siteCss}`, () => {
    const css = walk(DIST).filter((f) => f.endsWith('.css') && !f.includes('/pagefind/'));
    const total = css.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    console.info(`site CSS: ${total} B gzip in ${css.length} file(s)`);
    expect(total).toBeLessThanOrEqual(BUDGETS.siteCss);
  });

  it.each(pages().map((p) => [p.path, p] as const))(
    `%s loads ≤ ${BUDGETS.jsBeforeInteraction} of JS before any interaction`,
    (_path, p) => {
      expect(initialJs(p)).toBeLessThanOrEqual(BUDGETS.jsBeforeInteraction);
    },
  );

  // Each edition has its own copy of the scripts (with its words); a reader loads one edition's.
  it.each(Object.values(LOCALES).map((l) => [l.lang, l.base] as const))(
    `the site's own JS in %s, loaded on first use, ≤ ${BUDGETS.jsOnFirstUse}`,
    (_lang, base) => {
      const js = walk(`${DIST}${base}/_astro`).filter((f) => /\.m?js$/.test(f));
      const total = js.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
      console.info(`site JS in ${base || '/'}: ${total} B gzip in ${js.length} file(s)`);
      expect(js.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(BUDGETS.jsOnFirstUse);
    },
  );

  it(`the deadline tool's eager script ≤ ${BUDGETS.deadlineJs}, loaded on /deadline/ only`, () => {
    const scripts = (p: Page) =>
      p
        .$('script[src]')
        .map((_, e) => p.$(e).attr('src'))
        .get();
    const everywhere = new Set(scripts(page('/about/')));
    const own = scripts(page('/deadline/')).filter((src) => !everywhere.has(src));
    expect(own.length).toBeGreaterThan(0);
    const total = own.reduce((sum, src) => sum + gz(file(src)), 0);
    console.info(`deadline tool eager JS: ${total} B gzip`);
    expect(total).toBeLessThanOrEqual(BUDGETS.deadlineJs);
    for (const p of pages())
      if (p.path !== '/deadline/') for (const src of own) expect(scripts(p), p.path).not.toContain(src);
  });

  it('every page reads without JavaScript: the guide text is in the HTML', () => {
    for (const p of guidePages()) expect(visibleText(p).length).toBeGreaterThan(200);
  });
});
