// A QR code for each guide's URL in one edition, as its own small SVG: printed pages carry it, screen
// pages never load it. A derived edition's pages print the code of their own URL (/zh-tw/…).
import type { APIRoute } from 'astro';
import { LOCALES, type LocaleId } from '../../i18n/config.ts';
import { getGuides } from '../../lib/guide/guides.ts';
import { qrSvg } from '../../lib/guide/qr.ts';

/** The static paths of every guide's code; the edition is given as a prop for GET. */
export async function qrPaths(id: LocaleId) {
  const keys = [
    ...(await getGuides('carriers')).map((c) => `carriers/${c.id}`),
    ...(await getGuides('cardTypes')).map((t) => `card-types/${t.id}`),
    ...(await getGuides('topics')).map((t) => `topics/${t.id}`),
  ];
  return keys.map((key) => ({ params: { key }, props: { base: LOCALES[id].base } }));
}

export const GET: APIRoute = async ({ params, props, site }) =>
  new Response(await qrSvg(new URL(`${props.base}/${params.key}/`, site).href), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
