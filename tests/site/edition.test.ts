// The Traditional Chinese edition as a reader in Taiwan meets it: every page at the same path under
// /zh-tw/, in Taiwan words (the term table's forms, not OpenCC's 登出 or mainland 运营商/套餐), with no
// Simplified character left outside text marked as another language, the same facts and anchors as
// the Simplified page, and a way back to it.
import { readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { openccCharacters, termRules } from '../../src/i18n/convert.ts';
import { DEFAULT_LOCALE, editionOf, LOCALES } from '../../src/i18n/config.ts';
import { loadDataFile, TERMS_FILE } from '../../src/lib/content/load-fs.ts';
import { simplifiedOnlyIn } from '../../src/lib/edition/simplified.ts';
import { termSchema } from '../../src/schemas/terms.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';
import { DIST, page, pageOf, pages, SITE_ORIGIN, sitemapPaths } from './dist.ts';

const TW = LOCALES['zh-TW'];
const edition = pages().filter((p) => editionOf(p.path).id === 'zh-TW');
const defaults = pages().filter((p) => editionOf(p.path).id === DEFAULT_LOCALE);
const twin = (path: string) => page(`${TW.base}${path}`);

/**
 * What a reader of the page sees or a program reads from it, without text marked as another language
 * (or, with `ownWords`, without any text that names its language: quotes are the sources' words).
 */
function readerText($: CheerioAPI, ownWords = false): string {
  const doc = $.root().clone();
  doc.find(ownWords ? '[lang]:not(html)' : '[lang]:not(html):not([lang="zh-TW"])').remove();
  const attrs = doc
    .find('[content], [title], [alt], [aria-label], [placeholder], [data-label]')
    .toArray()
    .flatMap((el) =>
      ['content', 'title', 'alt', 'aria-label', 'placeholder', 'data-label'].map((a) => $(el).attr(a) ?? ''),
    );
  return [doc.text(), ...attrs].join('\n');
}

/** The edition's own words: what it printed by conversion, not the sources' quoted words. */
const editionText = edition.map((p) => readerText(p.$, true)).join('\n');
const rules = termRules(loadDataFile(CONTENT_ROOT, TERMS_FILE, termSchema.array()));
/** The rules whose Taiwan form differs from the characters of the mainland word. */
const regional = rules.filter((r) => r.tw !== openccCharacters(r.cn));

describe('the Traditional edition', () => {
  it('has every page of the Simplified site at the same path under /zh-tw/', () => {
    expect(defaults.length).toBeGreaterThan(100);
    for (const p of defaults)
      expect(
        edition.some((e) => e.path === `${TW.base}${p.path}`),
        p.path,
      ).toBe(true);
    expect(edition).toHaveLength(defaults.length);
  });

  it('prints at least 60 terms of the term table in their Taiwan form, the issue’s own among them', () => {
    const found = [...new Set(regional.filter((r) => editionText.includes(r.tw)).map((r) => r.term))];
    console.info(`Taiwan forms found: ${found.length} terms`);
    expect(found.length).toBeGreaterThanOrEqual(60);
    for (const word of ['註銷', '帳單', '電信業者', '資費方案', '儲值', '行動數據', '攜碼'])
      expect(editionText).toContain(word);
  });

  it('keeps no mainland word the term table replaces, and never says 登出 (log out) for 注销', () => {
    // Outside the forms the table prints: 電子郵件 holds 郵件, and 轉網密碼 (no Taiwan word) holds 轉網.
    const printed = [...new Set(rules.map((r) => r.tw))].sort((a, b) => b.length - a.length);
    const rest = printed.reduce((text, form) => text.replaceAll(form, '\u0000'), editionText);
    const left = [...regional.map((r) => openccCharacters(r.cn)), '登出'].filter((w) => rest.includes(w));
    expect(left).toEqual([]);
  });

  it.each(edition.map((p) => [p.path, p] as const))('%s has no Simplified-only character', (_path, p) => {
    expect(simplifiedOnlyIn(readerText(p.$))).toEqual([]);
  });

  it('structured data is in Traditional and says so', () => {
    const guide = twin('/carriers/att/');
    const ld = JSON.parse(guide.$('script[type="application/ld+json"]').text());
    expect(JSON.stringify(ld)).toContain('"inLanguage":"zh-TW"');
    expect(simplifiedOnlyIn(JSON.stringify(ld))).toEqual([]);
    expect(JSON.stringify(ld)).toContain(`${SITE_ORIGIN}/zh-tw/carriers/att/`);
  });

  it('the change feed has its own Traditional copy linking to the edition', () => {
    const feed = readFileSync(`${DIST}/zh-tw/changes/feed.xml`, 'utf8');
    expect(feed).toContain('<language>zh-TW</language>');
    expect(simplifiedOnlyIn(feed)).toEqual([]);
    expect(feed).toContain(`${SITE_ORIGIN}/zh-tw/changes/#`);
    expect(feed).not.toMatch(new RegExp(`<link>${SITE_ORIGIN}/changes/`));
    expect(twin('/').$('link[type="application/rss+xml"]').attr('href')).toBe('/zh-tw/changes/feed.xml');
  });

  it.each(defaults.filter((p) => pageOf(p.path).kind === 'page').map((p) => [p.path, p] as const))(
    '%s and its twin carry the same facts, links and anchors',
    (path, p) => {
      const tw = twin(path);
      const facts = ($: CheerioAPI) => ({
        ids: $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
        external: $('main a[href^="http"]')
          .map((_, el) => $(el).attr('href'))
          .get(),
        numbers:
          $('main')
            .text()
            .match(/\d[\d.,:/-]*\d|\d/g) ?? [],
      });
      expect(facts(tw.$)).toEqual(facts(p.$));
      // Internal links lead to the edition's own pages.
      const internal = tw
        .$('main a[href^="/"]')
        .map((_, el) => tw.$(el).attr('href'))
        .get();
      for (const href of internal) expect(href, href).toMatch(/^\/zh-tw\/|^\/(data|og|qr|_astro|pagefind)\//);
    },
  );

  it.each(pages().map((p) => [p.path, p] as const))(
    '%s names both editions and x-default, and switches to the other in its own script',
    (path, p) => {
      const { id, path: own } = editionOf(path);
      const shownAt = pageOf(path).kind === 'redirect' ? own : path.endsWith('404.html') ? '/' : own;
      if (pageOf(path).kind === 'redirect') return;
      const alternates = Object.fromEntries(
        p
          .$('link[rel="alternate"][hreflang]')
          .map((_, el) => [[p.$(el).attr('hreflang'), p.$(el).attr('href')]])
          .get(),
      );
      expect(alternates).toEqual({
        'zh-CN': `${SITE_ORIGIN}${shownAt}`,
        'zh-TW': `${SITE_ORIGIN}${TW.base}${shownAt}`,
        'x-default': `${SITE_ORIGIN}${shownAt}`,
      });
      const other = id === 'zh-TW' ? LOCALES[DEFAULT_LOCALE] : TW;
      const link = p.$('.edition-switch a');
      expect(link).toHaveLength(1);
      expect(link.text()).toBe(other.label);
      expect(link.attr('lang')).toBe(other.lang);
      expect(link.attr('href')).toBe(`${other.base}${shownAt}`);
    },
  );

  it('never sends a reader to an edition by browser language', () => {
    for (const base of ['', TW.base])
      for (const name of readFileSync(`${DIST}${base}/index.html`, 'utf8').match(/src="[^"]+\.js"/g) ?? [])
        expect(readFileSync(`${DIST}${name.slice(5, -1)}`, 'utf8')).not.toMatch(/navigator\.languages?\b/);
    for (const p of pages())
      if (pageOf(p.path).kind !== 'redirect') expect(p.$('meta[http-equiv="refresh"]'), p.path).toHaveLength(0);
  });

  it('short links work in the edition and stay in it', () => {
    const stub = page('/zh-tw/att/');
    expect(stub.$('meta[http-equiv="refresh"]').attr('content')).toMatch(/url=\/zh-tw\/carriers\/att\/$/);
    expect(readFileSync(`${DIST}/_redirects`, 'utf8')).toMatch(/^\/zh-tw\/att\/? +\/zh-tw\/carriers\/att\/ +301/m);
  });

  it('the sitemap lists the edition’s pages with their alternates', () => {
    const sitemap = sitemapPaths();
    expect(sitemap).toContain('/zh-tw/carriers/att/');
    expect(sitemap).not.toContain('/zh-tw/att/');
    const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
    expect(xml).toContain(`hreflang="zh-TW" href="${SITE_ORIGIN}/zh-tw/carriers/att/"`);
  });

  it('has its own 404 page, in Traditional', () => {
    const p = page('/zh-tw/404.html');
    expect(p.$('html').attr('lang')).toBe('zh-TW');
    expect(p.$('h1').text()).toBe(TW.words.notFound.title);
  });
});
