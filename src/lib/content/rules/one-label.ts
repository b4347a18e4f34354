// One page, one label across guides.
import type { Source } from '../../guide/sources.ts';
import { pageKey } from '../publishers.ts';

/**
 * One page, one label: a URL cited by several guides (same page after pageKey) has the same title,
 * publisher and official flag everywhere. Each citation that differs from the first one (in file order)
 * is reported, naming where the first one is.
 */
export function checkOneLabel(
  cited: { file: string; index: number; source: Source }[],
  report: (file: string, field: string, message: string) => void,
) {
  const first = new Map<string, { file: string; index: number; source: Source }>();
  for (const c of cited) {
    const key = pageKey(c.source.url);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, c);
      continue;
    }
    const differ = (['title', 'publisher', 'official'] as const).filter((f) => seen.source[f] !== c.source[f]);
    if (!differ.length) continue;
    const wanted = differ.map((f) => `${f}: ${JSON.stringify(seen.source[f])}`).join(', ');
    const got = differ.map((f) => `${f}: ${JSON.stringify(c.source[f])}`).join(', ');
    report(
      c.file,
      `sources[${c.index}]`,
      `the same page (${key}) is labelled ${wanted} in ${seen.file} (sources[${seen.index}]); expected one label everywhere, got ${got}`,
    );
  }
}
