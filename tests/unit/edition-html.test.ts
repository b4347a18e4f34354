import { describe, expect, it } from 'vitest';
import { type EditionTarget, editionHtml } from '../../src/lib/edition/html.ts';

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
  editionHtml(`<html lang="zh-CN"><body>${body}</body></html>`, target, { switchHtml: '', scripts: new Set() });

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
});
