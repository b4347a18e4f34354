// A guide's `sources` cite the registry: each id names an entry of content/sources.yaml.
import type { Citation, Source } from '../../../schemas/index.ts';
import { resolveCitation } from '../sources.ts';
import type { SourceRegistryFile } from './sources-file.ts';
import type { Report } from './types.ts';

/**
 * The guide's citations resolved against the registry, in the guide's order; a citation whose id is not in the
 * registry is reported (`sources[i]`) and resolves to undefined.
 */
export function resolveCitations(
  citations: readonly Citation[],
  sources: SourceRegistryFile,
  report: Report,
): (Source | undefined)[] {
  return citations.map((citation, i) => {
    const source = resolveCitation(citation, sources.registry);
    if (!source)
      report(
        `sources[${i}]`,
        `expected the id of an entry in ${sources.file}, got "${citation.id}"; add the page there once and cite it by its id (see docs/writing-guides.md)`,
      );
    return source;
  });
}
