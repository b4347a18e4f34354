// Resolving a guide's citations against the source registry (content/sources.yaml). Pure: the pre-build
// content check (reading from disk) and the pages (reading Astro's `sources` collection) both call it, so a
// guide means the same in both.
import type { Citation, Source, SourceEntry } from '../../schemas/index.ts';

/** The registry by global id. */
export type SourceRegistry = ReadonlyMap<string, SourceEntry>;

export function sourceRegistry(entries: Iterable<SourceEntry>): SourceRegistry {
  return new Map([...entries].map((e) => [e.id, e]));
}

/**
 * The source one citation stands for: the registry entry with the citation's own fields on top (its `checked`
 * day, `read: partial`, `note`…), keyed by the entry's id. Undefined when the id names no entry.
 * The fields come out in one fixed order, that of the `sourceSchema`.
 */
export function resolveCitation(citation: Citation, registry: SourceRegistry): Source | undefined {
  const entry = registry.get(citation.id);
  if (!entry) return undefined;
  const merged: Record<string, unknown> = { ...entry, ...definedFields(citation) };
  const source: Record<string, unknown> = {};
  for (const field of SOURCE_FIELDS) if (merged[field] !== undefined) source[field] = merged[field];
  return source as Source;
}

/** Every citation of a guide resolved, in the guide's order. Throws naming the id that is not in the registry. */
export function resolveSources(citations: readonly Citation[], registry: SourceRegistry): Source[] {
  return citations.map((citation) => {
    const source = resolveCitation(citation, registry);
    if (!source) throw new Error(`source "${citation.id}" is not in content/sources.yaml`);
    return source;
  });
}

/** A guide's data with its citations replaced by the sources they resolve to. */
export function withSources<T extends { sources: readonly Citation[] }>(
  data: T,
  registry: SourceRegistry,
): Omit<T, 'sources'> & { sources: Source[] } {
  return { ...data, sources: resolveSources(data.sources, registry) };
}

const SOURCE_FIELDS = [
  'id',
  'title',
  'publisher',
  'official',
  'checked',
  'captured',
  'pageDate',
  'note',
  'httpOnly',
  'url',
  'read',
  'via',
  'quotes',
] as const satisfies readonly (keyof Source)[];

function definedFields(citation: Citation): Partial<Source> {
  return Object.fromEntries(Object.entries(citation).filter(([, v]) => v !== undefined));
}

/** The source id of a citation inside a fact: `fcc-porting` for `fcc-porting` and `fcc-porting#pin`. */
export const refSource = (ref: string): string => ref.split('#', 1)[0]!;

/** The quote id of `source-id#quote-id`, or undefined for a plain source id. */
export const refQuote = (ref: string): string | undefined => ref.split('#')[1];

/** A fact's citations as distinct source ids, in order: a source cited with and without quotes counts once. */
export const refSources = (refs: readonly string[]): string[] => [...new Set(refs.map(refSource))];
