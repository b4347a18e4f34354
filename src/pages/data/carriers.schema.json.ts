// /data/carriers.schema.json: the JSON Schema of /data/carriers.json, generated from the carrier schema.
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../lib/open-data.ts';
import { resolvedCarrierSchema } from '../../schemas/index.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(resolvedCarrierSchema, site!), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
