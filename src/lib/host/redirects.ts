// Short links (/att/ → /carriers/att/) and renamed pages, served as static redirect pages.
import { DERIVED_LOCALES, LOCALES } from '../../i18n/config.ts';
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

/** `redirects` followed by the same redirects in every derived edition (zh-tw/att → /zh-tw/carriers/att/). */
export function withEditions(redirects: readonly Redirect[]): Redirect[] {
  return [
    ...redirects,
    ...DERIVED_LOCALES.flatMap((id) => {
      const base = LOCALES[id].base;
      return redirects.map((r) => ({ from: `${base.slice(1)}/${r.from}`, to: `${base}${r.to}` }));
    }),
  ];
}
