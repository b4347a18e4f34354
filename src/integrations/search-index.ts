// After Astro has written the pages: the Pagefind index (through Pagefind's Node API, as Starlight
// runs it) into <output>/pagefind/, then <output>/search-data/pages.json, Pagefind's result ids
// mapped to the guides of /search-data/main.json, so full-text results show their titles without
// fetching a fragment. Everything goes under the output directory Astro gives the hook, so fixture
// and benchmark builds in other folders get their own index.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { pageRefs, readFragments } from '../lib/search/pagefind-pages-fs.ts';
import { PAGES_FILE, type SearchData } from '../lib/search/data.ts';

/**
 * What Pagefind leaves out of the index and out of result excerpts (selectors cost the HTML nothing):
 * controls, repeated furniture and derived lists. The Node API reads no pagefind.yml; these are the
 * only Pagefind options.
 */
export const PAGEFIND_INDEX_OPTIONS: pagefind.PagefindServiceConfig = {
  excludeSelectors: [
    "a[href^='#src-']",
    'button',
    'nav.toc',
    '.guide-meta',
    '.report',
    '.print-qr',
    'section.sources',
    'section.script',
    '.carrier-list',
    // Text that is the same on every carrier page (the decide list, the checklist, the notes beside
    // pause and abroad): indexed 35–40 times, it only made every carrier match and every fragment larger.
    // tests/site/search-index.test.ts keeps it out.
    '.boilerplate',
    // The guide's latest change under its title (the latest-change line): news about the page, not its
    // content; it became the excerpt of every result whose title matched.
    '.latest-change',
  ],
};

const elapsed = (start: number) => `${Math.round(performance.now() - start)} ms`;

/** Pagefind's errors, one log line each, then a thrown error: a build without its index must fail. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind could not build the search index (its errors are above)');
  }
  return response;
}

/** Indexes `outDir` into `outDir`/pagefind/; returns how many pages it indexed. */
async function writePagefindIndex(outDir: string, logger: AstroIntegrationLogger): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex(PAGEFIND_INDEX_OPTIONS), logger);
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = check(await index.addDirectory({ path: outDir }), logger);
    check(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), logger);
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/** Writes `outDir`/search-data/pages.json from the fragments Pagefind wrote; returns how many pages it maps. */
function writePageRefs(outDir: string): number {
  const main = join(outDir, 'search-data', 'main.json');
  const { guides } = JSON.parse(readFileSync(main, 'utf8')) as Partial<SearchData>;
  if (!guides) throw new Error(`${main} has no guides`);
  const pages = pageRefs(readFragments(join(outDir, 'pagefind', 'fragment')), guides);
  writeFileSync(join(outDir, PAGES_FILE), JSON.stringify(pages));
  return Object.keys(pages).length;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let start = performance.now();
        const indexed = await writePagefindIndex(outDir, logger);
        logger.info(`Pagefind read ${indexed} HTML files in ${elapsed(start)}`);
        start = performance.now();
        const mapped = writePageRefs(outDir);
        logger.info(`${PAGES_FILE}: ${mapped} result ids mapped to their pages in ${elapsed(start)}`);
      },
    },
  };
}
