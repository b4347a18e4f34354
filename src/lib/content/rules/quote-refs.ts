// A citation inside a fact names a source of the guide, and `source#quote` one of that source's quotes.
import type { Source } from '../../../schemas/index.ts';
import { refQuote, refSource } from '../sources.ts';
import type { Report } from './types.ts';

/** Reports `field` when `ref` names no source in `sources`, or a quote its source (in content/sources.yaml) lacks. */
export function checkRef(
  ref: string,
  sources: readonly Pick<Source, 'id' | 'quotes'>[],
  field: string,
  report: Report,
): void {
  const id = refSource(ref);
  const source = sources.find((s) => s.id === id);
  if (!source) {
    report(field, `expected the id of an entry in \`sources\`, got "${id}"`);
    return;
  }
  const quote = refQuote(ref);
  if (quote !== undefined && !source.quotes?.some((q) => q.id === quote)) {
    const have = source.quotes?.map((q) => q.id) ?? [];
    report(
      field,
      `"${ref}" names no quote of "${id}": expected one of its quotes in content/sources.yaml (${have.length ? have.join(', ') : 'it has none'})`,
    );
  }
}
