// Reading the built site: every HTML page, parsed once, and the guides' own data for comparison.
import { parseCarrier, readEntries, readRedirects, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import { type Redirect, withEditions } from '../../src/lib/host/redirects.ts';
import type { Carrier } from '../../src/schemas/index.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';

export * from '../../scripts/lib/dist-pages.ts';

export function carriers(): { slug: string; data: Carrier }[] {
  const registry = readSourceRegistry(CONTENT_ROOT);
  return readEntries(CONTENT_ROOT)
    .filter((e) => e.collection === 'carriers')
    .map((e) => ({ slug: e.slug, data: parseCarrier(e.data, registry) }));
}

/** Every short link and renamed page, in every edition, as the build makes them. */
export function siteRedirects(): Redirect[] {
  return withEditions(readRedirects(CONTENT_ROOT));
}
