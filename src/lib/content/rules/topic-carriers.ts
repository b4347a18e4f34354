// A topic guide lists the carriers whose procedure it covers; each carrier guide links back to it, so
// every name must be a carrier guide.
import type { Report } from './types.ts';

/** Every `carriers[i]` is the slug of a carrier guide, listed once. */
export function checkTopicCarriers(
  carriers: readonly string[],
  carrierSlugs: ReadonlySet<string>,
  report: Report,
): void {
  const seen = new Set<string>();
  for (const [i, slug] of carriers.entries()) {
    if (!carrierSlugs.has(slug))
      report(`carriers[${i}]`, `expected the slug of a guide in content/carriers/ such as "att", got "${slug}"`);
    else if (seen.has(slug)) report(`carriers[${i}]`, `"${slug}" is listed twice`);
    seen.add(slug);
  }
}
