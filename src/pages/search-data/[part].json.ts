// /search-data/main.json (guides, names, web addresses), /search-data/t2s.json (for queries with Chinese
// characters) and /search-data/numbers.json (for queries that are numbers): see lib/search-data.ts.
// Split so a Latin name query does not pay for the other two (about 4 kB gzip).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchData } from '../../lib/search/data-build.ts';
import { SEARCH_DATA_PARTS, type SearchData } from '../../lib/search/data.ts';
import { readEntries } from '../../lib/content/load-fs.ts';
import { carrierPath, cardTypePath, topicPath } from '../../lib/site.ts';
import { KIND_LABELS } from '../../lib/guide/labels.ts';
import { words } from '../../i18n/index.ts';
import { isActive, type Carrier } from '../../schemas/index.ts';
import { CONTENT_ROOT } from '../../../site.config.mjs';

/** An ended service is still found by its names, with this label beside it. */
const endedLabel = (carrier: Carrier): { ended?: string } => (isActive(carrier) ? {} : { ended: words.status.ended });

export const getStaticPaths = (async () => {
  const guides = [
    ...(await getCollection('carriers')).map((c) => ({
      ref: { url: carrierPath(c.id), title: c.data.title, kind: KIND_LABELS[c.data.kind], ...endedLabel(c.data) },
      names: [c.data.name, ...c.data.aliases, ...c.data.shortNames],
      contacts: c.data.contacts,
      sources: c.data.sources,
    })),
    ...(await getCollection('cardTypes')).map((t) => ({
      ref: { url: cardTypePath(t.id), title: t.data.title },
      names: [t.data.shortTitle, ...t.data.aliases],
    })),
    ...(await getCollection('topics')).map((t) => ({
      ref: { url: topicPath(t.id), title: t.data.title },
      names: [t.data.shortTitle, ...t.data.aliases],
    })),
  ];
  const siteText = readEntries(CONTENT_ROOT)
    .map((e) => e.raw)
    .join('\n');
  const data = buildSearchData(guides, siteText);
  return Object.entries(SEARCH_DATA_PARTS).map(([part, keys]) => ({
    params: { part },
    props: { body: Object.fromEntries(keys.map((k) => [k, data[k]])) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Partial<SearchData> }> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
