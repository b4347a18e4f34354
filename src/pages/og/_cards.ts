// The link-preview cards of one edition: one per guide and one for the site. A derived edition's
// cards carry its text converted as its pages are (src/lib/edition/), drawn in its own font, and live
// under its base (/zh-tw/og/…), where its pages' og:image then points.
import type { APIRoute } from 'astro';
import { DEFAULT_LOCALE, LOCALES, type LocaleId } from '../../i18n/config.ts';
import { SITE_NAME, t, words } from '../../i18n/index.ts';
import { renderPngs } from '../../integrations/og-render.ts';
import { loadConverter } from '../../lib/edition/convert-fs.ts';
import { getGuides } from '../../lib/guide/guides.ts';
import { KIND_LABELS } from '../../lib/guide/labels.ts';
import { ogSvg } from '../../lib/guide/og.ts';
import { CONTENT_ROOT, OG_IMAGES, SITE_URL } from '../../../site.config.mjs';

/** The static paths of edition `id`'s cards, each with its PNG. */
export async function ogCardPaths(id: LocaleId) {
  if (!OG_IMAGES) return [];
  const convert = id === DEFAULT_LOCALE ? (text: string) => text : loadConverter(CONTENT_ROOT);
  const cards = [
    ...(await getGuides('carriers')).map((c) => ({
      key: `carriers/${c.id}`,
      title: c.data.title,
      eyebrow: t('og.carrier', { name: c.data.name, kind: KIND_LABELS[c.data.kind] }),
    })),
    ...(await getGuides('cardTypes')).map((g) => ({
      key: `card-types/${g.id}`,
      title: g.data.title,
      eyebrow: t('og.cardType', { title: g.data.shortTitle }),
    })),
    ...(await getGuides('topics')).map((g) => ({
      key: `topics/${g.id}`,
      title: g.data.title,
      eyebrow: t('og.topic', { title: g.data.shortTitle }),
    })),
    { key: 'site', title: words.og.siteTitle, eyebrow: words.og.siteEyebrow },
  ];
  const host = new URL(SITE_URL).host;
  const font = LOCALES[id].cardFont;
  const svgs = cards.map((c) =>
    ogSvg({ title: convert(c.title), eyebrow: convert(c.eyebrow), siteName: convert(SITE_NAME), host, font }),
  );
  // All cards at once: one font load for the whole edition (see og-render.ts).
  const pngs = await renderPngs(svgs, font);
  return cards.map((c, i) => ({ params: { key: c.key }, props: { png: pngs[i]! } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { 'Content-Type': 'image/png' } });
