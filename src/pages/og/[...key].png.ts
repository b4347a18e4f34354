import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides } from '../../lib/guide/guides.ts';
import { ogSvg } from '../../lib/guide/og.ts';
import { SITE_NAME } from '../../i18n/index.ts';
import { t, words } from '../../i18n/index.ts';
import { KIND_LABELS } from '../../lib/guide/labels.ts';
import { renderPngs } from '../../integrations/og-render.ts';
import { OG_IMAGES, SITE_URL } from '../../../site.config.mjs';

export const getStaticPaths = (async () => {
  if (!OG_IMAGES) return [];
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
  // All cards at once: one font load for the whole site (see og-render.ts).
  const pngs = await renderPngs(cards.map((c) => ogSvg({ ...c, siteName: SITE_NAME, host })));
  return cards.map((c, i) => ({ params: { key: c.key }, props: { png: pngs[i]! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { 'Content-Type': 'image/png' } });
