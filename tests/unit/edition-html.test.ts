import { describe, expect, it } from 'vitest';
import { editionFeed } from '../../src/lib/edition/feed.ts';
import { type EditionTarget, editionHtml } from '../../src/lib/edition/html.ts';
import { editionScript } from '../../src/lib/edition/script.ts';

const ORIGIN = 'https://guide.example.org';
const target: EditionTarget = {
  base: '/zh-tw',
  lang: 'zh-TW',
  ogLocale: 'zh_TW',
  convert: (text) => text.replace(/页/g, '頁').replace(/地址/g, '網址'),
  origin: ORIGIN,
  mirrored: (path) => path.startsWith('/carriers/') || path.startsWith('/qr/'),
};
const edition = (body: string) =>
  editionHtml(`<html lang="zh-CN"><body>${body}</body></html>`, target, { switchHtml: () => '', scripts: new Set() });

describe('editionHtml', () => {
  it('points a srcset at the edition’s copy, keeping descriptors and files it has no copy of', () => {
    const html = edition('<picture><source media="print" srcset="/qr/carriers/att.svg 1x, /og/site.png 2x"></picture>');
    expect(html).toContain('srcset="/zh-tw/qr/carriers/att.svg 1x, /og/site.png 2x"');
  });

  it('prints the edition’s address where a page states its own', () => {
    const html = edition(`<figcaption>本页地址：${ORIGIN}/carriers/att/</figcaption>`);
    expect(html).toContain(`<figcaption>本頁網址：${ORIGIN}/zh-tw/carriers/att/</figcaption>`);
  });

  it('leaves the site’s URLs in text alone when the edition has no copy, and other sites’ always', () => {
    const text = `下载 ${ORIGIN}/data/carriers.json 或看 https://example.com/carriers/att/`;
    expect(edition(`<p>${text}</p>`)).toContain(`<p>${text}</p>`);
  });

  it('converts text, titles and labels but leaves text marked as another language, ids and URLs', () => {
    const html = edition(
      '<h2 id="页">本页</h2><blockquote lang="zh-CN">本页原文</blockquote><p lang="en">页</p>' +
        '<a href="/carriers/att/#页" title="本页" class="页">本页</a><img alt="本页" src="/favicon.svg">',
    );
    expect(html).toContain('<h2 id="页">本頁</h2>');
    expect(html).toContain('<blockquote lang="zh-CN">本页原文</blockquote>');
    expect(html).toContain('<p lang="en">页</p>');
    expect(html).toContain('<a href="/zh-tw/carriers/att/#页" title="本頁" class="页">本頁</a>');
    expect(html).toContain('<img alt="本頁" src="/favicon.svg">');
  });

  it('tags the page, its Open Graph locale, canonical URL and structured data with the edition', () => {
    const html = editionHtml(
      `<html lang="zh-CN"><head><title>本页</title><link rel="canonical" href="${ORIGIN}/carriers/att/">` +
        `<link rel="alternate" hreflang="zh-CN" href="${ORIGIN}/carriers/att/">` +
        '<meta property="og:locale" content="zh_CN"><meta name="description" content="本页">' +
        `<script type="application/ld+json">{"headline":"本页","inLanguage":"zh-CN","url":"${ORIGIN}/carriers/att/"}</script>` +
        '</head><body><span class="edition-switch"><a href="/zh-tw/carriers/att/" hreflang="zh-TW" lang="zh-TW">繁體中文</a></span>' +
        '<script type="module" src="/_astro/a.js"></script></body></html>',
      target,
      { switchHtml: (path) => `<a class="back" href="${path}">简体中文</a>`, scripts: new Set(['/_astro/a.js']) },
    );
    expect(html).toContain('<html lang="zh-TW" data-base="/zh-tw">');
    expect(html).toContain('<title>本頁</title>');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/zh-tw/carriers/att/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="${ORIGIN}/carriers/att/">`);
    expect(html).toContain('<meta property="og:locale" content="zh_TW">');
    expect(html).toContain('<meta name="description" content="本頁">');
    expect(html).toContain(`{"headline":"本頁","inLanguage":"zh-TW","url":"${ORIGIN}/zh-tw/carriers/att/"}`);
    expect(html).toContain('<a class="back" href="/carriers/att/">简体中文</a>');
    expect(html).toContain('<script type="module" src="/zh-tw/_astro/a.js">');
  });

  it('points a short link’s refresh at the edition’s page', () => {
    const html = editionHtml(
      '<html lang="zh-CN"><head><meta http-equiv="refresh" content="0; url=/carriers/att/"></head><body></body></html>',
      target,
      { switchHtml: () => '', scripts: new Set() },
    );
    expect(html).toContain('content="0; url=/zh-tw/carriers/att/"');
  });
});

describe('editionScript', () => {
  const words = new Map([
    ['找到 {n} 个结果', '找到 {n} 個結果'],
    ['重试', '重試'],
  ]);
  it('replaces every UI word, in any kind of literal, and nothing else', () => {
    const code = 'var a={found:`找到 {n} 个结果`,retry:"重试"},b=`x$' + '{a}`,c="/search-data/";';
    expect(editionScript(code, words, 'a.js')).toBe(
      'var a={found:`找到 {n} 個結果`,retry:"重試"},b=`x$' + '{a}`,c="/search-data/";',
    );
  });
  it('fails on Chinese text that is not a UI word, naming the file', () => {
    expect(() => editionScript('var t=/[发髮]/,s="发送";', words, 'dist/_astro/x.js')).toThrow(
      /dist\/_astro\/x\.js.*发送/,
    );
  });
});

describe('editionFeed', () => {
  it('converts titles and descriptions, and points links and guids at the edition', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>本页 &amp; 地址</title>' +
      `<link>${ORIGIN}</link><language>zh-CN</language><item><title>本页</title>` +
      `<link>${ORIGIN}/carriers/att/#a</link><guid isPermaLink="true">${ORIGIN}/carriers/att/#a</guid></item></channel></rss>`;
    const out = editionFeed(xml, { ...target, mirrored: (p) => p === '/' || p.startsWith('/carriers/') });
    expect(out).toContain('<title>本頁 &amp; 網址</title>');
    expect(out).toContain(`<link>${ORIGIN}/zh-tw/</link><language>zh-TW</language>`);
    expect(out).toContain(`<guid isPermaLink="true">${ORIGIN}/zh-tw/carriers/att/#a</guid>`);
  });
});
