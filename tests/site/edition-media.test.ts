// What the Taiwan edition shares and prints: each guide's link preview is its own card, in
// Traditional characters and a Traditional font, and its printed QR code and address are the
// edition's URL, not the Simplified page's.
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/guide/qr.ts';
import { DIST, guidePages, page, SITE_ORIGIN } from './dist.ts';

const distPath = (url: string) => `${DIST}${new URL(url, SITE_ORIGIN).pathname}`;
const editionPages = guidePages().map((p) => [p.path, page(`/zh-tw${p.path}`)] as const);

describe('the edition’s link previews', () => {
  it.each(editionPages)('/zh-tw%s has its own 1200×630 card, unlike the Simplified one', async (path, p) => {
    const image = p.$('meta[property="og:image"]').attr('content')!;
    const key = path.replace(/^\/|\/$/g, '');
    expect(image).toBe(`${SITE_ORIGIN}/zh-tw/og/${key}.png`);
    expect(existsSync(distPath(image)), image).toBe(true);
    const { width, height, format } = await sharp(distPath(image)).metadata();
    expect([format, width, height]).toEqual(['png', 1200, 630]);
    expect(readFileSync(distPath(image)).equals(readFileSync(`${DIST}/og/${key}.png`))).toBe(false);
  });

  it('has a site card for the pages that are not guides', () => {
    const image = page('/zh-tw/').$('meta[property="og:image"]').attr('content')!;
    expect(image).toBe(`${SITE_ORIGIN}/zh-tw/og/site.png`);
    expect(existsSync(distPath(image))).toBe(true);
  });
});

describe('the edition’s printed address', () => {
  it.each(editionPages)('/zh-tw%s prints the QR code and the address of its own URL', async (path, p) => {
    const key = path.replace(/^\/|\/$/g, '');
    const src = p.$('.print-qr source[media="print"]').attr('srcset');
    expect(src).toBe(`/zh-tw/qr/${key}.svg`);
    const svg = readFileSync(`${DIST}${src}`, 'utf8');
    expect(svg).not.toBe(readFileSync(`${DIST}/qr/${key}.svg`, 'utf8'));
    expect(svg).toBe(await qrSvg(`${SITE_ORIGIN}/zh-tw${path}`));
    expect(p.$('.print-qr figcaption').text()).toContain(`${SITE_ORIGIN}/zh-tw${path}`);
  });
});
