import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ogSvg } from '../../lib/og.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { KIND_LABELS } from '../../lib/labels.ts';
import { renderPng } from '../../integrations/og-render.ts';
import { OG_IMAGES, SITE_URL } from '../../../site.config.mjs';

export const getStaticPaths = (async () => {
  if (!OG_IMAGES) return [];
  const carriers = (await getCollection('carriers')).map((c) => ({
    params: { key: `carriers/${c.id}` },
    props: { title: c.data.title, eyebrow: `${c.data.name} · ${KIND_LABELS[c.data.kind]}` },
  }));
  const cardTypes = (await getCollection('cardTypes')).map((t) => ({
    params: { key: `card-types/${t.id}` },
    props: { title: t.data.title, eyebrow: `按卡类型 · ${t.data.shortTitle}` },
  }));
  const topics = (await getCollection('topics')).map((t) => ({
    params: { key: `topics/${t.id}` },
    props: { title: t.data.title, eyebrow: `通用指南 · ${t.data.shortTitle}` },
  }));
  const site = { params: { key: 'site' }, props: { title: '美国手机号怎么注销，怎么保号', eyebrow: '按运营商 · 按卡类型 · 有来源' } };
  return [...carriers, ...cardTypes, ...topics, site];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = ogSvg({ title: props.title, eyebrow: props.eyebrow, siteName: SITE_NAME, host: new URL(SITE_URL).host });
  return new Response(new Uint8Array(renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
