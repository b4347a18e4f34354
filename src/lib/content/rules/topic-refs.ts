// A card-type or topic guide's FAQ cites ids from its own sources list.
import type { Report } from './types.ts';

/** Every `faq[i].sources[j]` is the id of an entry in `sources`. */
export function checkTopicRefs(
  faq: readonly { sources: string[] }[],
  sourceIds: ReadonlySet<string>,
  report: Report,
): void {
  for (const [i, f] of faq.entries())
    for (const [j, id] of f.sources.entries())
      if (!sourceIds.has(id))
        report(`faq[${i}].sources[${j}]`, `expected the id of an entry in \`sources\`, got "${id}"`);
}
