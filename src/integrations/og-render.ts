// SVG → PNG with resvg and the npm Noto Sans SC font, cached by content so rebuilds are cheap.
// Loading the 10 MB font costs ~100 ms per resvg instance, so every card not in the cache is
// rendered in one pass: the cards are stacked into one tall SVG and cut apart with sharp.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from '../lib/og.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const CACHE = 'node_modules/.astro/og-cache';

const cachePath = (svg: string) => `${CACHE}/${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`;

/** PNGs for many card SVGs (each OG_WIDTH × OG_HEIGHT), in the same order. */
export async function renderPngs(svgs: readonly string[]): Promise<Buffer[]> {
  const missing = [...new Set(svgs.filter((svg) => !existsSync(cachePath(svg))))];
  if (missing.length) {
    const stacked = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT * missing.length}">${missing
      .map((svg, i) => svg.replace('<svg ', `<svg y="${i * OG_HEIGHT}" `))
      .join('')}</svg>`;
    const rendered = new Resvg(stacked, { font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render();
    const raw = { raw: { width: OG_WIDTH, height: OG_HEIGHT * missing.length, channels: 4 as const } };
    mkdirSync(CACHE, { recursive: true });
    await Promise.all(
      missing.map(async (svg, i) => {
        const png = await sharp(rendered.pixels, raw).extract({ left: 0, top: i * OG_HEIGHT, width: OG_WIDTH, height: OG_HEIGHT }).png().toBuffer();
        writeFileSync(cachePath(svg), png);
      }),
    );
  }
  return svgs.map((svg) => readFileSync(cachePath(svg)));
}
