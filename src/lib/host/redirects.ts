// Short links (/att/ → /carriers/att/) and renamed pages, served as static redirect pages.
import { carrierPath } from '../site.ts';

export interface Redirect {
  /** Path without slashes at either end, e.g. "att" or "carriers/old-name". */
  from: string;
  to: string;
}

export function redirectsFor(
  carriers: readonly { slug: string; shortNames: readonly string[] }[],
  renamed: Record<string, string>,
): Redirect[] {
  const strip = (p: string) => p.replace(/^\/+|\/+$/g, '');
  return [
    ...carriers.flatMap((c) => c.shortNames.map((s) => ({ from: s, to: carrierPath(c.slug) }))),
    ...Object.entries(renamed).map(([from, to]) => ({ from: strip(from), to })),
  ];
}
