// A card-type or topic guide's FAQ cites ids from its own sources list (and quotes of them as `source#quote`).
import type { Source } from '../../../schemas/index.ts';
import { checkRef } from './quote-refs.ts';
import type { Report } from './types.ts';

/** Every `faq[i].sources[j]` is the id of an entry in `sources`, and every `#quote` one of its quotes. */
export function checkTopicRefs(
  faq: readonly { sources: string[] }[],
  sources: readonly Pick<Source, 'id' | 'quotes'>[],
  report: Report,
): void {
  for (const [i, f] of faq.entries())
    for (const [j, ref] of f.sources.entries()) checkRef(ref, sources, `faq[${i}].sources[${j}]`, report);
}
