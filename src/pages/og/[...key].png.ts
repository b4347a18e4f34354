import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ogSvg } from '../../lib/guide/og.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { KIND_LABELS } from '../../lib/guide/labels.ts';
import { renderPngs } from '../../integrations/og-render.ts';
import { OG_IMAGES, SITE_URL } from '../../../site.config.mjs';

export const getStaticPaths = (async () => {
  if (!OG_IMAGES) return [];
  const cards = [
    ...(await getCollection('carriers')).map((c) => ({
      key: `carriers/${c.id}`,
      title: c.data.title,
      eyebrow: `${c.data.name} · ${KIND_LABELS[c.data.kind]}`,
    })),
    ...(await getCollection('cardTypes')).map((t) => ({
      key: `card-types/${t.id}`,
      title: t.data.title,
      eyebrow: `按卡类型 · ${t.data.shortTitle}`,
    })),
    ...(await getCollection('topics')).map((t) => ({
      key: `topics/${t.id}`,
      title: t.data.title,
      eyebrow: `通用指南 · ${t.data.shortTitle}`,
    })),
    { key: 'site', title: '美国手机号怎么注销，怎么保号', eyebrow: '按运营商 · 按卡类型 · 有来源' },
  ];
  const host = new URL(SITE_URL).host;
  // All cards at once: one font load for the whole site (see og-render.ts).
  const pngs = await renderPngs(cards.map((c) => ogSvg({ ...c, siteName: SITE_NAME, host })));
  return cards.map((c, i) => ({ params: { key: c.key }, props: { png: pngs[i]! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { 'Content-Type': 'image/png' } });
