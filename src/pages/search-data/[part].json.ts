// /search-data/main.json (guides, names, web addresses), /search-data/chars.json (for queries with Chinese
// characters) and /search-data/numbers.json (for queries that are numbers): see lib/search/data.ts.
// Split so a Latin name query does not pay for the other two (about 4 kB gzip).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides } from '../../lib/guide/guides.ts';
import { buildSearchData } from '../../lib/search/data-build.ts';
import { SEARCH_DATA_PARTS, type SearchData } from '../../lib/search/data.ts';
import {
  parseGuide,
  readEntries,
  readSourceRegistry,
  readYamlFile,
  SEARCH_TASKS_FILE,
  TERMS_FILE,
} from '../../lib/content/load-fs.ts';
import type { RawEntry } from '../../lib/content/validate.ts';
import type { SourceRegistry } from '../../lib/content/sources.ts';
import { carrierPath, cardTypePath, topicPath } from '../../lib/site.ts';
import { KIND_LABELS } from '../../lib/guide/labels.ts';
import { words } from '../../i18n/index.ts';
import { isActive, searchTasksFileSchema, termSchema, type Carrier } from '../../schemas/index.ts';
import { TASK_SECTIONS } from '../../lib/guide/sections.ts';
import { hasPhoneChannel } from '../../lib/guide/phone-script.ts';
import { CONTENT_ROOT } from '../../../site.config.mjs';

/** An ended service is still found by its names, with this label beside it. */
const endedLabel = (carrier: Carrier): { ended?: string } => (isActive(carrier) ? {} : { ended: words.status.ended });

/** The task sections an active carrier's guide has (CarrierBody.astro), one bit each in TASK_SECTIONS order. */
const taskSections = (carrier: Carrier): { sections?: number } => {
  if (!isActive(carrier)) return {};
  const has = (s: (typeof TASK_SECTIONS)[number]) => s !== 'phone-script' || hasPhoneChannel(carrier);
  return { sections: TASK_SECTIONS.reduce((bits, s, i) => (has(s) ? bits | (1 << i) : bits), 0) };
};

export const getStaticPaths = (async () => {
  const guides = [
    ...(await getGuides('carriers')).map((c) => ({
      ref: {
        url: carrierPath(c.id),
        title: c.data.title,
        kind: KIND_LABELS[c.data.kind],
        ...endedLabel(c.data),
        ...taskSections(c.data),
      },
      names: [c.data.name, ...c.data.aliases, ...c.data.shortNames],
      contacts: c.data.contacts,
      sources: c.data.sources,
    })),
    ...(await getGuides('cardTypes')).map((t) => ({
      ref: { url: cardTypePath(t.id), title: t.data.title },
      names: [t.data.shortTitle, ...t.data.aliases],
    })),
    ...(await getGuides('topics')).map((t) => ({
      ref: { url: topicPath(t.id), title: t.data.title },
      names: [t.data.shortTitle, ...t.data.aliases],
    })),
  ];
  const registry = readSourceRegistry(CONTENT_ROOT);
  const siteText = readEntries(CONTENT_ROOT)
    .map((e) => guideText(e, registry))
    .join('\n');
  // The content check has already reported any problem in these files; here they are only read.
  const terms = readYamlFile(CONTENT_ROOT, TERMS_FILE);
  const tasks = readYamlFile(CONTENT_ROOT, SEARCH_TASKS_FILE);
  const data = buildSearchData(guides, siteText, {
    terms: Array.isArray(terms?.data) ? terms.data.map((t) => termSchema.parse(t)) : [],
    tasks: tasks ? searchTasksFileSchema.parse(tasks.data) : undefined,
    sectionTitles: words.carrierSection,
  });
  return Object.entries(SEARCH_DATA_PARTS).map(([part, keys]) => ({
    params: { part },
    props: { body: Object.fromEntries(keys.map((k) => [k, data[k]])) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Partial<SearchData> }> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });

/**
 * A guide's text as its page shows it: the file as written, with its `sources:` citations replaced by the title,
 * publisher, page date and note of each source they stand for, in the guide's order (the source registry holds that text).
 */
function guideText(entry: RawEntry, registry: SourceRegistry): string {
  const sources = parseGuide(entry, registry).sources.flatMap((s) => [
    s.title,
    s.publisher,
    typeof s.pageDate === 'string' ? s.pageDate : '',
    s.note ?? '',
  ]);
  return entry.raw.replace(/^sources:\n(?:[ \t].*\n?)*/m, `${sources.join('\n')}\n`);
}
