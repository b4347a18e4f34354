// /data/carriers.json: every carrier's facts, for reuse (src/lib/open-data.ts).
import type { APIRoute } from 'astro';
import { getGuides } from '../../lib/guide/guides.ts';
import { openData } from '../../lib/open-data.ts';
import { SITE_NAME } from '../../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const carriers = (await getGuides('carriers')).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(`${JSON.stringify(openData(carriers, site!, SITE_NAME))}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
