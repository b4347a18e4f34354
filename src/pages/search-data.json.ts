// /search-data.json: own names and Traditional→Simplified characters for the search UI (see search-data.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchData } from '../lib/search-data-build.ts';
import { readEntries } from '../lib/load-content.ts';
import { carrierPath, cardTypePath, topicPath } from '../lib/site.ts';
import { KIND_LABELS } from '../lib/labels.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';

/** A carrier whose `status` is "ended" is still found by its names, with this label beside it. */
function endedLabel(carrier: object): { ended?: string } {
  return 'status' in carrier && carrier.status === 'ended' ? { ended: '已停止服务' } : {};
}

export const GET: APIRoute = async () => {
  const guides = [
    ...(await getCollection('carriers')).map((c) => ({
      ref: { url: carrierPath(c.id), title: c.data.title, kind: KIND_LABELS[c.data.kind], ...endedLabel(c.data) },
      names: [c.data.name, ...c.data.aliases, ...c.data.shortNames],
      contacts: c.data.contacts,
      sources: c.data.sources,
    })),
    ...(await getCollection('cardTypes')).map((t) => ({ ref: { url: cardTypePath(t.id), title: t.data.title }, names: [t.data.shortTitle, ...t.data.aliases] })),
    ...(await getCollection('topics')).map((t) => ({ ref: { url: topicPath(t.id), title: t.data.title }, names: [t.data.shortTitle, ...t.data.aliases] })),
  ];
  const siteText = readEntries(CONTENT_ROOT).map((e) => e.raw).join('\n');
  return new Response(JSON.stringify(buildSearchData(guides, siteText)), { headers: { 'Content-Type': 'application/json' } });
};
