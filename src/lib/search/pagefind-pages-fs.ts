// Pagefind's pages as the search UI needs them: which page each result id is, so results show their
// title and kind from the search data at once, and fetch a fragment (5–20 kB) only for an excerpt.
// Runs at build time, after Pagefind (the search-index integration), and in tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ResultGuide, PageRef } from './data.ts';

export interface PagefindFragment {
  /** The result id Pagefind's search gives for the page, e.g. "zh-cn_b1db6eb". */
  id: string;
  url: string;
  /** The indexed text, without the zero-width spaces Pagefind puts between Chinese words. */
  content: string;
  meta: Record<string, string | undefined>;
}

/**
 * Every fragment in `dir` (dist/pagefind/fragment). Pagefind 1.x writes each as gzip of
 * "pagefind_dcd" followed by the page's JSON; the file name is the result id. Throws, naming the
 * file, when one does not read that way (a Pagefind format change must fail the build, not search).
 */
export function readFragments(dir: string): PagefindFragment[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      const start = raw.indexOf('{');
      if (!raw.startsWith('pagefind_dcd') || start < 0)
        throw new Error(`${join(dir, name)}: not a Pagefind 1.x fragment (expected gzip of "pagefind_dcd" + JSON)`);
      const json = JSON.parse(raw.slice(start)) as Omit<PagefindFragment, 'id'>;
      return {
        id: name.slice(0, -'.pf_fragment'.length),
        url: json.url,
        content: json.content.replaceAll('\u200b', ''),
        meta: json.meta,
      };
    });
}

/**
 * Result id → the index of the guide at that URL in `guides`, or [url, title] for an indexed page
 * that is no guide (/questions/). Throws when a page has no title to show.
 */
export function pageRefs(
  fragments: readonly PagefindFragment[],
  guides: readonly ResultGuide[],
): Record<string, PageRef> {
  const byUrl = new Map(guides.map((g, i) => [g.url, i]));
  return Object.fromEntries(
    fragments.map((f) => {
      const guide = byUrl.get(f.url);
      if (guide !== undefined) return [f.id, guide];
      if (!f.meta.title) throw new Error(`Pagefind indexed ${f.url} without a title (data-pagefind-meta="title")`);
      return [f.id, [f.url, f.meta.title]];
    }),
  );
}
