// SVG → PNG with resvg and an npm Noto Sans font (SC for the Simplified edition, TC for the Taiwan
// one: each draws its own region's glyph shapes and has its script's characters), cached by content
// so rebuilds are cheap. Loading a 7–10 MB font costs ~100 ms per resvg instance, so every card not in the cache is
// rendered in a few passes: the cards are stacked into tall SVGs and cut apart with sharp.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from '../lib/guide/og.ts';

const require = createRequire(import.meta.url);
/** The font file of each card font family (Locale.cardFont in src/i18n/config.ts). */
const FONT_FILES = {
  'Noto Sans SC': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'Noto Sans TC': '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
} as const;
export type CardFont = keyof typeof FONT_FILES;
const CACHE = 'node_modules/.astro/og-cache';

const cachePath = (svg: string) => `${CACHE}/${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`;

/** Cards per resvg pass: one pass holds OG_WIDTH × OG_HEIGHT × 4 bytes per card in memory (~3 MB). */
const BATCH = 40;

/**
 * PNGs for many card SVGs (each OG_WIDTH × OG_HEIGHT) drawn in `font`, in the same order. The SVGs
 * name their font family, so the cache never hands one edition's card to another.
 */
export async function renderPngs(svgs: readonly string[], font: CardFont = 'Noto Sans SC'): Promise<Buffer[]> {
  const missing = [...new Set(svgs.filter((svg) => !existsSync(cachePath(svg))))];
  mkdirSync(CACHE, { recursive: true });
  for (let from = 0; from < missing.length; from += BATCH) await renderBatch(missing.slice(from, from + BATCH), font);
  return svgs.map((svg) => readFileSync(cachePath(svg)));
}

async function renderBatch(batch: readonly string[], font: CardFont) {
  const stacked = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT * batch.length}">${batch
    .map((svg, i) => svg.replace('<svg ', `<svg y="${i * OG_HEIGHT}" `))
    .join('')}</svg>`;
  const rendered = new Resvg(stacked, {
    font: { fontFiles: [require.resolve(FONT_FILES[font])], loadSystemFonts: false, defaultFontFamily: font },
  }).render();
  const raw = { raw: { width: OG_WIDTH, height: OG_HEIGHT * batch.length, channels: 4 as const } };
  await Promise.all(
    batch.map(async (svg, i) => {
      const png = await sharp(rendered.pixels, raw)
        .extract({ left: 0, top: i * OG_HEIGHT, width: OG_WIDTH, height: OG_HEIGHT })
        .png()
        .toBuffer();
      writeFileSync(cachePath(svg), png);
    }),
  );
}
