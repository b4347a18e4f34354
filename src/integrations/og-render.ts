// SVG → PNG with resvg and the npm Noto Sans SC font (one weight: loading a 10 MB font is most
// of the cost), cached by content so rebuilds are cheap.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const CACHE = 'node_modules/.astro/og-cache';

export function renderPng(svg: string): Buffer {
  const key = createHash('sha256').update(svg).digest('hex').slice(0, 32);
  const cached = `${CACHE}/${key}.png`;
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(svg, {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
  }).render().asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
