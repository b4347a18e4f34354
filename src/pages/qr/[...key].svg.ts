// A QR code for each guide's URL, as its own small SVG: printed pages carry it, screen pages never load it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides } from '../../lib/guide/guides.ts';
import QRCode from 'qrcode';

export const getStaticPaths = (async () => {
  const keys = [
    ...(await getGuides('carriers')).map((c) => `carriers/${c.id}`),
    ...(await getGuides('cardTypes')).map((t) => `card-types/${t.id}`),
    ...(await getGuides('topics')).map((t) => `topics/${t.id}`),
  ];
  return keys.map((key) => ({ params: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await QRCode.toString(new URL(`/${params.key}/`, site).href, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
