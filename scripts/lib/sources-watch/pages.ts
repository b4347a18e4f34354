// What the watch checks: a list of pages, each with the quotes to look for on it and the facts that cite them.
// `watchPages` is the one adapter from the content to that list; the watch itself knows nothing of guides.
import type { Citation as SourceCitation } from '../../../src/schemas/index.ts';
import { resolveCitation, type SourceRegistry } from '../../../src/lib/content/sources.ts';
import { citingFields, isHighStakesField } from '../high-stakes.ts';

/**
 * How much a reader loses when a cited page changes, highest first: `high` backs a phone number, code, PIN,
 * fee, proration, refund, stop-paying or pause/abroad rule, day count or service-end date; `fact` backs any
 * other fact; `listed` is a page only listed among a guide's sources.
 */
export const STAKES = ['high', 'fact', 'listed'] as const;
export type Stakes = (typeof STAKES)[number];

/** One place that cites a page or a quote: the guide's slug and the fact's field path. */
export interface Citation {
  guide: string;
  field: string;
  stakes: Stakes;
}

/** A sentence or two the page said when it was read, under its id. */
export interface WatchQuote {
  id: string;
  lang?: string;
  text: string;
  citedBy: Citation[];
}

export interface WatchPage {
  /** The page as the guides cite it. */
  url: string;
  /** An archived copy to read instead of `url` (for a historical page). */
  snapshotUrl?: string;
  /** Why the page is historical (an archived copy, an older version), or undefined for a live page. */
  historical?: string;
  /** The title recorded when the page was read. */
  title: string;
  /** The source ids that name this page. */
  sourceIds: string[];
  quotes: WatchQuote[];
  /** Every citation of the page, its quotes' included. */
  citedBy: Citation[];
}

/** The URL the watch fetches for a page. */
export const fetchUrlOf = (page: WatchPage): string => page.snapshotUrl ?? page.url;

/** The highest stakes among citations (`listed` when there are none). */
export function stakesOf(citations: readonly Citation[]): Stakes {
  return STAKES.find((s) => citations.some((c) => c.stakes === s)) ?? 'listed';
}

/** `high` for a fact the review calls high stakes (scripts/lib/high-stakes.ts), `fact` for any other. */
export function fieldStakes(field: string): Stakes {
  if (field === 'sources') return 'listed';
  return isHighStakesField(field.replace(/(\.label|\.conflicts\[\d+\])$/, '')) ? 'high' : 'fact';
}

/** A source as the watch needs it, from a guide's list or from the shared registry. */
interface SourceRecord {
  id: string;
  url: string;
  title: string;
  captured?: unknown;
  versionOf?: string;
  /** The address of the archived copy that was read, when recorded. */
  snapshot?: string;
  quotes?: { id: string; lang?: string; text: string }[];
}

export interface GuideInput {
  slug: string;
  /** The guide's frontmatter as written (its `sources` are full entries, ids or `{ id, …overrides }`). */
  data: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !(v instanceof Date);

/**
 * A guide's sources by id, each resolved as the pages resolve it (the registry entry with the citation's own
 * fields on top), keeping the registry's `versionOf` and `snapshot`, which only the watch reads.
 */
function guideSources(data: Record<string, unknown>, registry: ReadonlyMap<string, SourceRecord>) {
  const byId = new Map<string, SourceRecord>();
  for (const item of Array.isArray(data.sources) ? data.sources : []) {
    const citation = typeof item === 'string' ? { id: item } : isRecord(item) ? item : undefined;
    const base = typeof citation?.id === 'string' ? registry.get(citation.id) : undefined;
    if (!citation || !base) continue;
    const source = resolveCitation(citation as SourceCitation, registry as unknown as SourceRegistry);
    byId.set(base.id, { ...(source as unknown as SourceRecord), versionOf: base.versionOf, snapshot: base.snapshot });
  }
  return byId;
}

const historicalReason = (s: SourceRecord): string | undefined =>
  s.versionOf
    ? `an older version of ${s.versionOf}`
    : s.captured !== undefined
      ? `read as an archived copy (${s.captured instanceof Date ? s.captured.toISOString().slice(0, 10) : String(s.captured)})`
      : undefined;

/**
 * The pages the guides cite, one per address fetched, with the quotes to look for and who cites each. A page is
 * historical only when every source naming it is; quotes come from the sources (`quotes: [{ id, lang, text }]`)
 * and facts cite one as `source#quote`. `registry` holds shared entries that guides cite by id.
 */
export function watchPages(guides: readonly GuideInput[], registry: readonly SourceRecord[] = []): WatchPage[] {
  const shared = new Map(registry.map((s) => [s.id, s]));
  const pages = new Map<string, WatchPage & { liveSources: number }>();
  for (const { slug, data } of guides) {
    if (!isRecord(data)) continue;
    const sources = guideSources(data, shared);
    const pageOf = new Map<string, WatchPage & { liveSources: number }>();
    for (const source of sources.values()) {
      const key = source.snapshot ?? source.url;
      let page = pages.get(key);
      if (!page) {
        page = { url: source.url, title: source.title, sourceIds: [], quotes: [], citedBy: [], liveSources: 0 };
        if (source.snapshot) page.snapshotUrl = source.snapshot;
        pages.set(key, page);
      }
      const reason = historicalReason(source);
      if (reason) page.historical ??= reason;
      else page.liveSources++;
      if (!page.sourceIds.includes(source.id)) page.sourceIds.push(source.id);
      for (const q of source.quotes ?? [])
        if (!page.quotes.some((p) => p.id === q.id)) page.quotes.push({ ...q, citedBy: [] });
      pageOf.set(source.id, page);
    }
    const cited = new Set<string>();
    citingFields({ ...data, sources: undefined }, '', (field, refs) => {
      for (const ref of refs) {
        const [sourceId = '', quoteId] = ref.split('#');
        const page = pageOf.get(sourceId);
        if (!page) continue;
        const citation = { guide: slug, field, stakes: fieldStakes(field) };
        page.citedBy.push(citation);
        cited.add(sourceId);
        if (quoteId) page.quotes.find((q) => q.id === quoteId)?.citedBy.push(citation);
      }
    });
    for (const [id, page] of pageOf)
      if (!cited.has(id)) page.citedBy.push({ guide: slug, field: 'sources', stakes: 'listed' });
  }
  return [...pages.values()]
    .map(
      ({ liveSources, historical, ...page }): WatchPage =>
        liveSources || !historical ? page : { ...page, historical },
    )
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The pages one guide cites (`--only <slug>`). */
export function pagesOfGuide(pages: readonly WatchPage[], slug: string): WatchPage[] {
  return pages.filter((p) => p.citedBy.some((c) => c.guide === slug));
}
