// content/sources.yaml: valid entries, each id once, each page once (another version of it only with versionOf).
import { sourceEntrySchema, type SourceEntry } from '../../../schemas/index.ts';
import { pageKey } from '../publishers.ts';
import { sourceRegistry, type SourceRegistry } from '../sources.ts';
import { yamlComments } from '../yaml-comments.ts';
import { commentMessage, fieldPath, type ContentProblem } from './types.ts';

/** The source registry as checked: entries by id, where each sits in the file (for messages), and its path. */
export interface SourceRegistryFile {
  file: string;
  registry: SourceRegistry;
  positions: ReadonlyMap<string, number>;
}

/**
 * content/sources.yaml against its schema: a list of entries, each id once, and each page once (the same URL
 * after pageKey: `www.`, the host's case, a trailing slash and `#…` ignored). A second entry for a page is
 * allowed only as another version of it that a guide cites beside the first: `versionOf` names that first entry.
 * Returns the valid entries and the problems.
 */
export function validateSources(
  file: string,
  data: unknown,
  raw: string,
): SourceRegistryFile & { problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  const valid: [SourceEntry, number][] = [];
  if (!Array.isArray(data))
    report('(file)', 'expected a YAML list of sources, each with id, url, title, publisher, official and checked');
  else
    data.forEach((item, i) => {
      const parsed = sourceEntrySchema.safeParse(item);
      if (parsed.success) valid.push([parsed.data, i]);
      else for (const issue of parsed.error.issues) report(fieldPath([i, ...issue.path]), issue.message);
    });

  const positions = new Map<string, number>();
  const pages = new Map<string, SourceEntry>();
  for (const [entry, i] of valid) {
    if (positions.has(entry.id)) {
      report(`[${i}].id`, `duplicate id "${entry.id}" (also [${positions.get(entry.id)}])`);
      continue;
    }
    positions.set(entry.id, i);
    if (entry.versionOf) continue;
    const key = pageKey(entry.url);
    const first = pages.get(key);
    if (first)
      report(
        `[${i}].url`,
        `the same page (${key}) is already "${first.id}" (at [${positions.get(first.id)}]); expected one entry per page: cite "${first.id}", or add versionOf: ${first.id} if this is another version of it that a guide cites beside it`,
      );
    else pages.set(key, entry);
  }
  const byId = new Map(valid.map(([e]) => [e.id, e]));
  for (const [entry, i] of valid) {
    if (!entry.versionOf) continue;
    const main = byId.get(entry.versionOf);
    if (!main || main.versionOf || pageKey(main.url) !== pageKey(entry.url))
      report(
        `[${i}].versionOf`,
        `expected the id of the entry for the same page (${pageKey(entry.url)}) that is not itself a version, got "${entry.versionOf}"`,
      );
  }
  const registry = sourceRegistry(valid.filter(([e, i]) => positions.get(e.id) === i).map(([e]) => e));
  return { file, registry, positions, problems };
}
